import { Fragment, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Alert, Box, Button, MenuItem, Paper, Skeleton, Table, TableBody, TableCell, TableHead, TableRow, TextField, Tooltip, Typography } from '@mui/material';
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import { Title, useGetList, useLocaleState, useNotify, useTranslate } from 'react-admin';
import type { Language } from '../../../schema/generated/graphql';
import { downloadText } from '../common/download';
import { L } from '../common/L';
import { useLocalizedText, type LocalizedTextValue } from '../common/localizedText';
import { fetchAppendix3Csv, useAppendix3 } from '../dataProvider/indicators';
import { useMyPlace } from '../dataProvider/workplace';
import { STATUS_COLORS, useNumberFormat } from './format';
import { currentMonth, yearChoices } from './period';

type ServiceRecord = { id: string; code: string; title: LocalizedTextValue };
type RegionRecord = { id: string; code: string; name: LocalizedTextValue };

const LANGUAGE: Record<string, Language> = { kk: 'KK', ru: 'RU', en: 'EN' };

const cellSx = { border: '1px solid #90a4ae', px: 1.5, py: 1, verticalAlign: 'top' } as const;

/**
 * Appendix 3 of a standard for a reporting year, laid out as the decree prints it (the groups, then their indicators,
 * in four columns), with the two columns the decree leaves blank filled in: next year's target and the current value.
 * Its CSV comes from the API in the interface language.
 */
export const Appendix3Page = () => {
  const translate = useTranslate();
  const localized = useLocalizedText();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const { percent, count } = useNumberFormat();
  const [params, setParams] = useSearchParams();
  const { data: me } = useMyPlace();
  const lockedRegion = me?.region?.code ?? null;
  const [thisYear] = currentMonth();
  const { data: services = [] } = useGetList<ServiceRecord>('services', { filter: { status: 'IN_FORCE' }, pagination: { page: 1, perPage: 50 }, sort: { field: 'sortOrder', order: 'ASC' } });
  const { data: regions = [] } = useGetList<RegionRecord>('regions', { pagination: { page: 1, perPage: 100 }, sort: { field: 'sortOrder', order: 'ASC' } });
  const serviceCode = params.get('service') || services[0]?.code;
  const yearParam = Number(params.get('year'));
  const year = Number.isInteger(yearParam) && yearParam >= 2010 && yearParam <= thisYear ? yearParam : thisYear;
  const region = lockedRegion ?? (params.get('region') || null);
  const { data: table, isPending, error } = useAppendix3(serviceCode, year, region);
  const [downloading, setDownloading] = useState(false);

  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key !== 'service' && serviceCode && !next.get('service')) next.set('service', serviceCode);
    setParams(next);
  };

  const download = async () => {
    if (!serviceCode) return;
    setDownloading(true);
    try {
      const csv = await fetchAppendix3Csv(serviceCode, year, region, LANGUAGE[locale] ?? 'KK');
      downloadText(`appendix3-${serviceCode}-${year}${region ? `-${region}` : ''}-${locale}.csv`, csv);
    } catch (e) {
      notify(e instanceof Error && e.message ? e.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setDownloading(false);
    }
  };

  let group = '';
  return (
    <Box sx={{ pt: 1, pb: 4 }} data-testid="appendix3-page">
      <Title title="app.appendix3.title" />
      <Paper variant="outlined" sx={{ p: 1.5, pt: 2, mt: 1, display: 'flex', gap: 1.5, flexWrap: 'wrap', alignItems: 'flex-start', borderColor: 'grey.200' }}>
        <TextField select size="small" label={translate('app.dashboard.filter.service')} value={serviceCode ?? ''} onChange={(e) => set('service', e.target.value)} sx={{ width: 360 }} data-testid="appendix3-service">
          {services.map((s) => (
            <MenuItem key={s.code} value={s.code} sx={{ maxWidth: 640, whiteSpace: 'normal' }}>
              <span>
                <b>{s.code}</b> {localized(s.title)}
              </span>
            </MenuItem>
          ))}
        </TextField>
        <TextField select size="small" label={translate('app.appendix3.year')} value={year} onChange={(e) => set('year', e.target.value)} sx={{ width: 150 }} data-testid="appendix3-year">
          {yearChoices().map((y) => (
            <MenuItem key={y} value={y}>
              {y}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          size="small"
          label={translate('app.dashboard.filter.region')}
          value={region ?? ''}
          onChange={(e) => set('region', e.target.value || null)}
          disabled={!!lockedRegion}
          helperText={lockedRegion ? translate('app.dashboard.filter.region_locked') : undefined}
          sx={{ width: 260 }}
          data-testid="appendix3-region"
        >
          <MenuItem value="">{translate('app.dashboard.filter.whole_country')}</MenuItem>
          {regions.map((r) => (
            <MenuItem key={r.code} value={r.code}>
              {localized(r.name)}
            </MenuItem>
          ))}
        </TextField>
        <Box sx={{ flex: 1 }} />
        <Tooltip title={translate('app.appendix3.download_help')}>
          <span>
            <Button variant="contained" startIcon={<FileDownloadOutlined />} onClick={download} disabled={!table || downloading} data-testid="appendix3-csv" disableElevation>
              {translate('app.appendix3.download')}
            </Button>
          </span>
        </Tooltip>
      </Paper>

      {error ? (
        <Alert severity="error" sx={{ mt: 2 }}>
          {translate('ra.notification.http_error')}
        </Alert>
      ) : isPending || !table ? (
        <Skeleton variant="rounded" height={420} sx={{ mt: 2 }} />
      ) : (
        <Paper variant="outlined" sx={{ mt: 2, p: { xs: 2, md: 4 }, borderColor: 'grey.300', maxWidth: 1100 }} component="article" data-testid="appendix3-sheet">
          <Typography variant="overline" component="div" sx={{ textAlign: 'right', color: 'text.secondary', lineHeight: 1.5 }}>
            {translate('app.appendix3.annex', { code: table.serviceCode })}
          </Typography>
          <Typography variant="h6" component="h1" sx={{ textAlign: 'center', fontWeight: 700, mt: 1 }} data-testid="appendix3-title">
            <L value={table.title} />
          </Typography>
          <Typography variant="body1" sx={{ textAlign: 'center', mb: 0.5 }}>
            <b>{table.serviceCode}</b> <L value={table.serviceTitle} />
          </Typography>
          <Typography variant="body2" color="text.secondary" sx={{ textAlign: 'center', mb: 3 }}>
            {translate('app.appendix3.reporting_year', { year: table.year })}
            {region ? ` · ${localized(regions.find((r) => r.code === region)?.name) || region}` : ` · ${translate('app.dashboard.filter.whole_country')}`}
          </Typography>
          <Table size="small" sx={{ borderCollapse: 'collapse', '& th, & td': cellSx }} data-testid="appendix3-table">
            <TableHead>
              <TableRow sx={{ bgcolor: '#eef2f6' }}>
                {table.headers.map((h, i) => (
                  <TableCell key={i} align={i === 0 ? 'left' : 'center'} sx={{ width: i === 0 ? '52%' : '16%', fontWeight: 700, lineHeight: 1.3 }}>
                    <L value={h} />
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {table.rows.map((r) => {
                const heading = r.groupCode !== group;
                group = r.groupCode;
                const colors = STATUS_COLORS[r.status];
                return (
                  <Fragment key={r.code}>
                    {heading && (
                      <TableRow sx={{ bgcolor: '#f8fafc' }} data-testid="appendix3-group">
                        <TableCell colSpan={4} sx={{ fontWeight: 700 }}>
                          {r.groupCode}. <L value={r.groupName} />
                        </TableCell>
                      </TableRow>
                    )}
                    <TableRow data-testid={`appendix3-row-${r.code}`}>
                      <TableCell sx={{ pl: '28px !important' }}>
                        {r.code}. <L value={r.wording} />
                      </TableCell>
                      <TableCell align="center">{percent(r.normativeValue)}</TableCell>
                      <TableCell align="center">{r.nextYearTarget != null ? percent(r.nextYearTarget) : <Box component="span" sx={{ color: 'text.disabled' }}>—</Box>}</TableCell>
                      <TableCell align="center">
                        <Tooltip title={translate(`app.kpi.status.${r.status}`)}>
                          <Box component="span" sx={{ fontWeight: 700, color: r.currentValue == null ? 'text.disabled' : colors.text }}>
                            {percent(r.currentValue)}
                          </Box>
                        </Tooltip>
                        {r.denominator > 0 && (
                          <Typography variant="caption" color="text.secondary" component="div">
                            {count(r.numerator)} / {count(r.denominator)}
                          </Typography>
                        )}
                      </TableCell>
                    </TableRow>
                  </Fragment>
                );
              })}
            </TableBody>
          </Table>
          <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 2 }}>
            {translate('app.appendix3.note', { next: table.year + 1 })}
          </Typography>
        </Paper>
      )}
    </Box>
  );
};
