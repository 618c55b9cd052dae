import { DateField, useLocaleState, type DateFieldProps } from 'react-admin';

/** Intl locales for the interface languages. */
export const INTL_LOCALES: Record<string, string> = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' };

/** A DateField formatted for the interface language (not the browser's). */
export const LocaleDateField = (props: DateFieldProps) => {
  const [locale] = useLocaleState();
  return <DateField {...props} locales={INTL_LOCALES[locale] ?? 'kk-KZ'} />;
};
