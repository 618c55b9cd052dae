import { IconButton, InputAdornment, MenuItem, Paper, TextField, Tooltip } from '@mui/material';
import LockOutlined from '@mui/icons-material/LockOutlined';
import RestartAltOutlined from '@mui/icons-material/RestartAltOutlined';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import type { Channel, PeriodKind } from '../../../schema/generated/graphql';
import { useLocalizedText, type LocalizedTextValue } from '../common/localizedText';
import { CHANNELS, currentMonth, PERIOD_KINDS, yearChoices, type DashboardState } from './period';

export interface NamedOption {
  id: string;
  name: LocalizedTextValue;
  code?: string;
}

export interface FilterBarProps {
  state: DashboardState;
  onChange: (next: Partial<DashboardState>) => void;
  onReset: () => void;
  services: { code: string; title: LocalizedTextValue }[];
  regions: { code: string; name: LocalizedTextValue }[];
  offices: NamedOption[];
  /** A regional supervisor's region: shown, not changeable. */
  lockedRegion?: string | null;
}

const ANY = '';

/** A compact select of the bar. */
/** A compact select of the bar; `grow` ones share the room left on the line, down to their width. */
const Select = ({ label, value, onChange, children, testId, width, grow, disabled, hint, locked }: {
  label: string;
  value: string | number;
  onChange: (value: string) => void;
  children: ReactNode;
  testId: string;
  width: number;
  grow?: boolean;
  disabled?: boolean;
  /** Why the select is disabled: said on hover, not under it (the bar stays one line high). */
  hint?: string;
  locked?: boolean;
}) => {
  const field = (
    <TextField
      select
      size="small"
      label={label}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      disabled={disabled}
      data-testid={testId}
      sx={{ flex: grow ? `1 1 ${width}px` : `0 0 ${width}px`, minWidth: width, maxWidth: grow ? 320 : width }}
      slotProps={{
        select: { MenuProps: { slotProps: { paper: { sx: { maxHeight: 420 } } } } },
        input: locked ? { startAdornment: <InputAdornment position="start"><LockOutlined sx={{ fontSize: 16 }} /></InputAdornment> } : undefined,
      }}
    >
      {children}
    </TextField>
  );
  return hint ? (
    <Tooltip title={hint} placement="top">
      {field}
    </Tooltip>
  ) : (
    field
  );
};

/**
 * Period (month, quarter or year), service, region (held for a regional supervisor), centre office and channel.
 * Each change is a new URL: the dashboard can be bookmarked, shared and put on a wall screen as it is.
 */
export const FilterBar = ({ state, onChange, onReset, services, regions, offices, lockedRegion }: FilterBarProps) => {
  const translate = useTranslate();
  const localized = useLocalizedText();
  const [thisYear, thisMonth] = currentMonth();
  const months = translate('app.kpi.months').split('|');
  const lastMonth = state.year === thisYear ? thisMonth : 12;
  const lastQuarter = state.year === thisYear ? Math.ceil(thisMonth / 3) : 4;
  const region = lockedRegion ?? state.region;

  const setKind = (kind: PeriodKind) => {
    if (kind === state.kind) return;
    const month = state.kind === 'QUARTER' ? (state.number ?? 1) * 3 : state.kind === 'MONTH' ? (state.number ?? 1) : Math.min(lastMonth, 12);
    const number = kind === 'MONTH' ? Math.min(month, lastMonth) : kind === 'QUARTER' ? Math.min(Math.ceil(month / 3), lastQuarter) : null;
    onChange({ kind, number });
  };
  const setYear = (year: number) => {
    const maxMonth = year === thisYear ? thisMonth : 12;
    const maxQuarter = year === thisYear ? Math.ceil(thisMonth / 3) : 4;
    const number = state.kind === 'MONTH' ? Math.min(state.number ?? 1, maxMonth) : state.kind === 'QUARTER' ? Math.min(state.number ?? 1, maxQuarter) : null;
    onChange({ year, number });
  };

  return (
    <Paper variant="outlined" sx={{ p: 1.5, display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1.25, borderColor: 'grey.200' }} data-testid="dashboard-filters" component="section" aria-label={translate('app.dashboard.filters')}>
      <Select label={translate('app.dashboard.filter.kind')} value={state.kind} onChange={(v) => setKind(v as PeriodKind)} testId="filter-kind" width={112}>
        {PERIOD_KINDS.map((k) => (
          <MenuItem key={k} value={k}>
            {translate(`app.kpi.period.${k}`)}
          </MenuItem>
        ))}
      </Select>
      <Select label={translate('app.dashboard.filter.year')} value={state.year} onChange={(v) => setYear(Number(v))} testId="filter-year" width={92}>
        {yearChoices().map((y) => (
          <MenuItem key={y} value={y}>
            {y}
          </MenuItem>
        ))}
      </Select>
      {state.kind === 'MONTH' && (
        <Select label={translate('app.dashboard.filter.month')} value={state.number ?? 1} onChange={(v) => onChange({ number: Number(v) })} testId="filter-month" width={128}>
          {months.slice(0, lastMonth).map((m, i) => (
            <MenuItem key={m} value={i + 1}>
              {m}
            </MenuItem>
          ))}
        </Select>
      )}
      {state.kind === 'QUARTER' && (
        <Select label={translate('app.dashboard.filter.quarter')} value={state.number ?? 1} onChange={(v) => onChange({ number: Number(v) })} testId="filter-quarter" width={128}>
          {[1, 2, 3, 4].slice(0, lastQuarter).map((q) => (
            <MenuItem key={q} value={q}>
              {translate('app.kpi.period.quarter_option', { quarter: q })}
            </MenuItem>
          ))}
        </Select>
      )}
      <Select label={translate('app.dashboard.filter.service')} value={state.serviceCode ?? ANY} onChange={(v) => onChange({ serviceCode: v || null })} testId="filter-service" width={150} grow>
        <MenuItem value={ANY}>{translate('app.dashboard.filter.all_services')}</MenuItem>
        {services.map((s) => (
          <MenuItem key={s.code} value={s.code} sx={{ maxWidth: 560, whiteSpace: 'normal' }}>
            <span>
              <b>{s.code}</b> {localized(s.title)}
            </span>
          </MenuItem>
        ))}
      </Select>
      <Select
        label={translate('app.dashboard.filter.region')}
        value={region ?? ANY}
        onChange={(v) => onChange({ region: v || null, officeId: null })}
        testId="filter-region"
        width={160}
        grow
        disabled={!!lockedRegion}
        locked={!!lockedRegion}
        hint={lockedRegion ? translate('app.dashboard.filter.region_locked') : undefined}
      >
        <MenuItem value={ANY}>{translate('app.dashboard.filter.whole_country')}</MenuItem>
        {regions.map((r) => (
          <MenuItem key={r.code} value={r.code}>
            {localized(r.name)}
          </MenuItem>
        ))}
      </Select>
      <Select
        label={translate('app.dashboard.filter.office')}
        value={state.officeId && offices.some((o) => o.id === state.officeId) ? state.officeId : ANY}
        onChange={(v) => onChange({ officeId: v || null })}
        testId="filter-office"
        width={160}
        grow
        disabled={!region}
        hint={region ? undefined : translate('app.dashboard.filter.office_help')}
      >
        <MenuItem value={ANY}>{translate('app.dashboard.filter.all_offices')}</MenuItem>
        {offices.map((o) => (
          <MenuItem key={o.id} value={o.id} sx={{ maxWidth: 520, whiteSpace: 'normal' }}>
            {localized(o.name)}
          </MenuItem>
        ))}
      </Select>
      <Select label={translate('app.dashboard.filter.channel')} value={state.channel ?? ANY} onChange={(v) => onChange({ channel: (v || null) as Channel | null })} testId="filter-channel" width={150} grow>
        <MenuItem value={ANY}>{translate('app.dashboard.filter.all_channels')}</MenuItem>
        {CHANNELS.map((c) => (
          <MenuItem key={c} value={c}>
            {translate(`app.channel.${c}`)}
          </MenuItem>
        ))}
      </Select>
      <Tooltip title={translate('app.dashboard.filter.reset_help')}>
        <IconButton size="small" onClick={onReset} aria-label={translate('app.dashboard.filter.reset')} data-testid="filter-reset">
          <RestartAltOutlined />
        </IconButton>
      </Tooltip>
    </Paper>
  );
};
