import type { ReactNode } from 'react';
import { Box, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { ActivityEntryRecord } from '../dataProvider/activity';
import { RecordId } from './fields';

const Fact = ({ label, children }: { label: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ mb: 1 }}>
      <Typography variant="caption" color="text.secondary" component="div">
        {translate(label)}
      </Typography>
      <Box sx={{ fontFamily: 'monospace', fontSize: 12.5, wordBreak: 'break-all' }}>{children}</Box>
    </Box>
  );
};

/**
 * An entry opened: the arguments the call carried, as formatted JSON (the server removed passwords, secrets and
 * applicants' data before storing them), every record it named, and the ids that find it in the server's logs.
 */
export const ActivityDetails = () => {
  const record = useRecordContext<ActivityEntryRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const hasArguments = record.variables != null && !(typeof record.variables === 'object' && !Array.isArray(record.variables) && Object.keys(record.variables).length === 0);
  return (
    <Box sx={{ py: 1.5, px: 2, display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'minmax(0, 3fr) minmax(240px, 1fr)' }, gap: 2 }} data-testid="activity-details">
      <Box sx={{ minWidth: 0 }}>
        <Typography variant="subtitle2" sx={{ mb: 0.5 }}>
          {translate('app.activity.arguments')}
        </Typography>
        {hasArguments ? (
          <>
            <Box
              component="pre"
              data-testid="activity-variables"
              sx={{ m: 0, p: 1.5, bgcolor: 'grey.50', border: 1, borderColor: 'grey.200', borderRadius: 1, fontSize: 12.5, lineHeight: 1.5, overflow: 'auto', maxHeight: 420 }}
            >
              {JSON.stringify(record.variables, null, 2)}
            </Box>
            <Typography variant="caption" color="text.secondary" component="div" sx={{ mt: 0.5 }}>
              {translate('app.activity.redacted_note')}
            </Typography>
          </>
        ) : (
          <Typography variant="body2" color="text.secondary">
            {translate(record.kind === 'PERSONAL_DATA_READ' ? 'app.activity.no_arguments_read' : 'app.activity.no_arguments')}
          </Typography>
        )}
      </Box>
      <Box sx={{ minWidth: 0 }}>
        {record.entityIds.length > 0 && (
          <Fact label="app.activity.records">
            <Box component="ul" sx={{ m: 0, pl: 2.5, maxHeight: 240, overflow: 'auto' }} data-testid="activity-all-records">
              {record.entityIds.map((id) => (
                <li key={id}>
                  <RecordId type={record.entityType} id={id} full />
                </li>
              ))}
            </Box>
          </Fact>
        )}
        {record.actorId && <Fact label="app.activity.account_id">{record.actorId}</Fact>}
        {record.requestId && <Fact label="app.activity.request_id">{record.requestId}</Fact>}
        <Fact label="app.activity.entry_id">{record.id}</Fact>
      </Box>
    </Box>
  );
};
