/**
 * The six indicators of Appendix 3 and what each is made of in the monthly rollup (kpi_month). The status thresholds
 * and the minimum sample are documented in docs/indicators.md.
 */
export type IndicatorCode = '1.1' | '2.1' | '3.1' | '3.2' | '4.1' | '5.1';
export const INDICATOR_CODES: IndicatorCode[] = ['1.1', '2.1', '3.1', '3.2', '4.1', '5.1'];

export enum Source {
  APPLICATIONS = 'APPLICATIONS',
  FEEDBACK = 'FEEDBACK',
  CATALOGUE = 'CATALOGUE',
}

/** Numerator and denominator columns of kpi_month, for the indicators measured from activity. */
export const ROLLUP: Record<Exclude<IndicatorCode, '3.2'>, { numerator: string; denominator: string; source: Source }> = {
  '1.1': { numerator: 'on_time', denominator: 'completed', source: Source.APPLICATIONS },
  '2.1': { numerator: 'process_ok', denominator: 'feedback', source: Source.FEEDBACK },
  '3.1': { numerator: 'information_ok', denominator: 'feedback', source: Source.FEEDBACK },
  '4.1': { numerator: 'complaint_ok', denominator: 'complaint_rated', source: Source.FEEDBACK },
  '5.1': { numerator: 'courtesy_ok', denominator: 'feedback', source: Source.FEEDBACK },
};

/** Below this many cases a figure is shown but not judged (a few answers swing a percentage wildly). */
export const DEFAULT_MINIMUM_SAMPLE = 30;
/** Within this many percentage points below the target a figure is "at risk" rather than breached. */
export const AT_RISK_MARGIN = 5;

export enum Status {
  MET = 'MET',
  AT_RISK = 'AT_RISK',
  BREACHED = 'BREACHED',
  INSUFFICIENT_DATA = 'INSUFFICIENT_DATA',
  NO_DATA = 'NO_DATA',
}

export const percent = (numerator: number, denominator: number): number | null => (denominator > 0 ? Math.round((numerator / denominator) * 1000) / 10 : null);

/** The status of a figure against its target; a census (3.2, every service counted) needs no minimum sample. */
export function statusOf(numerator: number, denominator: number, target: number, minimumSample: number, census = false): Status {
  if (denominator === 0) return Status.NO_DATA;
  if (!census && denominator < minimumSample) return Status.INSUFFICIENT_DATA;
  const value = (numerator / denominator) * 100;
  if (value >= target) return Status.MET;
  if (value >= target - AT_RISK_MARGIN) return Status.AT_RISK;
  return Status.BREACHED;
}
