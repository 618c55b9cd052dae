import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { formatDays } from '../common/weekdays';
import type { OfficeRecord } from '../dataProvider/offices';

/** The office's weekly hours: days, open–close, lunch. */
export const OpeningHoursTable = (_: { label?: string }) => {
  const record = useRecordContext<OfficeRecord>();
  const translate = useTranslate();
  const rows = record?.openingHours ?? [];
  if (!rows.length) return <Typography variant="body2" color="text.disabled">{translate('app.offices.no_hours')}</Typography>;
  return (
    <Table size="small" sx={{ maxWidth: 520 }} data-testid="opening-hours">
      <TableHead>
        <TableRow>
          <TableCell>{translate('app.schedule.days')}</TableCell>
          <TableCell>{translate('app.schedule.hours')}</TableCell>
          <TableCell>{translate('app.schedule.lunch')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((h, i) => (
          <TableRow key={i}>
            <TableCell>{formatDays(h.days, translate)}</TableCell>
            <TableCell>
              {h.opens}–{h.closes}
            </TableCell>
            <TableCell>{h.lunchFrom && h.lunchTo ? `${h.lunchFrom}–${h.lunchTo}` : translate('app.schedule.no_lunch')}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
