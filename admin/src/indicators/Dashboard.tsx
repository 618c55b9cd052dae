import { lazy, Suspense, useCallback, useMemo, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { Alert, Box, Button, Skeleton, Tooltip, Typography } from '@mui/material';
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import { Title, useGetList, useTranslate } from 'react-admin';
import { downloadText } from '../common/download';
import { useLocalizedText, type LocalizedTextValue } from '../common/localizedText';
import { formatInstant } from '../common/time';
import { shortDay } from '../common/dates';
import type { IndicatorStatus } from '../../../schema/generated/graphql';
import { useIndicatorLeague, useIndicatorReport, useIndicatorTrend } from '../dataProvider/indicators';
import { useMyPlace } from '../dataProvider/workplace';
import { dashboardCsv } from './exportCsv';
import { STATUS_COLORS } from './format';
import { FilterBar, type NamedOption } from './FilterBar';
import { KpiTile, useTargetSourceText } from './KpiTile';
import { LeagueTables } from './LeagueTables';
import { defaultState, filterOf, paramsOf, stateFromParams, trendEnd, usePeriodLabel, type DashboardState, type MeasuredCode } from './period';

/** The charts library is large: loaded with the dashboard, not with the console (operators never need it). */
const TrendCharts = lazy(() => import('./TrendCharts').then((m) => ({ default: m.TrendCharts })));

const Section = ({ title, subtitle, children, testId, action }: { title: string; subtitle?: string; children: ReactNode; testId?: string; action?: ReactNode }) => (
  <Box component="section" sx={{ mt: 3 }} data-testid={testId}>
    <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 1.5, mb: 1.25, flexWrap: 'wrap' }}>
      <Typography variant="h6" component="h2" sx={{ fontWeight: 600, color: '#102a43', fontSize: 18 }}>
        {title}
      </Typography>
      {subtitle && (
        <Typography variant="body2" color="text.secondary">
          {subtitle}
        </Typography>
      )}
      <Box sx={{ flex: 1 }} />
      {action}
    </Box>
    {children}
  </Box>
);

/** How many indicators are met, at risk, breached or not judged: the state of the whole at a glance. */
const StatusSummary = ({ values }: { values: { status: IndicatorStatus }[] }) => {
  const translate = useTranslate();
  const groups: { key: string; statuses: IndicatorStatus[]; color: string }[] = [
    { key: 'MET', statuses: ['MET'], color: STATUS_COLORS.MET.main },
    { key: 'AT_RISK', statuses: ['AT_RISK'], color: STATUS_COLORS.AT_RISK.main },
    { key: 'BREACHED', statuses: ['BREACHED'], color: STATUS_COLORS.BREACHED.main },
    { key: 'NOT_JUDGED', statuses: ['INSUFFICIENT_DATA', 'NO_DATA'], color: STATUS_COLORS.INSUFFICIENT_DATA.main },
  ];
  return (
    <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }} data-testid="status-summary" aria-label={translate('app.dashboard.summary')}>
      {groups.map((g) => {
        const n = values.filter((v) => g.statuses.includes(v.status)).length;
        return (
          <Box key={g.key} sx={{ display: 'flex', alignItems: 'center', gap: 0.75, opacity: n ? 1 : 0.45 }} data-testid={`summary-${g.key}`} data-count={n}>
            <Box sx={{ width: 12, height: 12, borderRadius: '50%', bgcolor: g.color }} />
            <Typography variant="h6" component="span" sx={{ fontWeight: 700, lineHeight: 1, fontSize: 18 }}>
              {n}
            </Typography>
            <Typography variant="body2" component="span" color="text.secondary">
              {translate(`app.dashboard.summary_status.${g.key}`)}
            </Typography>
          </Box>
        );
      })}
    </Box>
  );
};

type RegionRecord = { id: string; code: string; name: LocalizedTextValue };
type ServiceRecord = { id: string; code: string; title: LocalizedTextValue };
type OfficeRecord = { id: string; name: LocalizedTextValue };

/**
 * The supervisor's home: the six indicators of Appendix 3 over a period and scope against the year's targets, each
 * tile leading to the lists behind its figures; twelve months of trend with the target; regions and centre offices
 * ranked worst first; and the whole of it as CSV. The filters live in the URL.
 */
export const Dashboard = () => {
  const translate = useTranslate();
  const localized = useLocalizedText();
  const periodLabel = usePeriodLabel();
  const targetSource = useTargetSourceText();
  const [params, setParams] = useSearchParams();
  const { data: me } = useMyPlace();
  const lockedRegion = me?.role === 'SUPERVISOR' ? (me.region?.code ?? null) : null;
  const state = useMemo(() => stateFromParams(params), [params]);
  const filter = useMemo(() => filterOf(state, lockedRegion), [state, lockedRegion]);
  const region = lockedRegion ?? state.region;

  const update = useCallback((next: Partial<DashboardState>) => setParams(paramsOf({ ...state, ...next })), [setParams, state]);
  const reset = useCallback(() => setParams(paramsOf(defaultState())), [setParams]);

  const report = useIndicatorReport(filter);
  const end = trendEnd(state);
  const trendFilter = useMemo(() => ({ ...filter, period: { kind: 'MONTH' as const, year: end.year, number: end.month } }), [filter, end.year, end.month]);
  const trend = useIndicatorTrend(trendFilter, 12);
  const regionsLeague = useIndicatorLeague(filter, state.league, 'REGION');
  const officesLeague = useIndicatorLeague(filter, state.league, 'OFFICE');

  const { data: services = [] } = useGetList<ServiceRecord>('services', { filter: { status: 'IN_FORCE' }, pagination: { page: 1, perPage: 50 }, sort: { field: 'sortOrder', order: 'ASC' } });
  const { data: regions = [] } = useGetList<RegionRecord>('regions', { pagination: { page: 1, perPage: 100 }, sort: { field: 'sortOrder', order: 'ASC' } });
  const { data: offices = [] } = useGetList<OfficeRecord>(
    'offices',
    // In directory order: the API's sort by name fails (reported), so the names are sorted here.
    { filter: { regionCode: region }, pagination: { page: 1, perPage: 200 }, sort: { field: 'directory', order: 'ASC' } },
    { enabled: !!region },
  );
  const officeOptions: NamedOption[] = useMemo(
    () => (region ? offices.map((o) => ({ id: String(o.id), name: o.name })).sort((a, b) => localized(a.name).localeCompare(localized(b.name))) : []),
    [region, offices, localized],
  );

  const regionName = useCallback((code: string | null | undefined) => {
    const found = regions.find((r) => r.code === code);
    return found ? localized(found.name) : (code ?? '');
  }, [regions, localized]);

  const values = report.data?.values;
  const period = periodLabel(state);
  const previous = report.data ? periodLabel(report.data.previousPeriod) : '';
  const service = services.find((s) => s.code === state.serviceCode);
  const office = officeOptions.find((o) => o.id === state.officeId);
  const scope = [
    region ? regionName(region) : translate('app.dashboard.filter.whole_country'),
    office ? localized(office.name) : null,
    service ? `${service.code} ${localized(service.title)}` : translate('app.dashboard.filter.all_services'),
    state.channel ? translate(`app.channel.${state.channel}`) : translate('app.dashboard.filter.all_channels'),
  ].filter((s): s is string => !!s);

  const exportCsv = () => {
    if (!values) return;
    const csv = dashboardCsv({
      translate,
      localized,
      targetSource,
      heading: `${translate('app.dashboard.title')} — ${period}${report.data ? ` (${shortDay(report.data.period.from)}–${shortDay(report.data.period.to)})` : ''}`,
      scope: [scope.join(' · '), translate('app.dashboard.compared_with', { period: previous })],
      values,
      league: { code: state.league, regions: regionsLeague.data, offices: officesLeague.data },
      regionName,
    });
    const suffix = [state.year, state.kind === 'YEAR' ? null : state.kind === 'QUARTER' ? `Q${state.number}` : String(state.number).padStart(2, '0'), region, state.serviceCode].filter(Boolean).join('-');
    downloadText(`indicators-${suffix}.csv`, csv);
  };

  const regionLink = (row: { key: string }) => `/?${paramsOf({ ...state, region: row.key, officeId: null }).toString()}`;
  const officeLink = (row: { key: string; regionCode?: string | null }) => `/?${paramsOf({ ...state, region: row.regionCode ?? state.region, officeId: row.key }).toString()}`;

  return (
    <Box sx={{ pb: 4, pt: 1 }} data-testid="dashboard">
      <Title title="app.dashboard.title" />
      <FilterBar
        state={state}
        onChange={update}
        onReset={reset}
        services={services}
        regions={regions}
        offices={officeOptions}
        lockedRegion={lockedRegion}
      />

      <Box sx={{ mt: 2.5, display: 'flex', alignItems: 'flex-end', flexWrap: 'wrap', columnGap: 2, rowGap: 1 }}>
        <Box sx={{ minWidth: 0 }}>
          <Box sx={{ display: 'flex', alignItems: 'baseline', flexWrap: 'wrap', columnGap: 2 }}>
            <Typography variant="h5" component="h1" sx={{ fontWeight: 700, color: '#102a43' }} data-testid="dashboard-period">
              {period}
            </Typography>
            <Typography variant="body1" color="text.secondary" data-testid="dashboard-scope">
              {scope.join(' · ')}
            </Typography>
          </Box>
          {report.data && (
            <Typography variant="caption" color="text.secondary" component="div">
              {report.data.period.from && `${shortDay(report.data.period.from)}–${shortDay(report.data.period.to)} · `}
              {translate('app.dashboard.compared_with', { period: previous })}
              {report.dataUpdatedAt ? ` · ${translate('app.dashboard.updated', { at: formatInstant(new Date(report.dataUpdatedAt).toISOString()) })}` : ''}
            </Typography>
          )}
        </Box>
        <Box sx={{ flex: 1 }} />
        <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-end', gap: 0.75 }}>
          <Tooltip title={translate('app.dashboard.export_help')}>
            <span>
              <Button variant="outlined" size="small" startIcon={<FileDownloadOutlined />} onClick={exportCsv} disabled={!values} data-testid="export-csv" sx={{ whiteSpace: 'nowrap' }}>
                {translate('app.dashboard.export')}
              </Button>
            </span>
          </Tooltip>
          {values && <StatusSummary values={values} />}
        </Box>
      </Box>

      {report.error ? (
        <Alert severity="error" sx={{ mt: 2 }}>
          {translate(report.error instanceof Error && report.error.message ? report.error.message : 'ra.notification.http_error', { _: translate('ra.notification.http_error') })}
        </Alert>
      ) : (
        <Box
          sx={{ mt: 1.5, display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr', lg: 'repeat(3, 1fr)' }, gap: 2, opacity: report.isPlaceholderData ? 0.6 : 1, transition: 'opacity 120ms' }}
          data-testid="kpi-tiles"
          aria-busy={report.isFetching}
        >
          {values
            ? values.map((v) => <KpiTile key={v.code} value={v} previousLabel={previous} minimumSample={report.data!.minimumSample} />)
            : Array.from({ length: 6 }, (_, i) => <Skeleton key={i} variant="rounded" height={270} />)}
        </Box>
      )}

      <Section title={translate('app.dashboard.trend.title')} subtitle={translate('app.dashboard.trend.subtitle', { period: periodLabel({ kind: 'MONTH', year: end.year, number: end.month }) })} testId="trends">
        <Suspense fallback={<Skeleton variant="rounded" height={520} />}>
          <TrendCharts months={trend.data} values={values} loading={trend.isLoading} />
        </Suspense>
      </Section>

      <Section title={translate('app.dashboard.league.title')} subtitle={translate('app.dashboard.league.subtitle')} testId="league">
        <LeagueTables
          code={state.league}
          onCode={(league: MeasuredCode) => update({ league })}
          regions={regionsLeague.data}
          offices={officesLeague.data}
          regionLink={regionLink}
          officeLink={officeLink}
          regionName={regionName}
        />
      </Section>
    </Box>
  );
};
