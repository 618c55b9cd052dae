import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { formatInstant } from '../common/time';
import type { ApplicationRecord } from '../dataProvider/applications';

type Event = ApplicationRecord['history'][number];

const DOT: Record<string, string> = {
  SUBMIT: '#0288d1',
  REFUSE_AT_ACCEPTANCE: '#d32f2f',
  REFUSE: '#d32f2f',
  EXTEND: '#ed6c02',
  ISSUE: '#2e7d32',
  READY: '#e0a800',
};

/** Steps whose reason the server writes itself, in English: the console says it in the user's language. */
const SYSTEM_REASONS = new Set(['REFUSE_AT_ACCEPTANCE', 'TRANSFER_UNCOLLECTED']);

/** The steps of an application, oldest first, as a vertical timeline: when, what, who, from → to, why. */
export const History = ({ events }: { events: readonly Event[] }) => {
  const translate = useTranslate();
  const sorted = [...events].sort((a, b) => a.at.localeCompare(b.at));
  if (!sorted.length) return <Typography variant="body2" color="text.disabled">—</Typography>;
  return (
    <Box component="ol" sx={{ listStyle: 'none', m: 0, p: 0 }} data-testid="timeline">
      {sorted.map((e, i) => (
        <Box component="li" key={e.id} sx={{ display: 'flex', gap: 1.5 }} data-testid="timeline-event">
          <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center', pt: 0.5 }}>
            <Box sx={{ width: 12, height: 12, borderRadius: '50%', bgcolor: DOT[e.action] ?? 'primary.main', flexShrink: 0 }} />
            {i < sorted.length - 1 && <Box sx={{ width: 2, flex: 1, bgcolor: 'grey.300', my: 0.5 }} />}
          </Box>
          <Box sx={{ pb: 2, minWidth: 0 }}>
            <Typography variant="body2" sx={{ fontWeight: 600 }}>
              {translate(`app.application_history.${e.action}`, { _: e.action })}
            </Typography>
            <Typography variant="caption" color="text.secondary" component="div">
              {formatInstant(e.at)} · {e.actorLogin}
            </Typography>
            {e.fromStatus !== e.toStatus && (
              <Typography variant="caption" color="text.secondary" component="div">
                {e.fromStatus ? `${translate(`app.application_status.${e.fromStatus}`)} → ` : ''}
                {translate(`app.application_status.${e.toStatus}`)}
              </Typography>
            )}
            {SYSTEM_REASONS.has(e.action) ? (
              <Typography variant="body2" sx={{ mt: 0.25 }} color="text.secondary">
                {translate(`app.application_history_reason.${e.action}`)}
              </Typography>
            ) : e.reason && (
              <Typography variant="body2" sx={{ mt: 0.25, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} color="text.secondary">
                {e.reason}
              </Typography>
            )}
          </Box>
        </Box>
      ))}
    </Box>
  );
};
