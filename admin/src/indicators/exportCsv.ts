import type { IndicatorValue, LeagueRow } from '../dataProvider/indicators';
import { toCsv } from '../common/download';

type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface DashboardExport {
  translate: Translate;
  localized: (value: { kk: string; ru?: string | null; en?: string | null } | null | undefined) => string;
  targetSource: (value: Pick<IndicatorValue, 'targetSource' | 'targetOrder'>) => string;
  /** "Quality indicators — February 2026 — …": what the figures are about. */
  heading: string;
  scope: string[];
  values: IndicatorValue[];
  league: { code: string; regions?: LeagueRow[]; offices?: LeagueRow[] };
  regionName: (code: string | null | undefined) => string;
}

const num = (value: number | null | undefined) => (value == null ? '' : value);

/**
 * What the dashboard shows, as CSV: the six tiles, then the two league tables of the chosen indicator. Numbers are
 * written plainly (97.2), percentages and percentage points named in the headers, so that a spreadsheet computes with them.
 */
export function dashboardCsv(x: DashboardExport): string {
  const t = x.translate;
  const rows: (string | number | null)[][] = [[x.heading], ...x.scope.map((s) => [s]), []];
  rows.push([
    t('app.dashboard.csv.code'),
    t('app.dashboard.csv.indicator'),
    t('app.dashboard.csv.value'),
    t('app.dashboard.csv.target'),
    t('app.dashboard.csv.target_source'),
    t('app.dashboard.csv.normative'),
    t('app.dashboard.csv.numerator'),
    t('app.dashboard.csv.denominator'),
    t('app.dashboard.csv.previous'),
    t('app.dashboard.csv.change'),
    t('app.dashboard.csv.status'),
  ]);
  for (const v of x.values) {
    rows.push([
      v.code,
      x.localized(v.wording),
      num(v.value),
      v.target,
      x.targetSource(v),
      v.normativeValue,
      v.numerator,
      v.denominator,
      num(v.previous.value),
      num(v.change),
      t(`app.kpi.status.${v.status}`),
    ]);
  }
  const league = (title: string, items: LeagueRow[] | undefined, withRegion: boolean) => {
    rows.push([], [title]);
    rows.push([
      '#',
      t('app.dashboard.league.name'),
      ...(withRegion ? [t('app.dashboard.filter.region')] : []),
      t('app.dashboard.csv.value'),
      t('app.dashboard.csv.target'),
      t('app.dashboard.csv.numerator'),
      t('app.dashboard.csv.denominator'),
      t('app.dashboard.csv.status'),
    ]);
    (items ?? []).forEach((r, i) =>
      rows.push([
        i + 1,
        x.localized(r.name),
        ...(withRegion ? [x.regionName(r.regionCode)] : []),
        num(r.value),
        r.target,
        r.numerator,
        r.denominator,
        t(`app.kpi.status.${r.status}`),
      ]),
    );
  };
  league(t('app.dashboard.league.regions', { code: x.league.code }), x.league.regions, false);
  league(t('app.dashboard.league.offices', { code: x.league.code }), x.league.offices, true);
  return toCsv(rows);
}
