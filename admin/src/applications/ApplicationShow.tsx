import { Link } from 'react-router';
import type { ReactNode } from 'react';
import { Alert, AlertTitle, Box, Chip, Divider, LinearProgress, Paper, Stack, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import ReceiptLongOutlined from '@mui/icons-material/ReceiptLongOutlined';
import { Button, ListButton, Show, TopToolbar, useRecordContext, useTranslate, useCanAccess } from 'react-admin';
import { WhoViewedButton } from '../activity';
import { Cite } from '../common/Cite';
import { L } from '../common/L';
import { shortDay, useFormatDay } from '../common/dates';
import { useLocalizedText } from '../common/localizedText';
import { formatInstant } from '../common/time';
import type { ApplicationRecord, PresentedDocument } from '../dataProvider/applications';
import { FeedbackButton } from '../feedback/FeedbackButton';
import { Day, StatusField, TermText, TimelinessField, useRemainingText } from './fields';
import { History } from './History';
import { StepButtons } from './StepButtons';

/**
 * A record from the list (react-admin seeds the show page's cache with it) lacks the details: they arrive with the
 * page's own request a moment later.
 */
const isDetailed = (record: ApplicationRecord | undefined): record is ApplicationRecord => !!record?.receipt && !!record.history;

const ReceiptButton = () => {
  const record = useRecordContext<ApplicationRecord>();
  if (!isDetailed(record)) return null;
  return (
    <Button
      component={Link}
      to={`/applications/${encodeURIComponent(String(record.id))}/receipt`}
      label={record.receipt.kind === 'REFUSAL' ? 'app.receipt.open_refusal' : 'app.receipt.open'}
      data-testid="open-receipt"
    >
      <ReceiptLongOutlined />
    </Button>
  );
};

const Actions = () => {
  const { canAccess: operator } = useCanAccess({ resource: 'feedback', action: 'create' });
  return (
    <TopToolbar sx={{ gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
      <StepButtons />
      <ReceiptButton />
      {operator && <FeedbackButton />}
      <WhoViewedButton />
      <ListButton />
    </TopToolbar>
  );
};

const Title = () => {
  const record = useRecordContext<ApplicationRecord>();
  const translate = useTranslate();
  return record ? (
    <>
      {translate('resources.applications.name', { smart_count: 1 })} {record.number}
    </>
  ) : null;
};

/** A titled block of the page. */
const Section = ({ title, children, testId, action }: { title: string; children: ReactNode; testId?: string; action?: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Paper variant="outlined" sx={{ p: 2, mb: 2 }} data-testid={testId} component="section">
      <Box sx={{ display: 'flex', alignItems: 'center', mb: 1.5 }}>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, color: 'primary.dark', flex: 1 }}>
          {translate(title)}
        </Typography>
        {action}
      </Box>
      {children}
    </Paper>
  );
};

/** Label–value rows. */
const Facts = ({ rows, testId }: { rows: [string, ReactNode][]; testId?: string }) => {
  const translate = useTranslate();
  return (
    <Table size="small" sx={{ '& td': { borderBottom: 'none', py: 0.5, px: 0, verticalAlign: 'top' } }} data-testid={testId}>
      <TableBody>
        {rows.map(([label, value]) => (
          <TableRow key={label}>
            <TableCell sx={{ width: { xs: 140, md: 220 }, color: 'text.secondary', pr: '16px !important' }}>{translate(label)}</TableCell>
            <TableCell>{value}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

const Header = ({ record }: { record: ApplicationRecord }) => {
  const translate = useTranslate();
  const place = record.office ?? record.department;
  return (
    <Box sx={{ mb: 2 }}>
      <Stack direction="row" spacing={1.5} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 1 }}>
        <Typography variant="h5" component="h1" sx={{ fontFamily: 'monospace', fontWeight: 600 }} data-testid="application-number">
          {record.number}
        </Typography>
        <Box component="span" data-testid="application-status">
          <StatusField source="status" />
        </Box>
        <Box component="span" data-testid="application-timeliness">
          <TimelinessField source="timeliness" />
        </Box>
        {record.submittedVia === 'API' && <Chip size="small" variant="outlined" label={translate('app.applications.via_api')} />}
      </Stack>
      <Typography variant="subtitle1" sx={{ lineHeight: 1.4 }}>
        <b>{record.service.code}</b> <L value={record.receipt.serviceTitle} />
      </Typography>
      {record.case && (
        <Typography variant="body2" color="text.secondary">
          {translate('app.applications.case')}: {record.case.number && `${record.case.number} `}
          <L value={record.case.title} />
        </Typography>
      )}
      <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
        {translate(`app.channel.${record.channel}`)}
        {place && (
          <>
            {' · '}
            <L value={place.name} />
          </>
        )}
        {' · '}
        {translate('app.applications.accepted_by', { at: formatInstant(record.acceptedAt), name: record.acceptedByName })}
      </Typography>
    </Box>
  );
};

const DocumentList = ({ items, missing }: { items: readonly PresentedDocument[]; missing?: boolean }) => {
  const translate = useTranslate();
  if (!items.length) {
    return (
      <Typography variant="body2" color="text.disabled">
        {translate(missing ? 'app.applications.nothing_missing' : 'app.applications.no_documents')}
      </Typography>
    );
  }
  return (
    <Box component="ol" sx={{ m: 0, pl: 3, '& li': { mb: 0.5 } }} data-testid={missing ? 'missing-documents' : 'presented-documents'}>
      {items.map((d) => (
        <Typography key={d.requirementId} component="li" variant="body2" color={missing ? 'error.main' : 'text.primary'}>
          <L value={d.name} />
          <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 0.75 }}>
            {translate(`app.document_kind.${d.kind}`)}
          </Typography>
          {d.cite && <Cite source={{ cite: d.cite }} />}
        </Typography>
      ))}
    </Box>
  );
};

const TermSection = ({ record }: { record: ApplicationRecord }) => {
  const translate = useTranslate();
  const formatDay = useFormatDay();
  const remaining = useRemainingText();
  if (record.status === 'REFUSED_AT_ACCEPTANCE') return null;
  const ext = record.extension;
  return (
    <Section title="app.applications.sections.term" testId="term">
      <Box sx={{ display: 'flex', alignItems: 'flex-end', gap: 2, flexWrap: 'wrap', mb: 1 }}>
        <Box>
          <Typography variant="caption" color="text.secondary" component="div">
            {translate('resources.applications.fields.dueOn')}
          </Typography>
          <Typography variant="h6" component="div" data-testid="due-on" sx={{ lineHeight: 1.3 }}>
            {record.dueOn ? formatDay(record.dueOn) : '—'}
          </Typography>
        </Box>
        {record.remainingWorkingDays != null && (
          <Typography
            variant="body1"
            data-testid="remaining"
            sx={{ fontWeight: 600, color: record.remainingWorkingDays < 0 ? 'error.main' : record.remainingWorkingDays <= 2 ? 'warning.dark' : 'success.dark' }}
          >
            {remaining(record.remainingWorkingDays)}
          </Typography>
        )}
      </Box>
      {record.dueProvisional && (
        <Alert severity="warning" variant="outlined" sx={{ mb: 1.5, py: 0 }} data-testid="provisional">
          {translate('app.applications.provisional_until_hand_over')}
        </Alert>
      )}
      <Facts
        rows={[
          ...(record.term ? ([['app.applications.applied_term', <TermText key="t" term={record.term} />]] as [string, ReactNode][]) : []),
          ...(record.termCase ? ([['app.applications.term_case', <L key="tc" value={record.termCase.title} />]] as [string, ReactNode][]) : []),
          ...(record.originalDueOn ? ([['app.applications.original_due_on', <Day key="o" value={record.originalDueOn} />]] as [string, ReactNode][]) : []),
        ]}
      />
      {ext && (
        <Box sx={{ mt: 1.5, p: 1.5, bgcolor: 'grey.50', borderRadius: 1, border: 1, borderColor: 'grey.200' }} data-testid="extension">
          <Typography variant="subtitle2" sx={{ mb: 0.5 }}>
            {translate('app.applications.extension.title', { from: shortDay(ext.previousDueOn), to: shortDay(ext.newDueOn) })}
          </Typography>
          <Facts
            rows={[
              ['app.applications.extension.rule', <TermText key="r" term={ext.rule} withText={false} />],
              ['app.applications.extension.limit', shortDay(ext.limitOn)],
              ['app.applications.extension.reason', ext.reason],
              [
                'app.applications.extension.notified',
                `${formatInstant(ext.applicantNotifiedAt)} · ${translate(`app.notification_method.${ext.notifiedBy}`)}`,
              ],
            ]}
          />
        </Box>
      )}
    </Section>
  );
};

const ProgressSection = ({ record }: { record: ApplicationRecord }) => {
  const translate = useTranslate();
  const rows: [string, ReactNode][] = [['app.applications.accepted_at', formatInstant(record.acceptedAt)]];
  if (record.channel === 'CENTRE' && record.status !== 'REFUSED_AT_ACCEPTANCE') {
    rows.push(['app.applications.handed_over_on', record.handedOverOn ? shortDay(record.handedOverOn) : <Typography key="h" variant="body2" component="span" color="text.disabled">{translate('app.applications.not_yet')}</Typography>]);
  }
  if (record.readyOn) rows.push(['app.applications.ready_on', shortDay(record.readyOn)]);
  if (record.refusedOn) rows.push(['app.applications.refused_on', shortDay(record.refusedOn)]);
  if (record.issuedAt) rows.push(['app.applications.issued_at', formatInstant(record.issuedAt)]);
  if (record.transferredAt) rows.push(['app.applications.transferred_at', formatInstant(record.transferredAt)]);
  if (record.completedOn) rows.push(['app.applications.completed_on', shortDay(record.completedOn)]);
  if (record.commissionDecisionApprovedOn) rows.push(['app.applications.decision_on', shortDay(record.commissionDecisionApprovedOn)]);
  return (
    <Section title="app.applications.sections.progress" testId="progress">
      <Facts rows={rows} />
      {record.refusalReasons && (
        <Alert severity="error" variant="outlined" sx={{ mt: 1 }}>
          <AlertTitle>{translate('app.applications.refusal_reasons')}</AlertTitle>
          {record.refusalReasons}
        </Alert>
      )}
    </Section>
  );
};

const ApplicantSection = ({ record }: { record: ApplicationRecord }) => {
  const translate = useTranslate();
  const a = record.applicant;
  return (
    <Section title="app.applications.sections.applicant" testId="applicant">
      {a.masked && (
        <Alert severity="info" variant="outlined" sx={{ mb: 1, py: 0 }}>
          {translate('app.applications.masked')}
        </Alert>
      )}
      <Facts
        rows={[
          ['app.applications.applicant.full_name', a.fullName],
          ['app.applications.applicant.iin', <Box key="iin" component="span" sx={{ fontFamily: 'monospace' }} data-testid="show-iin">{a.iin}</Box>],
          ['app.applications.applicant.birth_date', shortDay(a.birthDate)],
          ['app.applications.applicant.phone', a.phone],
          ...(a.masked ? [] : ([['app.applications.applicant.address', a.address ?? '—']] as [string, ReactNode][])),
        ]}
      />
    </Section>
  );
};

const AnswersSection = ({ record }: { record: ApplicationRecord }) => {
  const translate = useTranslate();
  const localized = useLocalizedText();
  if (record.status === 'REFUSED_AT_ACCEPTANCE' && !record.answers?.length) return null;
  if (!record.answers) {
    return (
      <Section title="app.applications.sections.answers">
        <Typography variant="body2" color="text.secondary">
          {translate('app.applications.answers_hidden')}
        </Typography>
      </Section>
    );
  }
  const answers = new Map(record.answers.map((a) => [a.key, a.value]));
  const fields = (record.service.form?.fields ?? []).filter((f) => f.type !== 'ADDRESSEE' && f.type !== 'SIGNATURE');
  const shown = fields.filter((f) => answers.get(f.key));
  return (
    <Section title="app.applications.sections.answers" testId="answers">
      {record.service.form && (
        <Typography variant="caption" color="text.secondary" component="div" sx={{ mb: 1 }}>
          {translate('app.applications.form_code', { code: record.service.form.code })}
        </Typography>
      )}
      {shown.length ? (
        <Table size="small" sx={{ '& td': { verticalAlign: 'top', py: 0.75 } }}>
          <TableBody>
            {shown.map((f) => {
              const value = answers.get(f.key)!;
              const choice = f.choices?.find((c) => c.value === value);
              return (
                <TableRow key={f.key}>
                  <TableCell sx={{ width: '45%', color: 'text.secondary' }}>{localized(f.label)}</TableCell>
                  <TableCell sx={{ whiteSpace: 'pre-wrap' }}>{choice ? localized(choice.label) : f.type === 'DATE' ? shortDay(value) : value}</TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      ) : (
        <Typography variant="body2" color="text.disabled">
          —
        </Typography>
      )}
    </Section>
  );
};

const DocumentsSection = ({ record }: { record: ApplicationRecord }) => {
  const translate = useTranslate();
  return (
    <Section title="app.applications.sections.documents" testId="documents">
      <Typography variant="subtitle2" sx={{ mb: 0.5 }}>
        {translate('app.applications.presented', { smart_count: record.documents.length })}
      </Typography>
      <DocumentList items={record.documents} />
      {(record.missingDocuments.length > 0 || record.status === 'REFUSED_AT_ACCEPTANCE') && (
        <>
          <Divider sx={{ my: 1.5 }} />
          <Typography variant="subtitle2" color="error.main" sx={{ mb: 0.5 }}>
            {translate('app.applications.missing')}
          </Typography>
          <DocumentList items={record.missingDocuments} missing />
        </>
      )}
    </Section>
  );
};

const RefusedBanner = ({ record }: { record: ApplicationRecord }) => {
  const translate = useTranslate();
  if (record.status !== 'REFUSED_AT_ACCEPTANCE') return null;
  return (
    <Alert severity="error" sx={{ mb: 2 }} data-testid="refused-banner" action={<ReceiptButton />}>
      <AlertTitle>{translate('app.applications.refused_title')}</AlertTitle>
      {translate('app.applications.refused_text', { smart_count: record.missingDocuments.length })}
      <DocumentList items={record.missingDocuments} missing />
    </Alert>
  );
};

const ApplicationView = () => {
  const record = useRecordContext<ApplicationRecord>();
  if (!isDetailed(record)) return <LinearProgress sx={{ m: 2 }} />;
  return (
    <Box sx={{ p: { xs: 1.5, md: 2.5 } }}>
      <Header record={record} />
      <RefusedBanner record={record} />
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 3fr) minmax(320px, 2fr)' }, columnGap: 2, alignItems: 'start' }}>
        <Box sx={{ minWidth: 0 }}>
          <TermSection record={record} />
          <ApplicantSection record={record} />
          <AnswersSection record={record} />
          <DocumentsSection record={record} />
        </Box>
        <Box sx={{ minWidth: 0 }}>
          <ProgressSection record={record} />
          <Section title="app.applications.sections.history" testId="history">
            <History events={record.history} />
          </Section>
        </Box>
      </Box>
    </Box>
  );
};

/** One application: where it stands against its term, who applied, what was brought, what happened, what can happen next. */
export const ApplicationShow = () => (
  <Show title={<Title />} actions={<Actions />}>
    <ApplicationView />
  </Show>
);
