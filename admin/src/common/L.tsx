import { Box, type SxProps, type Theme } from '@mui/material';
import { useLocaleState } from 'react-admin';
import { pickLocalized, type LocalizedTextValue } from './localizedText';

/** A LocalizedText inline, in the interface language or in Kazakh, with the language actually shown as `lang`. */
export const L = ({ value, sx, component = 'span' }: { value?: LocalizedTextValue | null; sx?: SxProps<Theme>; component?: 'span' | 'div' | 'p' }) => {
  const [locale] = useLocaleState();
  if (!value) return null;
  const { text, lang } = pickLocalized(value, locale);
  return (
    <Box component={component} lang={lang} sx={sx}>
      {text}
    </Box>
  );
};
