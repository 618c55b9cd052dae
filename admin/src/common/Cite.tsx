import { Chip, Tooltip } from '@mui/material';
import { useTranslate } from 'react-admin';

export interface CitationLike {
  cite: string;
  lines?: string | null;
}

/**
 * Where a value is stated: a small grey chip ("S3 §7") with the lines of the decree's Kazakh text in a tooltip,
 * so that a supervisor can trace each value back to the source.
 */
export const Cite = ({ source }: { source?: CitationLike | null }) => {
  const translate = useTranslate();
  if (!source?.cite) return null;
  const title = source.lines ? translate('app.source.lines', { cite: source.cite, lines: source.lines }) : source.cite;
  return (
    <Tooltip title={title} arrow placement="top">
      <Chip
        component="span"
        size="small"
        variant="outlined"
        label={source.cite}
        data-testid="cite"
        aria-label={title}
        sx={{
          height: 18,
          fontSize: 10.5,
          color: 'text.secondary',
          borderColor: 'grey.300',
          bgcolor: 'grey.50',
          verticalAlign: 'text-bottom',
          ml: 0.75,
          cursor: 'help',
          '& .MuiChip-label': { px: 0.75 },
        }}
      />
    </Tooltip>
  );
};
