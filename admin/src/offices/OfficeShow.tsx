import { Alert, Box, Stack, Typography } from '@mui/material';
import { EditButton, Labeled, Show, TextField, TopToolbar, useRecordContext, useTranslate, SimpleShowLayout } from 'react-admin';
import { Cite } from '../common/Cite';
import { L } from '../common/L';
import { LocaleDateField } from '../common/LocaleDateField';
import { LocalizedTextField } from '../common/LocalizedTextField';
import { LOCALES } from '../i18n';
import type { OfficeRecord } from '../dataProvider/offices';
import { ArchiveButton } from './ArchiveButton';
import { OfficeKindField } from './OfficeKindField';
import { OpeningHoursTable } from './OpeningHoursTable';
import { PhonesField } from './PhonesField';

const Actions = () => (
  <TopToolbar>
    <EditButton />
    <ArchiveButton />
  </TopToolbar>
);

const OfficeTitle = () => {
  const record = useRecordContext<OfficeRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <>
      {translate('resources.offices.name', { smart_count: 1 })} <L value={record.name} />
    </>
  );
};

/** The name in each language, Kazakh first. */
const Names = (_: { label?: string }) => {
  const record = useRecordContext<OfficeRecord>();
  if (!record) return null;
  return (
    <Stack spacing={0.5}>
      {LOCALES.map(({ locale, name }) => (
        <Box key={locale} sx={{ display: 'flex', gap: 2 }}>
          <Typography variant="caption" color="text.secondary" sx={{ width: 88, flexShrink: 0 }}>
            {name}
          </Typography>
          <Typography variant="body2" lang={locale} color={record.name[locale] ? 'text.primary' : 'text.disabled'}>
            {record.name[locale] || '—'}
          </Typography>
        </Box>
      ))}
    </Stack>
  );
};

/** Remarks on the printed source (a spelling corrected in later copies, a printed error). */
const Notes = (_: { label?: string }) => {
  const record = useRecordContext<OfficeRecord>();
  const translate = useTranslate();
  if (!record?.notes.length) return <Typography variant="body2" color="text.disabled">—</Typography>;
  return (
    <Stack spacing={1}>
      {record.notes.map((n, i) => (
        <Alert key={i} severity={n.kind === 'PRINTED_ERROR' ? 'warning' : 'info'} variant="outlined" sx={{ py: 0 }}>
          <Typography variant="caption" sx={{ fontWeight: 600, display: 'block' }}>
            {translate(`app.note_kind.${n.kind}`, { _: n.kind })}
            {n.lines ? ` · ${n.lines}` : ''}
          </Typography>
          <Typography variant="body2" lang="en">
            {n.text}
          </Typography>
        </Alert>
      ))}
    </Stack>
  );
};

const SourceField = (_: { label?: string }) => {
  const record = useRecordContext<OfficeRecord>();
  const translate = useTranslate();
  return record?.source ? <Cite source={record.source} /> : <Typography variant="body2" color="text.secondary">{translate('app.offices.added_by_admin')}</Typography>;
};

const ArchivedBanner = () => {
  const record = useRecordContext<OfficeRecord>();
  const translate = useTranslate();
  if (!record?.archived) return null;
  return (
    <Alert severity="warning" sx={{ mb: 1 }}>
      {translate('app.offices.archived_on')} <LocaleDateField source="archivedAt" showTime />
    </Alert>
  );
};

export const OfficeShow = () => (
  <Show title={<OfficeTitle />} actions={<Actions />}>
    <SimpleShowLayout>
      <ArchivedBanner />
      <LocalizedTextField source="name" label={false} variant="h6" />
      <Stack direction="row" spacing={5} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <Labeled source="regionCode">
          <LocalizedTextField source="regionName" />
        </Labeled>
        <Labeled source="printedNumber">
          <TextField source="printedNumber" emptyText="—" />
        </Labeled>
        <Labeled source="kind">
          <OfficeKindField source="kind" />
        </Labeled>
        <Labeled source="postcode">
          <TextField source="postcode" emptyText="—" />
        </Labeled>
        <Labeled source="source">
          <SourceField />
        </Labeled>
      </Stack>
      <Labeled source="branch" fullWidth>
        <LocalizedTextField source="branch.name" emptyText="—" />
      </Labeled>
      <Labeled source="address" fullWidth>
        <LocalizedTextField source="address" emptyText="—" />
      </Labeled>
      <Labeled source="phones">
        <PhonesField />
      </Labeled>
      <Labeled source="openingHours" fullWidth>
        <OpeningHoursTable />
      </Labeled>
      <Labeled label="app.offices.names" fullWidth>
        <Names />
      </Labeled>
      <Labeled source="notes" fullWidth>
        <Notes />
      </Labeled>
      <Stack direction="row" spacing={5} useFlexGap>
        <Labeled source="updatedAt">
          <LocaleDateField source="updatedAt" showTime />
        </Labeled>
        <Labeled source="version">
          <TextField source="version" />
        </Labeled>
      </Stack>
    </SimpleShowLayout>
  </Show>
);
