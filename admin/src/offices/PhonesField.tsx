import { Box, Tooltip, Typography } from '@mui/material';
import WarningAmberOutlined from '@mui/icons-material/WarningAmberOutlined';
import { useRecordContext, useTranslate } from 'react-admin';

interface PhoneValue {
  printed: string;
  e164?: string | null;
  flag?: string | null;
}

/** Each phone as printed, linked by its E.164 form; a flag (e.g. not normalisable) as a warning icon. */
export const PhonesField = ({ inline }: { inline?: boolean; label?: string }) => {
  const record = useRecordContext<{ phoneDetails: PhoneValue[] }>();
  const translate = useTranslate();
  const phones = record?.phoneDetails ?? [];
  if (!phones.length) return <Typography variant="body2" color="text.disabled">—</Typography>;
  return (
    <Box sx={{ display: 'flex', flexDirection: inline ? 'row' : 'column', flexWrap: 'wrap', columnGap: 1.5 }}>
      {phones.map((p, i) => (
        <Typography key={i} variant="body2" component="span" sx={{ whiteSpace: 'nowrap' }}>
          {p.e164 ? (
            <Tooltip title={p.e164}>
              <span>{p.printed}</span>
            </Tooltip>
          ) : (
            p.printed
          )}
          {(p.flag || !p.e164) && (
            <Tooltip title={p.flag ?? translate('app.offices.phone_not_normalised')}>
              <WarningAmberOutlined sx={{ fontSize: 14, color: 'warning.main', ml: 0.5, verticalAlign: 'middle' }} />
            </Tooltip>
          )}
        </Typography>
      ))}
    </Box>
  );
};
