import { useState, type ReactNode } from 'react';
import { Alert, AlertTitle, Box, Button, Paper, Stack, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import EventRepeatOutlined from '@mui/icons-material/EventRepeatOutlined';
import GavelOutlined from '@mui/icons-material/GavelOutlined';
import {
  DateInput,
  DateTimeInput,
  Link,
  ListButton,
  SelectInput,
  Show,
  TextInput,
  TopToolbar,
  required,
  useNotify,
  useRecordContext,
  useTranslate,
  useUpdate,
} from 'react-admin';
import { WhoViewedButton } from '../activity';
import { enumChoices } from '../common/EnumChipField';
import { FormDialog } from '../common/FormDialog';
import { L } from '../common/L';
import { shortDay } from '../common/dates';
import { formatInstant, localDateTimeInput } from '../common/time';
import type { ComplaintRecord } from '../dataProvider/complaints';
import { NOTIFICATION_METHODS } from '../applications/enums';
import { COMPLAINT_OUTCOMES } from './enums';
import { ComplaintStatusField, OverdueMark } from './fields';

const plusDays = (day: string, days: number) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

const ActionButton = ({ action, record }: { action: 'EXTEND' | 'RESOLVE'; record: ComplaintRecord }) => {
  const [open, setOpen] = useState(false);
  const translate = useTranslate();
  const notify = useNotify();
  const [update] = useUpdate();
  const onSubmit = async (values: Record<string, unknown>) => {
    await update('complaints', { id: record.id, data: { ...values, action, version: record.version }, previousData: record }, { mutationMode: 'pessimistic', returnPromise: true });
    notify(action === 'EXTEND' ? 'app.complaints.extended' : 'app.complaints.resolved', { type: 'success', messageArgs: { number: record.number } });
  };
  const limit = plusDays(record.receivedOn, record.rule.extendedDays);
  const methods = enumChoices(NOTIFICATION_METHODS, 'app.notification_method');
  return (
    <>
      <Button
        size="small"
        variant={action === 'RESOLVE' ? 'contained' : 'outlined'}
        startIcon={action === 'EXTEND' ? <EventRepeatOutlined /> : <GavelOutlined />}
        onClick={() => setOpen(true)}
        data-testid={`complaint-${action}`}
        disableElevation
      >
        {translate(`app.complaints.actions.${action}`)}
      </Button>
      <FormDialog
        open={open}
        onClose={() => setOpen(false)}
        title={`app.complaints.dialog.${action}`}
        titleOptions={{ number: record.number }}
        confirmLabel={`app.complaints.actions.${action}`}
        onSubmit={onSubmit}
        defaultValues={
          action === 'EXTEND'
            ? { noticeSentAt: localDateTimeInput(), noticeMethod: record.complainant.email ? 'EMAIL' : 'POST' }
            : { complainantNotifiedAt: localDateTimeInput(), notificationMethod: record.complainant.email ? 'EMAIL' : 'POST' }
        }
        testId={`dialog-complaint-${action}`}
      >
        {action === 'EXTEND' ? (
          <>
            <Typography variant="body2" sx={{ mb: 1 }}>
              {translate('app.complaints.extend_intro', { due: shortDay(record.dueOn), limit: shortDay(limit), smart_count: record.rule.extendedDays })}
            </Typography>
            <TextInput source="reason" label="app.complaints.fields.extension_reason" validate={required()} multiline minRows={2} fullWidth />
            <DateInput source="newDueOn" label="app.complaints.fields.new_due_on" helperText="app.complaints.new_due_on_help" />
            <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, columnGap: 2 }}>
              <DateTimeInput source="noticeSentAt" label="app.complaints.fields.notice_sent_at" validate={required()} />
              <SelectInput source="noticeMethod" label="app.complaints.fields.notice_method" choices={methods} validate={required()} />
            </Box>
          </>
        ) : (
          <>
            <SelectInput source="outcome" label="app.complaints.fields.outcome" choices={enumChoices(COMPLAINT_OUTCOMES, 'app.complaint_outcome')} validate={required()} fullWidth />
            <TextInput source="outcomeText" label="app.complaints.fields.outcome_text" validate={required()} multiline minRows={3} fullWidth />
            <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, columnGap: 2 }}>
              <DateTimeInput source="complainantNotifiedAt" label="app.complaints.fields.notified_at" validate={required()} />
              <SelectInput source="notificationMethod" label="app.complaints.fields.notification_method" choices={methods} validate={required()} />
            </Box>
          </>
        )}
      </FormDialog>
    </>
  );
};

const Actions = () => {
  const record = useRecordContext<ComplaintRecord>();
  return (
    <TopToolbar sx={{ gap: 1, alignItems: 'center' }}>
      {record?.status === 'REGISTERED' && !record.extension && <ActionButton action="EXTEND" record={record} />}
      {record?.status === 'REGISTERED' && <ActionButton action="RESOLVE" record={record} />}
      <WhoViewedButton />
      <ListButton />
    </TopToolbar>
  );
};

const Title = () => {
  const record = useRecordContext<ComplaintRecord>();
  const translate = useTranslate();
  return record ? (
    <>
      {translate('resources.complaints.name', { smart_count: 1 })} {record.number}
    </>
  ) : null;
};

const Section = ({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) => {
  const translate = useTranslate();
  return (
    <Paper variant="outlined" sx={{ p: 2, mb: 2 }} data-testid={testId} component="section">
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, color: 'primary.dark', mb: 1 }}>
        {translate(title)}
      </Typography>
      {children}
    </Paper>
  );
};

const Facts = ({ rows }: { rows: [string, ReactNode][] }) => {
  const translate = useTranslate();
  return (
    <Table size="small" sx={{ '& td': { borderBottom: 'none', py: 0.5, px: 0, verticalAlign: 'top' } }}>
      <TableBody>
        {rows.map(([label, value]) => (
          <TableRow key={label}>
            <TableCell sx={{ width: { xs: 140, md: 220 }, color: 'text.secondary', pr: '16px !important' }}>{translate(label)}</TableCell>
            <TableCell sx={{ whiteSpace: 'pre-wrap' }}>{value}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

const ComplaintView = () => {
  const record = useRecordContext<ComplaintRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const c = record.complainant;
  const place = record.office ?? record.department;
  return (
    <Box sx={{ p: { xs: 1.5, md: 2.5 } }}>
      <Stack direction="row" spacing={1.5} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 2 }}>
        <Typography variant="h5" component="h1" sx={{ fontFamily: 'monospace', fontWeight: 600 }}>
          {record.number}
        </Typography>
        <ComplaintStatusField source="status" />
        <OverdueMark />
      </Stack>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 3fr) minmax(320px, 2fr)' }, columnGap: 2, alignItems: 'start' }}>
        <Box sx={{ minWidth: 0 }}>
          <Section title="app.complaints.sections.complaint">
            <Facts
              rows={[
                ['app.complaints.fields.form', translate(`app.complaint_form.${record.form}`)],
                ['app.complaints.fields.addressee', translate(`app.complaint_addressee.${record.addressee}`)],
                ['app.complaints.fields.about', place ? <L key="p" value={place.name} /> : '—'],
                ...(record.employeeName ? ([['app.complaints.fields.employee', record.employeeName]] as [string, ReactNode][]) : []),
                [
                  'app.complaints.fields.application',
                  record.application ? (
                    <Link key="a" to={`/applications/${encodeURIComponent(record.application.id)}/show`}>
                      {record.application.number}
                    </Link>
                  ) : (
                    '—'
                  ),
                ],
                ['app.complaints.fields.service', record.service ? <span key="s"><b>{record.service.code}</b> <L value={record.service.title} /></span> : '—'],
                ['app.complaints.fields.filed_on', shortDay(record.filedOn)],
                ['app.complaints.fields.reasons', record.reasons],
                ['app.complaints.fields.demands', record.demands],
              ]}
            />
          </Section>
          <Section title="app.complaints.sections.complainant">
            <Facts
              rows={[
                ['app.complaints.fields.complainant_name', c.fullName],
                ['app.complaints.fields.postal_address', c.postalAddress ?? '—'],
                ['app.complaints.fields.email', c.email ?? '—'],
                ['app.complaints.fields.phone', c.phone ?? '—'],
              ]}
            />
          </Section>
        </Box>
        <Box sx={{ minWidth: 0 }}>
          <Section title="app.complaints.sections.talon" testId="talon">
            <Facts
              rows={[
                ['app.complaints.fields.talon_number', <Box key="n" component="span" sx={{ fontFamily: 'monospace' }}>{record.talon.number}</Box>],
                ['app.complaints.fields.received_at', formatInstant(record.talon.receivedAt)],
                ['app.complaints.fields.receiver', record.talon.receiverName],
                ['app.complaints.fields.receiver_contact', record.talon.receiverContact ?? '—'],
              ]}
            />
          </Section>
          <Section title="app.complaints.sections.term" testId="complaint-term">
            <Facts
              rows={[
                ['app.complaints.fields.due_on', <Box key="d" component="span" sx={{ fontWeight: 600, color: record.overdue ? 'error.main' : undefined }}>{shortDay(record.dueOn)}</Box>],
                [
                  'app.complaints.fields.rule',
                  <Box key="r">
                    {translate('app.complaints.rule_text', { smart_count: record.rule.considerationDays, extended: record.rule.extendedDays })}
                    <Typography variant="caption" component="div" color="text.secondary" lang="en" sx={{ mt: 0.5 }}>
                      {record.rule.cite}
                    </Typography>
                  </Box>,
                ],
              ]}
            />
            {record.extension && (
              <Alert severity="info" variant="outlined" sx={{ mt: 1 }}>
                <AlertTitle>{translate('app.complaints.extension_title', { from: shortDay(record.extension.previousDueOn), to: shortDay(record.extension.newDueOn) })}</AlertTitle>
                {record.extension.reason}
                <Typography variant="caption" component="div" color="text.secondary">
                  {translate('app.complaints.notice', { at: formatInstant(record.extension.noticeSentAt), method: translate(`app.notification_method.${record.extension.noticeMethod}`) })}
                </Typography>
              </Alert>
            )}
          </Section>
          {record.status === 'RESOLVED' && record.outcome && (
            <Section title="app.complaints.sections.outcome" testId="outcome">
              <Facts
                rows={[
                  ['app.complaints.fields.outcome', translate(`app.complaint_outcome.${record.outcome}`)],
                  ['app.complaints.fields.outcome_text', record.outcomeText ?? '—'],
                  ['app.complaints.fields.resolved_on', shortDay(record.resolvedOn)],
                  [
                    'app.complaints.fields.notified_at',
                    record.complainantNotifiedAt
                      ? `${formatInstant(record.complainantNotifiedAt)}${record.notificationMethod ? ` · ${translate(`app.notification_method.${record.notificationMethod}`)}` : ''}`
                      : '—',
                  ],
                ]}
              />
            </Section>
          )}
        </Box>
      </Box>
    </Box>
  );
};

/** One complaint: its talon, term (and extension), what it is about, who complained, and its outcome. */
export const ComplaintShow = () => (
  <Show title={<Title />} actions={<Actions />}>
    <ComplaintView />
  </Show>
);
