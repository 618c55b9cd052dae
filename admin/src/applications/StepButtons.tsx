import { useState, type ReactElement } from 'react';
import { Alert, Box, Button, Typography } from '@mui/material';
import AssignmentTurnedInOutlined from '@mui/icons-material/AssignmentTurnedInOutlined';
import BlockOutlined from '@mui/icons-material/BlockOutlined';
import DoneAllOutlined from '@mui/icons-material/DoneAllOutlined';
import EventRepeatOutlined from '@mui/icons-material/EventRepeatOutlined';
import LocalShippingOutlined from '@mui/icons-material/LocalShippingOutlined';
import PlayArrowOutlined from '@mui/icons-material/PlayArrowOutlined';
import UndoOutlined from '@mui/icons-material/UndoOutlined';
import { useWatch } from 'react-hook-form';
import {
  DateInput,
  DateTimeInput,
  RadioButtonGroupInput,
  SelectInput,
  TextInput,
  minLength,
  required,
  useNotify,
  useRecordContext,
  useTranslate,
  useUpdate,
} from 'react-admin';
import { shortDay } from '../common/dates';
import { FormDialog } from '../common/FormDialog';
import { enumChoices } from '../common/EnumChipField';
import { businessToday, localDateTimeInput } from '../common/time';
import type { ApplicationRecord, StepAction } from '../dataProvider/applications';
import { useAddWorkingDays } from '../dataProvider/workplace';
import { NOTIFICATION_METHODS } from './enums';

const ICONS: Record<StepAction, ReactElement> = {
  HAND_OVER: <LocalShippingOutlined />,
  START: <PlayArrowOutlined />,
  EXTEND: <EventRepeatOutlined />,
  READY: <AssignmentTurnedInOutlined />,
  ISSUE: <DoneAllOutlined />,
  REFUSE: <BlockOutlined />,
  TRANSFER_UNCOLLECTED: <UndoOutlined />,
};

/** The order of the buttons: the usual path first, refusal last. */
const ORDER: StepAction[] = ['HAND_OVER', 'START', 'EXTEND', 'READY', 'ISSUE', 'TRANSFER_UNCOLLECTED', 'REFUSE'];

const validateReason = [required(), minLength(3)];
const validateReasons = [required(), minLength(10, 'app.applications.errors.refusal_reasons')];

type Deadline = ApplicationRecord['service']['deadlines'][number];

/** The standard's extension rules for this application's channel and term case. */
const extensionRules = (record: ApplicationRecord): Deadline[] =>
  record.service.deadlines.filter((d) => d.kind === 'EXTENSION' && d.channel === record.channel && (d.case?.key ?? null) === (record.termCase?.key ?? null));

/** The day the term is counted from, as the API counts it (terms.ts), for the extension's limit shown in advance. */
const termStartOf = (record: ApplicationRecord) =>
  record.term?.startsFrom === 'ARRIVAL_AT_BODY' ? record.handedOverOn : record.term?.startsFrom === 'COMMISSION_DECISION_APPROVAL' ? record.commissionDecisionApprovedOn : record.acceptedOn;

/** "At most 14.04.2026": the latest due date the chosen rule allows (working-day rules; the server checks all). */
const ExtensionLimit = ({ record, rules }: { record: ApplicationRecord; rules: Deadline[] }) => {
  const translate = useTranslate();
  const ruleId = useWatch({ name: 'ruleId' }) as string | undefined;
  const rule = rules.find((r) => r.id === ruleId);
  const days = rule?.unit === 'WORKING_DAYS' ? rule.value + (record.term?.excludesAcceptanceAndIssueDays ? 1 : 0) : null;
  const { data: limit } = useAddWorkingDays(days, termStartOf(record));
  if (!rule || !limit) return null;
  return (
    <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }} data-testid="extension-limit">
      {translate('app.applications.extend.limit', { date: shortDay(limit), current: shortDay(record.dueOn) })}
    </Typography>
  );
};

const ExtendInputs = ({ record }: { record: ApplicationRecord }) => {
  const translate = useTranslate();
  const rules = extensionRules(record);
  const choices = rules.map((r) => {
    const amount = translate(`app.deadline_unit.${r.unit}`, { smart_count: r.value });
    return { id: r.id, name: `${r.upTo ? translate('app.deadlines.up_to_value', { value: amount }) : amount}${r.source?.cite ? ` · ${r.source.cite}` : ''}` };
  });
  return (
    <>
      <Typography variant="body2" sx={{ mb: 1 }}>
        {translate('app.applications.extend.intro', { date: shortDay(record.dueOn) })}
      </Typography>
      <RadioButtonGroupInput source="ruleId" label="app.applications.extend.rule" choices={choices} validate={required()} translateChoice={false} row={false} />
      <ExtensionLimit record={record} rules={rules} />
      <DateInput source="newDueOn" label="app.applications.extend.new_due_on" helperText="app.applications.extend.new_due_on_help" fullWidth />
      <TextInput source="reason" label="app.applications.extend.reason" validate={validateReason} multiline minRows={2} fullWidth />
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, columnGap: 2 }}>
        <DateTimeInput source="applicantNotifiedAt" label="app.applications.extend.notified_at" validate={required()} />
        <SelectInput source="notifiedBy" label="app.applications.extend.notified_by" choices={enumChoices(NOTIFICATION_METHODS, 'app.notification_method')} validate={required()} />
      </Box>
    </>
  );
};

/** What each step's dialog asks, and its defaults. */
function dialogOf(action: StepAction, record: ApplicationRecord, translate: ReturnType<typeof useTranslate>) {
  switch (action) {
    case 'HAND_OVER':
      return {
        defaults: { handedOverOn: businessToday() },
        body: (
          <>
            <Typography variant="body2" sx={{ mb: 2 }}>
              {translate('app.applications.hand_over.intro')}
            </Typography>
            <DateInput
              source="handedOverOn"
              label="app.applications.hand_over.date"
              validate={required()}
              helperText={translate('app.applications.hand_over.help', { accepted: shortDay(record.acceptedOn) })}
            />
          </>
        ),
      };
    case 'EXTEND': {
      const rules = extensionRules(record);
      return {
        defaults: { ruleId: rules.length === 1 ? rules[0].id : undefined, applicantNotifiedAt: localDateTimeInput(), notifiedBy: 'PHONE' },
        body: <ExtendInputs record={record} />,
      };
    }
    case 'REFUSE':
      return {
        defaults: {},
        body: (
          <>
            <Alert severity="warning" sx={{ mb: 2 }}>
              {translate('app.applications.refuse.intro')}
            </Alert>
            <TextInput source="reasons" label="app.applications.refuse.reasons" validate={validateReasons} multiline minRows={3} fullWidth />
          </>
        ),
      };
    default:
      return {
        defaults: {},
        body: <Typography variant="body2">{translate(`app.applications.confirm.${action}`, { number: record.number })}</Typography>,
      };
  }
}

const StepButton = ({ action, record }: { action: StepAction; record: ApplicationRecord }) => {
  const [open, setOpen] = useState(false);
  const translate = useTranslate();
  const notify = useNotify();
  const [update] = useUpdate();
  const dialog = dialogOf(action, record, translate);
  const onSubmit = async (values: Record<string, unknown>) => {
    await update(
      'applications',
      { id: record.id, data: { ...values, action, version: record.version }, previousData: record },
      { mutationMode: 'pessimistic', returnPromise: true },
    );
    notify(`app.applications.done.${action}`, { type: 'success', messageArgs: { number: record.number } });
  };
  return (
    <>
      <Button
        size="small"
        variant={action === 'REFUSE' ? 'outlined' : 'contained'}
        color={action === 'REFUSE' ? 'error' : 'primary'}
        startIcon={ICONS[action]}
        onClick={() => setOpen(true)}
        data-testid={`step-${action}`}
        disableElevation
      >
        {translate(`app.application_action.${action}`)}
      </Button>
      <FormDialog
        open={open}
        onClose={() => setOpen(false)}
        title={`app.applications.dialog.${action}`}
        titleOptions={{ number: record.number }}
        confirmLabel={`app.application_action.${action}`}
        defaultValues={dialog.defaults}
        onSubmit={onSubmit}
        maxWidth={action === 'EXTEND' ? 'md' : 'sm'}
        testId={`dialog-${action}`}
      >
        {dialog.body}
      </FormDialog>
    </>
  );
};

/** The steps the API allows now (allowedActions): nothing for supervisors, whose list is empty. */
export const StepButtons = () => {
  const record = useRecordContext<ApplicationRecord>();
  if (!record?.allowedActions || !record.service.deadlines) return null;
  const allowed = new Set(record.allowedActions as string[]);
  return (
    <>
      {ORDER.filter((a) => allowed.has(a)).map((action) => (
        <StepButton key={action} action={action} record={record} />
      ))}
    </>
  );
};
