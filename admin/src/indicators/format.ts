import { useCallback } from 'react';
import { useLocaleState } from 'react-admin';
import type { IndicatorStatus } from '../../../schema/generated/graphql';

/** Status colours: met green, at risk amber, breached red, not judged grey (text, light background, edge). */
export const STATUS_COLORS: Record<IndicatorStatus, { main: string; text: string; light: string }> = {
  MET: { main: '#2e7d32', text: '#1b5e20', light: '#e8f5e9' },
  AT_RISK: { main: '#f0a202', text: '#8a5a00', light: '#fff6e0' },
  BREACHED: { main: '#c62828', text: '#b71c1c', light: '#fdecea' },
  INSUFFICIENT_DATA: { main: '#90a4ae', text: '#546e7a', light: '#f1f4f6' },
  NO_DATA: { main: '#b0bec5', text: '#78909c', light: '#f5f7f8' },
};

/** Statuses that judge a figure against its target. */
export const JUDGED: readonly IndicatorStatus[] = ['MET', 'AT_RISK', 'BREACHED'];

/**
 * Numbers as the interface language writes them: Kazakh and Russian with a decimal comma and a thin space between
 * thousands, English with a point (Intl's Kazakh data is not always there, so this is done by hand).
 */
export function formatNumber(value: number, locale: string, digits = 1): string {
  const fixed = Math.abs(value).toFixed(digits).replace(/\.0+$/, '');
  const [whole, fraction] = fixed.split('.');
  const comma = locale !== 'en';
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, comma ? '\u202f' : ',');
  return `${value < 0 ? '−' : ''}${grouped}${fraction ? (comma ? ',' : '.') + fraction : ''}`;
}

/** `(value) => "97,2 %"`, and counts ("1 234"), in the interface language. */
export const useNumberFormat = () => {
  const [locale] = useLocaleState();
  const percent = useCallback((value: number | null | undefined) => (value == null ? '—' : `${formatNumber(value, locale)}\u00a0%`), [locale]);
  const count = useCallback((value: number) => formatNumber(value, locale, 0), [locale]);
  const number = useCallback((value: number, digits = 1) => formatNumber(value, locale, digits), [locale]);
  return { percent, count, number, locale };
};
