import { useEffect } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';

/** Keeps <html lang> and the window title in the interface language. */
export const DocumentLocale = () => {
  const [locale] = useLocaleState();
  const translate = useTranslate();
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = translate('app.title');
  }, [locale, translate]);
  return null;
};
