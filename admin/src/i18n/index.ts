import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { TranslationMessages } from 'react-admin';
import { en } from './en';
import { kk } from './kk';
import { ru } from './ru';

export type AppLocale = 'kk' | 'ru' | 'en';
export const DEFAULT_LOCALE: AppLocale = 'kk';

const messages: Record<AppLocale, TranslationMessages> = { kk, ru, en };

/** Each language named in itself, as the language switcher lists them. */
export const LOCALES: { locale: AppLocale; name: string }[] = [
  { locale: 'kk', name: 'Қазақша' },
  { locale: 'ru', name: 'Русский' },
  { locale: 'en', name: 'English' },
];

export const isAppLocale = (value: unknown): value is AppLocale => value === 'kk' || value === 'ru' || value === 'en';

/** Kazakh first; all three catalogues are bundled (they are small), so switching is instant. */
export const i18nProvider = polyglotI18nProvider(
  (locale) => messages[isAppLocale(locale) ? locale : DEFAULT_LOCALE],
  DEFAULT_LOCALE,
  LOCALES,
);
