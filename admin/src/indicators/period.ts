import { useCallback } from 'react';
import { useTranslate } from 'react-admin';
import type { Channel, IndicatorFilter, PeriodKind } from '../../../schema/generated/graphql';
import { businessToday } from '../common/time';

/** The six indicators of Appendix 3, and the five measured from activity (trends and league tables). */
export const INDICATOR_CODES = ['1.1', '2.1', '3.1', '3.2', '4.1', '5.1'] as const;
export const MEASURED_CODES = ['1.1', '2.1', '3.1', '4.1', '5.1'] as const;
export type MeasuredCode = (typeof MEASURED_CODES)[number];

/** "1.1" as a translation key segment ("c1_1"): polyglot reads dots as nesting. */
export const codeKey = (code: string) => `c${code.replace('.', '_')}`;

export const PERIOD_KINDS: readonly PeriodKind[] = ['MONTH', 'QUARTER', 'YEAR'];
export const CHANNELS: readonly Channel[] = ['CENTRE', 'BODY'];
/** Years the API reports on (PeriodInput: 2009–2030). */
export const FIRST_YEAR = 2010;
export const LAST_YEAR = 2030;

/** What the dashboard shows: its period and scope, and the indicator of its league tables. Kept in the URL. */
export interface DashboardState {
  kind: PeriodKind;
  year: number;
  /** Month (1–12) or quarter (1–4); null for a year. */
  number: number | null;
  serviceCode: string | null;
  region: string | null;
  officeId: string | null;
  channel: Channel | null;
  league: MeasuredCode;
}

/** Today in Kazakhstan as [year, month]. */
export const currentMonth = (now = new Date()): [number, number] => {
  const [y, m] = businessToday(now).split('-').map(Number);
  return [y, m];
};

/** The last complete month: what a report is usually about (the current one is still filling up). */
export const defaultState = (now = new Date()): DashboardState => {
  const [y, m] = currentMonth(now);
  const year = m === 1 ? y - 1 : y;
  const month = m === 1 ? 12 : m - 1;
  return { kind: 'MONTH', year, number: month, serviceCode: null, region: null, officeId: null, channel: null, league: '1.1' };
};

const intIn = (value: string | null, min: number, max: number): number | null => {
  if (!value || !/^\d+$/.test(value)) return null;
  const n = Number(value);
  return n >= min && n <= max ? n : null;
};

/** The dashboard's state from its URL (?kind=QUARTER&year=2025&n=4&region=KZ-KUS…), defaults where absent or wrong. */
export function stateFromParams(params: URLSearchParams, now = new Date()): DashboardState {
  const fallback = defaultState(now);
  const kind = PERIOD_KINDS.includes(params.get('kind') as PeriodKind) ? (params.get('kind') as PeriodKind) : fallback.kind;
  const year = intIn(params.get('year'), FIRST_YEAR, LAST_YEAR) ?? fallback.year;
  let number: number | null = null;
  if (kind === 'MONTH') number = intIn(params.get('n'), 1, 12) ?? fallback.number ?? 1;
  if (kind === 'QUARTER') number = intIn(params.get('n'), 1, 4) ?? 1;
  const channel = CHANNELS.includes(params.get('channel') as Channel) ? (params.get('channel') as Channel) : null;
  const league = MEASURED_CODES.includes(params.get('league') as MeasuredCode) ? (params.get('league') as MeasuredCode) : '1.1';
  const text = (key: string) => params.get(key)?.trim() || null;
  const region = text('region');
  return {
    kind,
    year,
    number,
    serviceCode: text('service'),
    region: region && /^KZ-[A-Z]{3}$/.test(region) ? region : null,
    officeId: text('office'),
    channel,
    league,
  };
}

/** The state as URL parameters (only what differs from "everything"). */
export function paramsOf(state: DashboardState): URLSearchParams {
  const params = new URLSearchParams();
  params.set('kind', state.kind);
  params.set('year', String(state.year));
  if (state.number != null && state.kind !== 'YEAR') params.set('n', String(state.number));
  if (state.serviceCode) params.set('service', state.serviceCode);
  if (state.region) params.set('region', state.region);
  if (state.officeId) params.set('office', state.officeId);
  if (state.channel) params.set('channel', state.channel);
  if (state.league !== '1.1') params.set('league', state.league);
  return params;
}

/** The API's IndicatorFilter for a state; a regional supervisor's region is theirs whatever the URL says. */
export function filterOf(state: DashboardState, lockedRegion?: string | null): IndicatorFilter {
  const filter: IndicatorFilter = {
    period: { kind: state.kind, year: state.year, ...(state.kind === 'YEAR' ? {} : { number: state.number ?? 1 }) },
  };
  if (state.serviceCode) filter.serviceCode = state.serviceCode;
  const region = lockedRegion ?? state.region;
  if (region) filter.region = region;
  if (state.officeId) filter.officeId = state.officeId;
  if (state.channel) filter.channel = state.channel;
  return filter;
}

/**
 * The last month of a trend: the period's last month, or this month when the period runs on past it (a year or
 * quarter under way), so that the chart never ends on months still to come.
 */
export function trendEnd(state: Pick<DashboardState, 'kind' | 'year' | 'number'>, now = new Date()): { year: number; month: number } {
  const last = state.kind === 'YEAR' ? 12 : state.kind === 'QUARTER' ? (state.number ?? 1) * 3 : (state.number ?? 1);
  const [y, m] = currentMonth(now);
  return state.year > y || (state.year === y && last > m) ? { year: y, month: m } : { year: state.year, month: last };
}

/** Years offered: from the first with activity to this year (newest first). */
export const yearChoices = (now = new Date(), last = currentMonth(now)[0]) => {
  const years: number[] = [];
  for (let y = Math.min(last, LAST_YEAR); y >= FIRST_YEAR; y--) years.push(y);
  return years;
};

export interface PeriodLike {
  kind: PeriodKind;
  year: number;
  number?: number | null;
}

/** "February 2026", "Q1 2026", "2026" in the interface language. */
export const usePeriodLabel = () => {
  const translate = useTranslate();
  return useCallback(
    (p: PeriodLike) => {
      if (p.kind === 'YEAR') return translate('app.kpi.period.year_label', { year: p.year });
      if (p.kind === 'QUARTER') return translate('app.kpi.period.quarter_label', { year: p.year, quarter: p.number ?? 1 });
      const months = translate('app.kpi.months').split('|');
      return translate('app.kpi.period.month_label', { year: p.year, month: months[(p.number ?? 1) - 1] ?? p.number });
    },
    [translate],
  );
};

/** A month's first day ("2026-02-01") as a short axis label ("Feb"), with the year where it starts. */
export const useMonthTick = () => {
  const translate = useTranslate();
  return useCallback(
    (month: string, withYear: boolean) => {
      const [y, m] = month.split('-').map(Number);
      const short = translate('app.kpi.months_short').split('|')[m - 1] ?? String(m);
      return withYear ? `${short}\n${y}` : short;
    },
    [translate],
  );
};
