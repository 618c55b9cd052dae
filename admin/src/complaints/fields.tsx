import { Box, Typography } from '@mui/material';
import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import { EnumChipField } from '../common/EnumChipField';
import { L } from '../common/L';
import type { ComplaintRecord } from '../dataProvider/complaints';

export const ComplaintStatusField = ({ source = 'status', ...props }: Partial<FieldProps>) => (
  <EnumChipField {...props} source={source} prefix="app.complaint_status" colors={{ REGISTERED: 'info', RESOLVED: 'success' }} variants={{ REGISTERED: 'outlined' }} />
);

/** What the complaint is about: the office or department, and the employee if named. */
export const ComplaintAboutField = (_: { label?: string }) => {
  const record = useRecordContext<ComplaintRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const place = record.office ?? record.department;
  return (
    <Box>
      {place ? <L value={place.name} component="div" sx={{ typography: 'body2' }} /> : <Typography variant="body2">{translate(`app.complaint_addressee.${record.addressee}`)}</Typography>}
      {record.employeeName && (
        <Typography variant="caption" color="text.secondary" component="div">
          {record.employeeName}
        </Typography>
      )}
    </Box>
  );
};

/** "Overdue" in red while registered past its term. */
export const OverdueMark = () => {
  const record = useRecordContext<ComplaintRecord>();
  const translate = useTranslate();
  if (!record?.overdue) return null;
  return (
    <Typography component="span" variant="caption" sx={{ color: 'error.main', fontWeight: 700, ml: 1 }} data-testid="complaint-overdue">
      {translate('app.complaints.overdue')}
    </Typography>
  );
};
