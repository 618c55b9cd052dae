import { useCallback } from 'react';
import { useLocaleState } from 'react-admin';
import { isAppLocale, DEFAULT_LOCALE, type AppLocale } from '../i18n';

/** A LocalizedText as the API returns it: Kazakh always, Russian and English when translated. */
export interface LocalizedTextValue {
  kk: string;
  ru?: string | null;
  en?: string | null;
}

/** The text in `locale`, falling back to Kazakh (the source language); with the language actually used. */
export function pickLocalized(value: LocalizedTextValue | null | undefined, locale: string): { text: string; lang: AppLocale } {
  if (!value) return { text: '', lang: DEFAULT_LOCALE };
  const wanted = isAppLocale(locale) ? locale : DEFAULT_LOCALE;
  const text = value[wanted];
  return text ? { text, lang: wanted } : { text: value.kk, lang: 'kk' };
}

/** `(value) => text` in the current UI language. */
export function useLocalizedText() {
  const [locale] = useLocaleState();
  return useCallback((value: LocalizedTextValue | null | undefined) => pickLocalized(value, locale).text, [locale]);
}
