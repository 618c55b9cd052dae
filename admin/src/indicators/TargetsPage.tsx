import { useState, type ReactNode } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Box, Button, Chip, MenuItem, Paper, Skeleton, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import PostAddOutlined from '@mui/icons-material/PostAddOutlined';
import {
  DateInput,
  NumberInput,
  SelectInput,
  TextInput,
  Title,
  maxLength,
  maxValue,
  minValue,
  required,
  useGetList,
  useNotify,
  useTranslate,
  type Validator,
} from 'react-admin';
import { FormDialog } from '../common/FormDialog';
import { shortDay } from '../common/dates';
import { useLocalizedText, type LocalizedTextValue } from '../common/localizedText';
import { formatInstant } from '../common/time';
import { setIndicatorTarget, useIndicatorReport, useIndicatorTargets, type IndicatorTarget } from '../dataProvider/indicators';
import { useMyPlace } from '../dataProvider/workplace';
import { useNumberFormat } from './format';
import { codeKey, currentMonth, FIRST_YEAR, INDICATOR_CODES, LAST_YEAR } from './period';

/** Targets are recorded up to the year after the last one reported (Appendix 3's "next year" column): the API's 2009–2031. */
const TARGET_FIRST_YEAR = 2009;
const TARGET_LAST_YEAR = 2031;

/** The API's rules, checked before sending (api/src/modules/indicators: indicatorTargetSet). */
const notBlank: Validator = (value) => (typeof value === 'string' && !value.trim() ? 'app.targets.errors.order_number' : undefined);
const orderDateInYear: Validator = (value, values) => {
  if (!value) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(String(value))) return 'app.targets.errors.order_date';
  const year = Number((values as Record<string, unknown>)?.year);
  return Number.isInteger(year) && String(value) > `${year}-12-31` ? 'app.targets.errors.order_date' : undefined;
};
const validate = {
  year: [required()],
  code: [required()],
  value: [required(), minValue(0, 'app.targets.errors.value'), maxValue(100, 'app.targets.errors.value')],
  orderNumber: [required(), notBlank, maxLength(100)],
  orderDate: [required(), orderDateInYear],
};

type ServiceRecord = { id: string; code: string; title: LocalizedTextValue };

const Card = ({ title, subtitle, children, testId, action }: { title: string; subtitle?: string; children: ReactNode; testId?: string; action?: ReactNode }) => (
  <Paper variant="outlined" sx={{ mt: 2, borderColor: 'grey.200', overflow: 'hidden' }} data-testid={testId} component="section">
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, px: 2, py: 1.5, borderBottom: 1, borderColor: 'grey.200', bgcolor: '#f8fafc' }}>
      <Box sx={{ flex: 1 }}>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, color: 'primary.dark', lineHeight: 1.3 }}>
          {title}
        </Typography>
        {subtitle && (
          <Typography variant="caption" color="text.secondary">
            {subtitle}
          </Typography>
        )}
      </Box>
      {action}
    </Box>
    {children}
  </Paper>
);

const orderText = (t: (key: string, options?: Record<string, unknown>) => string, target: Pick<IndicatorTarget, 'orderNumber' | 'orderDate'>) =>
  t('app.targets.order', { number: target.orderNumber, date: shortDay(target.orderDate) });

/** The form of an order: year, indicator, service (or all), value, and the order's number and date. */
const RecordTargetButton = ({ year, services }: { year: number; services: ServiceRecord[] }) => {
  const translate = useTranslate();
  const localized = useLocalizedText();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [thisYear] = currentMonth();
  const years = [];
  for (let y = Math.min(thisYear + 1, TARGET_LAST_YEAR); y >= TARGET_FIRST_YEAR; y--) years.push({ id: y, name: String(y) });
  const onSubmit = async (values: Record<string, unknown>) => {
    const target = await setIndicatorTarget({
      year: Number(values.year),
      code: String(values.code ?? ''),
      serviceCode: typeof values.serviceCode === 'string' && values.serviceCode ? values.serviceCode : null,
      value: Number(values.value),
      orderNumber: String(values.orderNumber ?? '').trim(),
      orderDate: String(values.orderDate ?? ''),
    });
    await queryClient.invalidateQueries({ queryKey: ['indicators'] });
    notify('app.targets.recorded', { type: 'success', messageArgs: { code: target?.code ?? '', value: target?.value ?? '' } });
  };
  return (
    <>
      <Button variant="contained" startIcon={<PostAddOutlined />} onClick={() => setOpen(true)} data-testid="record-target" disableElevation>
        {translate('app.targets.record')}
      </Button>
      <FormDialog
        open={open}
        onClose={() => setOpen(false)}
        title="app.targets.dialog_title"
        confirmLabel="app.targets.save"
        onSubmit={onSubmit}
        defaultValues={{ year, code: '1.1', serviceCode: '' }}
        testId="dialog-target"
      >
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate('app.targets.intro')}
        </Typography>
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '140px 1fr' }, columnGap: 2 }}>
          <SelectInput source="year" label="app.targets.fields.year" choices={years} translateChoice={false} validate={validate.year} />
          <SelectInput
            source="code"
            label="app.targets.fields.code"
            choices={INDICATOR_CODES.map((code) => ({ id: code, name: `${code} ${translate(`app.kpi.short.${codeKey(code)}`)}` }))}
            translateChoice={false}
            validate={validate.code}
          />
        </Box>
        <SelectInput
          source="serviceCode"
          label="app.targets.fields.service"
          choices={services.map((s) => ({ id: s.code, name: `${s.code} ${localized(s.title)}` }))}
          translateChoice={false}
          emptyText="app.targets.all_services"
          helperText="app.targets.service_help"
          fullWidth
        />
        <NumberInput source="value" label="app.targets.fields.value" validate={validate.value} min={0} max={100} step={0.1} helperText="app.targets.value_help" />
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, columnGap: 2 }}>
          <TextInput source="orderNumber" label="app.targets.fields.order_number" validate={validate.orderNumber} helperText="app.targets.order_number_help" />
          <DateInput source="orderDate" label="app.targets.fields.order_date" validate={validate.orderDate} helperText="app.targets.order_date_help" />
        </Box>
      </FormDialog>
    </>
  );
};

/**
 * The targets of a year (para 19): for each indicator, the order in force for all services and those for single
 * services, the normative value where no order applies; every order recorded that year; and the form to record one.
 */
export const TargetsPage = () => {
  const translate = useTranslate();
  const localized = useLocalizedText();
  const { percent } = useNumberFormat();
  const [thisYear] = currentMonth();
  const [year, setYear] = useState(thisYear);
  const { data: me } = useMyPlace();
  const regional = !!me?.region;
  const inForce = useIndicatorTargets(year, false);
  const history = useIndicatorTargets(year, true);
  const report = useIndicatorReport({ period: { kind: 'YEAR', year: Math.min(Math.max(year, FIRST_YEAR), LAST_YEAR) } });
  const { data: services = [] } = useGetList<ServiceRecord>('services', { filter: { status: 'IN_FORCE' }, pagination: { page: 1, perPage: 50 }, sort: { field: 'sortOrder', order: 'ASC' } });
  const inForceIds = new Set((inForce.data ?? []).map((t) => t.id));
  const years = [];
  for (let y = Math.min(thisYear + 1, TARGET_LAST_YEAR); y >= FIRST_YEAR; y--) years.push(y);

  return (
    <Box sx={{ pt: 1, pb: 4 }} data-testid="targets-page">
      <Title title="app.targets.title" />
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap', mt: 1 }}>
        <TextField select size="small" label={translate('app.targets.fields.year')} value={year} onChange={(e) => setYear(Number(e.target.value))} sx={{ width: 120 }} data-testid="targets-year">
          {years.map((y) => (
            <MenuItem key={y} value={y}>
              {y}
            </MenuItem>
          ))}
        </TextField>
        <Typography variant="body2" color="text.secondary" sx={{ flex: 1, minWidth: 240 }}>
          {translate('app.targets.explain')}
        </Typography>
        {!regional && <RecordTargetButton year={year} services={services} />}
      </Box>
      {regional && (
        <Alert severity="info" sx={{ mt: 2 }} data-testid="targets-regional">
          {translate('app.targets.regional')}
        </Alert>
      )}

      <Card title={translate('app.targets.in_force', { year })} subtitle={translate('app.targets.in_force_help')} testId="targets-in-force">
        {inForce.isPending ? (
          <Box sx={{ p: 2 }}>
            <Skeleton height={160} />
          </Box>
        ) : (
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell sx={{ width: 64 }}>{translate('app.indicators.code')}</TableCell>
                <TableCell>{translate('app.targets.indicator')}</TableCell>
                <TableCell align="right" sx={{ width: 110 }}>
                  {translate('app.kpi.normative')}
                </TableCell>
                <TableCell sx={{ width: '26%' }}>{translate('app.targets.general')}</TableCell>
                <TableCell sx={{ width: '30%' }}>{translate('app.targets.per_service')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {INDICATOR_CODES.map((code) => {
                const orders = (inForce.data ?? []).filter((t) => t.code === code);
                const general = orders.find((t) => !t.service);
                const own = orders.filter((t) => t.service);
                const normative = report.data?.values.find((v) => v.code === code)?.normativeValue;
                return (
                  <TableRow key={code} data-testid={`target-row-${code}`}>
                    <TableCell sx={{ fontWeight: 700, color: 'primary.dark' }}>{code}</TableCell>
                    <TableCell>{translate(`app.kpi.short.${codeKey(code)}`)}</TableCell>
                    <TableCell align="right">{normative != null ? percent(normative) : '—'}</TableCell>
                    <TableCell data-testid="target-general">
                      {general ? (
                        <>
                          <b>{percent(general.value)}</b>
                          <Typography variant="caption" color="text.secondary" component="div">
                            {orderText(translate, general)}
                          </Typography>
                        </>
                      ) : (
                        <Typography variant="body2" color="text.secondary">
                          {translate('app.targets.normative_applies')}
                        </Typography>
                      )}
                    </TableCell>
                    <TableCell>
                      {own.length ? (
                        <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap' }}>
                          {own.map((t) => (
                            <Chip key={t.id} size="small" variant="outlined" title={`${localized(t.service!.title)} — ${orderText(translate, t)}`} label={`${t.service!.code}: ${percent(t.value)}`} />
                          ))}
                        </Box>
                      ) : (
                        <Typography variant="body2" color="text.disabled">
                          —
                        </Typography>
                      )}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        )}
      </Card>

      <Card title={translate('app.targets.history', { year })} subtitle={translate('app.targets.history_help')} testId="targets-history">
        {history.isPending ? (
          <Box sx={{ p: 2 }}>
            <Skeleton height={80} />
          </Box>
        ) : !history.data?.length ? (
          <Typography variant="body2" color="text.secondary" sx={{ p: 2 }}>
            {translate('app.targets.none', { year })}
          </Typography>
        ) : (
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell sx={{ width: 64 }}>{translate('app.indicators.code')}</TableCell>
                <TableCell>{translate('app.targets.fields.service')}</TableCell>
                <TableCell align="right">{translate('app.targets.fields.value')}</TableCell>
                <TableCell>{translate('app.targets.order_column')}</TableCell>
                <TableCell>{translate('app.targets.recorded_by')}</TableCell>
                <TableCell>{translate('app.targets.state')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {history.data.map((t) => {
                const current = inForceIds.has(t.id);
                return (
                  <TableRow key={t.id} data-testid="target-history-row" sx={{ '& td': { color: current ? undefined : 'text.secondary' } }}>
                    <TableCell sx={{ fontWeight: 700 }}>{t.code}</TableCell>
                    <TableCell>{t.service ? `${t.service.code} ${localized(t.service.title)}` : translate('app.targets.all_services')}</TableCell>
                    <TableCell align="right" sx={{ fontWeight: current ? 600 : 400, whiteSpace: 'nowrap' }}>
                      {percent(t.value)}
                    </TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{orderText(translate, t)}</TableCell>
                    <TableCell>
                      {t.setBy}
                      <Typography variant="caption" color="text.secondary" component="div">
                        {formatInstant(t.createdAt)}
                      </Typography>
                    </TableCell>
                    <TableCell>
                      <Chip size="small" color={current ? 'success' : 'default'} variant={current ? 'filled' : 'outlined'} label={translate(current ? 'app.targets.current' : 'app.targets.superseded')} />
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        )}
      </Card>
    </Box>
  );
};
