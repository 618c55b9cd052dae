import { Chip, type ChipProps, type SxProps, type Theme } from '@mui/material';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';

export interface EnumChipFieldProps extends FieldProps {
  /** Translation key prefix: the chip shows `${prefix}.${value}`. */
  prefix: string;
  colors?: Record<string, ChipProps['color']>;
  variants?: Record<string, ChipProps['variant']>;
  sx?: SxProps<Theme>;
}

/** An enum value as a small translated chip (status, role, kind). */
export const EnumChipField = ({ source, prefix, colors = {}, variants = {}, sx, className }: EnumChipFieldProps) => {
  const value = useFieldValue({ source });
  const translate = useTranslate();
  if (value == null || value === '') return null;
  const key = String(value);
  return (
    <Chip
      size="small"
      label={translate(`${prefix}.${key}`, { _: key })}
      color={colors[key] ?? 'default'}
      variant={variants[key] ?? 'filled'}
      className={className}
      sx={sx}
    />
  );
};

/** SelectInput choices for an enum, named by translation key (SelectInput translates them). */
export const enumChoices = (values: readonly string[], prefix: string) => values.map((id) => ({ id, name: `${prefix}.${id}` }));
