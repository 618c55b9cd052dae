import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { AuditEntryRecord } from '../dataProvider/audit';
import { diff, show } from './diff';

const Value = ({ value, tone }: { value: unknown; tone: 'before' | 'after' }) =>
  value === undefined ? (
    <Box component="span" sx={{ color: 'text.disabled' }}>
      —
    </Box>
  ) : (
    <Box
      component="span"
      sx={{
        fontFamily: 'monospace',
        fontSize: 12.5,
        px: 0.5,
        borderRadius: 0.5,
        bgcolor: tone === 'before' ? '#fdecea' : '#e6f4ea',
        color: tone === 'before' ? '#8c1d18' : '#0d5323',
        textDecoration: tone === 'before' ? 'line-through' : 'none',
        wordBreak: 'break-word',
      }}
    >
      {show(value)}
    </Box>
  );

/** The entry's change as a compact diff: one row per changed value. */
export const AuditDiff = () => {
  const record = useRecordContext<AuditEntryRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const changes = diff(record.before, record.after);
  return (
    <Box sx={{ py: 1, px: 2 }} data-testid="audit-diff">
      {changes.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('app.audit.no_changes')}
        </Typography>
      ) : (
        <Table size="small" sx={{ '& td, & th': { py: 0.5 } }}>
          <TableHead>
            <TableRow>
              <TableCell sx={{ width: '25%' }}>{translate('app.audit.field')}</TableCell>
              <TableCell>{translate('app.audit.before')}</TableCell>
              <TableCell>{translate('app.audit.after')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {changes.map((c) => (
              <TableRow key={c.path}>
                <TableCell sx={{ fontFamily: 'monospace', fontSize: 12.5, color: 'text.secondary' }}>{c.path}</TableCell>
                <TableCell>
                  <Value value={c.before} tone="before" />
                </TableCell>
                <TableCell>
                  <Value value={c.after} tone="after" />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {record.requestId && (
        <Typography variant="caption" color="text.secondary" component="div" sx={{ mt: 1 }}>
          {translate('app.audit.request_id')}: <code>{record.requestId}</code>
        </Typography>
      )}
    </Box>
  );
};
