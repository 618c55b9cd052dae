import type { ReactNode } from 'react';
import { Box, Chip, Paper, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography, type ChipProps } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Cite, type CitationLike } from '../common/Cite';
import { L } from '../common/L';
import type { LocalizedTextValue } from '../common/localizedText';

/** A titled block of a section, e.g. "Legal basis". */
export const Block = ({ title, source, children, testId }: { title?: string; source?: CitationLike | null; children: ReactNode; testId?: string }) => {
  const translate = useTranslate();
  return (
    <Box component="section" sx={{ mb: 3 }} data-testid={testId}>
      {title && (
        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, mb: 1, color: 'primary.dark', display: 'flex', alignItems: 'center' }}>
          {translate(title)}
          <Cite source={source} />
        </Typography>
      )}
      {children}
    </Box>
  );
};

/** A cited passage: the text in the interface language and its citation chip. */
export const Passage = ({ text, source, sx }: { text?: LocalizedTextValue | null; source?: CitationLike | null; sx?: object }) =>
  text ? (
    <Typography variant="body2" component="div" sx={{ mb: 1, lineHeight: 1.6, ...sx }}>
      <L value={text} />
      <Cite source={source} />
    </Typography>
  ) : null;

/** Cited passages as a list. */
export const PassageList = ({ items, ordered }: { items: readonly { text: LocalizedTextValue; source?: CitationLike | null }[]; ordered?: boolean }) => {
  if (!items.length) return <Empty />;
  return (
    <Box component={ordered ? 'ol' : 'ul'} sx={{ m: 0, pl: 3, '& li': { mb: 0.75 } }}>
      {items.map((item, i) => (
        <Typography component="li" variant="body2" key={i} sx={{ lineHeight: 1.6 }}>
          <L value={item.text} />
          <Cite source={item.source} />
        </Typography>
      ))}
    </Box>
  );
};

export const Empty = ({ message = 'app.services.nothing' }: { message?: string }) => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.disabled">
      {translate(message)}
    </Typography>
  );
};

/** A small translated chip for an enum value: `${prefix}.${value}`. */
export const EnumChip = ({ value, prefix, color = 'default', variant = 'outlined', icon }: { value: string; prefix: string; color?: ChipProps['color']; variant?: ChipProps['variant']; icon?: ChipProps['icon'] }) => {
  const translate = useTranslate();
  return <Chip size="small" color={color} variant={variant} icon={icon} label={translate(`${prefix}.${value}`, { _: value })} sx={{ mr: 0.5, mb: 0.25 }} />;
};

/** A compact table with translated column headers. */
export const SimpleTable = ({
  columns,
  children,
  testId,
  minWidth = 640,
  fixed,
}: {
  columns: (string | { label: string; width?: number | string; align?: 'right' | 'center' })[];
  children: ReactNode;
  testId?: string;
  minWidth?: number;
  /** Columns as wide as `columns` say, the same in every table of a page. */
  fixed?: boolean;
}) => {
  const translate = useTranslate();
  return (
    <TableContainer component={Paper} variant="outlined" sx={{ mb: 2 }} data-testid={testId}>
      <Table size="small" sx={{ minWidth, tableLayout: fixed ? 'fixed' : 'auto', '& td, & th': { verticalAlign: 'top' } }}>
        <TableHead>
          <TableRow sx={{ bgcolor: 'grey.50' }}>
            {columns.map((c) => {
              const col = typeof c === 'string' ? { label: c } : c;
              return (
                <TableCell key={col.label} sx={{ width: col.width }} align={col.align}>
                  {translate(col.label)}
                </TableCell>
              );
            })}
          </TableRow>
        </TableHead>
        <TableBody>{children}</TableBody>
      </Table>
    </TableContainer>
  );
};

export { TableCell, TableRow };
