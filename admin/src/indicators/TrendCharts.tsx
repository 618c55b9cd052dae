import { Box, Paper, Skeleton, Typography } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { ChartsReferenceLine } from '@mui/x-charts/ChartsReferenceLine';
import { LineChart } from '@mui/x-charts/LineChart';
import { useTranslate } from 'react-admin';
import type { IndicatorMonth, IndicatorValue } from '../dataProvider/indicators';
import { STATUS_COLORS, useNumberFormat } from './format';
import { codeKey, MEASURED_CODES, useMonthTick, type MeasuredCode } from './period';

const LINE = '#00659b';
const HEIGHT = 210;

const ChartCard = ({ title, subtitle, children, testId }: { title: string; subtitle?: string; children: React.ReactNode; testId?: string }) => (
  <Paper variant="outlined" sx={{ p: 1.5, pb: 0.5, borderColor: 'grey.200', minWidth: 0 }} data-testid={testId}>
    <Typography variant="subtitle2" component="h3" sx={{ fontWeight: 600, color: 'primary.dark', lineHeight: 1.3 }}>
      {title}
    </Typography>
    {subtitle && (
      <Typography variant="caption" color="text.secondary" component="div" sx={{ lineHeight: 1.3 }}>
        {subtitle}
      </Typography>
    )}
    {children}
  </Paper>
);

/** The y range: from a little under the lowest of the values and the target, to 100. */
const lowerBound = (values: (number | null)[], target: number) => {
  const low = Math.min(target, ...values.filter((v): v is number => v != null));
  return Math.max(0, Math.floor((low - 5) / 10) * 10);
};

const useChartLocale = () => {
  const translate = useTranslate();
  return { noData: translate('app.dashboard.trend.no_data'), loading: translate('ra.page.loading') };
};

/** One indicator month by month, with its target as a dashed line. */
const TrendChart = ({ code, months, value }: { code: MeasuredCode; months: IndicatorMonth[]; value?: IndicatorValue }) => {
  const translate = useTranslate();
  const tick = useMonthTick();
  const { percent, count } = useNumberFormat();
  const localeText = useChartLocale();
  const rows = months.filter((m) => m.code === code);
  const target = value?.target ?? 0;
  const values = rows.map((r) => r.value ?? null);
  const labels = rows.map((r, i) => tick(r.month, i === 0 || r.month.endsWith('-01-01')));
  return (
    <ChartCard title={`${code} · ${translate(`app.kpi.short.${codeKey(code)}`)}`} subtitle={value ? translate('app.dashboard.trend.target_line', { target: percent(target) }) : undefined} testId={`trend-${code}`}>
      <LineChart
        height={HEIGHT}
        skipAnimation
        hideLegend
        localeText={localeText}
        margin={{ left: 0, right: 12, top: 12, bottom: 0 }}
        xAxis={[{ scaleType: 'point', data: labels, tickLabelStyle: { fontSize: 11 }, height: 36 }]}
        yAxis={[{ min: lowerBound(values, target), max: 100, width: 40, tickLabelStyle: { fontSize: 11 }, valueFormatter: (v: number) => `${v}%` }]}
        series={[
          {
            data: values,
            color: LINE,
            label: code,
            connectNulls: false,
            showMark: true,
            valueFormatter: (v, { dataIndex }) => {
              const row = rows[dataIndex];
              return v == null ? '—' : `${percent(v)} (${count(row?.numerator ?? 0)} / ${count(row?.denominator ?? 0)})`;
            },
          },
        ]}
        grid={{ horizontal: true }}
        sx={{ '& .MuiChartsGrid-line': { stroke: 'rgba(16,38,64,0.06)' } }}
      >
        {value && (
          <ChartsReferenceLine y={target} lineStyle={{ stroke: STATUS_COLORS.AT_RISK.text, strokeDasharray: '6 4', strokeWidth: 1.5 }} />
        )}
      </LineChart>
    </ChartCard>
  );
};

/** How many cases each month counts: completed applications (1.1) and surveys (2.1, 3.1, 5.1). */
const VolumeChart = ({ months }: { months: IndicatorMonth[] }) => {
  const translate = useTranslate();
  const tick = useMonthTick();
  const { count } = useNumberFormat();
  const localeText = useChartLocale();
  const apps = months.filter((m) => m.code === '1.1');
  const surveys = months.filter((m) => m.code === '2.1');
  return (
    <ChartCard title={translate('app.dashboard.trend.volume')} subtitle={translate('app.dashboard.trend.volume_help')} testId="trend-volume">
      <BarChart
        height={HEIGHT}
        skipAnimation
        localeText={localeText}
        margin={{ left: 0, right: 12, top: 8, bottom: 0 }}
        xAxis={[{ scaleType: 'band', data: apps.map((r, i) => tick(r.month, i === 0 || r.month.endsWith('-01-01'))), tickLabelStyle: { fontSize: 11 }, height: 36 }]}
        yAxis={[{ width: 40, tickLabelStyle: { fontSize: 11 } }]}
        series={[
          { data: apps.map((r) => r.denominator), label: translate('app.dashboard.trend.completed'), color: '#3d8fc4', valueFormatter: (v) => (v == null ? '' : count(v)) },
          { data: surveys.map((r) => r.denominator), label: translate('app.dashboard.trend.surveys'), color: '#e0a800', valueFormatter: (v) => (v == null ? '' : count(v)) },
        ]}
        slotProps={{ legend: { sx: { fontSize: 12 } } }}
        grid={{ horizontal: true }}
        sx={{ '& .MuiChartsGrid-line': { stroke: 'rgba(16,38,64,0.06)' } }}
      />
    </ChartCard>
  );
};

/** Twelve months up to the period's end: one small chart per indicator measured from activity, and the volume behind them. */
export const TrendCharts = ({ months, values, loading }: { months?: IndicatorMonth[]; values?: IndicatorValue[]; loading: boolean }) => (
  <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr', lg: 'repeat(3, 1fr)' }, gap: 2 }}>
    {MEASURED_CODES.map((code) =>
      months ? (
        <TrendChart key={code} code={code} months={months} value={values?.find((v) => v.code === code)} />
      ) : (
        <Skeleton key={code} variant="rounded" height={HEIGHT + 48} animation={loading ? 'pulse' : false} />
      ),
    )}
    {months ? <VolumeChart months={months} /> : <Skeleton variant="rounded" height={HEIGHT + 48} animation={loading ? 'pulse' : false} />}
  </Box>
);
