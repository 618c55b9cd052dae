import { Typography, type SxProps, type Theme, type TypographyProps } from '@mui/material';
import { useFieldValue, useLocaleState, type FieldProps } from 'react-admin';
import { pickLocalized, type LocalizedTextValue } from './localizedText';

export interface LocalizedTextFieldProps extends FieldProps {
  variant?: TypographyProps['variant'];
  sx?: SxProps<Theme>;
}

/** A LocalizedText field shown in the interface language, or in Kazakh when not translated. */
export const LocalizedTextField = ({ source, variant = 'body2', className, sx, emptyText }: LocalizedTextFieldProps) => {
  const value = useFieldValue({ source }) as LocalizedTextValue | null | undefined;
  const [locale] = useLocaleState();
  const { text, lang } = pickLocalized(value, locale);
  return (
    <Typography component="span" variant={variant} className={className} sx={sx} lang={lang}>
      {text || emptyText || ''}
    </Typography>
  );
};
