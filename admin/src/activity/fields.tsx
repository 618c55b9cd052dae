import { Box, Chip, Typography } from '@mui/material';
import type { MouseEvent } from 'react';
import { Link, usePermissions, useRecordContext, useTranslate } from 'react-admin';
import type { Role } from '../../../schema/generated/graphql';
import { allowed } from '../authProvider';
import { EnumChipField } from '../common/EnumChipField';
import { formatInstant } from '../common/time';
import type { ActivityEntryRecord } from '../dataProvider/activity';
import { ROLE_COLORS } from '../users/roles';
import { RECORD_PAGES } from './operations';

const mono = { fontFamily: 'monospace', fontSize: 12.5 } as const;

/** A link inside a row that opens into its details: following it must not also expand the row. */
const stop = (event: MouseEvent) => event.stopPropagation();

/** When, in Kazakhstan's time to the second (the date filters count Kazakhstan's days too). */
export const AtField = () => {
  const record = useRecordContext<ActivityEntryRecord>();
  if (!record) return null;
  return (
    <Box component="span" title={record.at} sx={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
      {formatInstant(record.at, true)}
    </Box>
  );
};

/** The account (or, for a sign-in, the login tried), its role, and how it called: a session, an API key, or neither. */
export const ActorField = () => {
  const record = useRecordContext<ActivityEntryRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Box data-testid="activity-actor">
      <Box component="span" sx={{ ...mono, fontSize: 13, fontWeight: 600, wordBreak: 'break-all' }}>
        {record.actorLogin}
      </Box>
      <Box sx={{ display: 'flex', gap: 0.5, alignItems: 'center', flexWrap: 'wrap', mt: 0.25 }}>
        {record.role && (
          <Chip
            size="small"
            label={translate(`app.roles.${record.role}`, { _: record.role })}
            color={ROLE_COLORS[record.role as Role] ?? 'default'}
            variant="outlined"
            sx={{ height: 20, fontSize: 11.5 }}
          />
        )}
        {record.via && (
          <Typography variant="caption" color="text.secondary">
            {translate(`app.activity.via.${record.via}`, { _: record.via })}
          </Typography>
        )}
      </Box>
    </Box>
  );
};

/** What was done: the operation in words, and the API's name for it. */
export const OperationField = () => {
  const record = useRecordContext<ActivityEntryRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Box data-testid="activity-operation">
      <Typography variant="body2" component="div">
        {translate(`app.activity.operation.${record.operation}`, { _: record.operation })}
      </Typography>
      <Typography variant="caption" color="text.secondary" component="div" sx={mono}>
        {record.operation}
      </Typography>
    </Box>
  );
};

export const KindField = () => (
  <EnumChipField
    source="kind"
    prefix="app.activity.kind"
    colors={{ PERSONAL_DATA_READ: 'info', MUTATION: 'default' }}
    variants={{ PERSONAL_DATA_READ: 'outlined', MUTATION: 'outlined' }}
    sx={{ height: 22, fontSize: 11.5 }}
  />
);

export const OutcomeField = () => <EnumChipField source="outcome" prefix="app.activity.outcome" colors={{ OK: 'success', USER_ERRORS: 'warning', ERROR: 'error' }} />;

/** One record's id: shortened in the row (whole in `full`), a link to its page when the viewer may open it. */
export const RecordId = ({ type, id, full = false }: { type: string | null | undefined; id: string; full?: boolean }) => {
  const { permissions } = usePermissions<Role | undefined>();
  const page = type ? RECORD_PAGES[type] : undefined;
  const label = full ? id : id.slice(0, 8);
  if (page && allowed(permissions, page.resource, page.action)) {
    return (
      <Link to={page.path(id)} onClick={stop} title={id} sx={mono} data-testid="activity-record-link">
        {label}
      </Link>
    );
  }
  return (
    <Box component="span" title={id} sx={{ ...mono, color: 'text.secondary' }}>
      {label}
    </Box>
  );
};

const SHOWN = 3;

/** Which records: their type, and the first few ids (a list read may name many; the details show them all). */
export const RecordsField = () => {
  const record = useRecordContext<ActivityEntryRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const ids = record.entityIds;
  if (!ids.length) {
    return (
      <Box component="span" sx={{ color: 'text.disabled' }}>
        —
      </Box>
    );
  }
  return (
    <Box data-testid="activity-records">
      {record.entityType && (
        <Typography variant="caption" color="text.secondary" component="div">
          {translate(`app.activity.entity.${record.entityType}`, { _: record.entityType })}
        </Typography>
      )}
      <Box sx={{ display: 'flex', gap: 0.75, flexWrap: 'wrap', alignItems: 'baseline' }}>
        {ids.slice(0, SHOWN).map((id) => (
          <RecordId key={id} type={record.entityType} id={id} />
        ))}
        {ids.length > SHOWN && (
          <Typography variant="caption" color="text.secondary">
            {translate('app.activity.more_records', { smart_count: ids.length - SHOWN })}
          </Typography>
        )}
      </Box>
    </Box>
  );
};

export const IpField = () => {
  const record = useRecordContext<ActivityEntryRecord>();
  if (!record) return null;
  return (
    <Box component="span" sx={{ ...mono, color: record.ip ? 'text.primary' : 'text.disabled' }}>
      {record.ip ?? '—'}
    </Box>
  );
};
