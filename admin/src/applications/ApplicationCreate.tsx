import { useEffect, useRef, type ReactNode } from 'react';
import { Alert, Box, CircularProgress, Typography } from '@mui/material';
import { useFormContext, useWatch } from 'react-hook-form';
import {
  Create,
  DateInput,
  Loading,
  RadioButtonGroupInput,
  ReferenceInput,
  SaveButton,
  SelectInput,
  SimpleForm,
  TextInput,
  Toolbar,
  maxLength,
  required,
  useGetOne,
  useNotify,
  useRecordContext,
  useRedirect,
  useTranslate,
  type Validator,
} from 'react-admin';
import { Cite } from '../common/Cite';
import { L } from '../common/L';
import { useLocalizedText, type LocalizedTextValue } from '../common/localizedText';
import type { ApplicationRecord } from '../dataProvider/applications';
import type { ServiceDetail } from '../dataProvider/serviceDetail';
import { useMyPlace, type MyPlace } from '../dataProvider/workplace';
import { DocumentChecklist, documentCasesOf, termCasesOf } from './DocumentChecklist';
import { iinBirthDate, iinProblem } from './iin';
import { TermText } from './fields';
import { NOT_TYPED, SERVER_FILLED, maxAnswerLength, validateBirthDate, validateIin, validatePhone, validateYear, validateYearMonth } from './rules';

type ServiceRecord = ServiceDetail & { id: string };
type FormField = NonNullable<ServiceDetail['form']>['fields'][number];

const validate = {
  required: [required()],
  name: [required(), maxLength(100)],
  patronymic: [maxLength(100)],
  iin: [required(), validateIin],
  birthDate: [required(), validateBirthDate],
  phone: [required(), validatePhone],
  address: [required(), maxLength(500)],
};

const Heading = ({ label, children }: { label: string; children?: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ mt: 3, mb: 1, width: '100%', borderBottom: 1, borderColor: 'grey.200', pb: 0.5 }}>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, color: 'primary.dark' }}>
        {translate(label)}
      </Typography>
      {children}
    </Box>
  );
};

const ServiceOption = () => {
  const record = useRecordContext<{ code: string; title: LocalizedTextValue }>();
  const localized = useLocalizedText();
  if (!record) return null;
  return (
    <Box sx={{ whiteSpace: 'normal', py: 0.25 }}>
      <b>{record.code}</b> {localized(record.title)}
    </Box>
  );
};

/** A new choice of service (or case) makes the answers and the documents of the previous one meaningless. */
const ResetOnChange = ({ source, reset }: { source: string; reset: string[] }) => {
  const value = useWatch({ name: source });
  const { setValue } = useFormContext();
  const previous = useRef(value);
  useEffect(() => {
    if (previous.current === value) return;
    previous.current = value;
    for (const name of reset) setValue(name, name === 'documents' || name === 'conditionalDocumentsApply' ? [] : name === 'answers' ? {} : null);
  }, [value, reset, setValue]);
  return null;
};

/** A valid IIN gives the birth date: filled in for the operator when empty. */
const BirthDateFromIin = () => {
  const iin = String(useWatch({ name: 'applicant.iin' }) ?? '').replace(/\s/g, '');
  const { getValues, setValue } = useFormContext();
  useEffect(() => {
    if (iinProblem(iin)) return;
    const encoded = iinBirthDate(iin);
    if (encoded && !getValues('applicant.birthDate')) setValue('applicant.birthDate', encoded, { shouldValidate: true });
  }, [iin, getValues, setValue]);
  return null;
};

/** The channel follows the operator's place: a centre office files CENTRE, a department BODY. */
const ChannelInput = ({ me }: { me: MyPlace | null | undefined }) => {
  const translate = useTranslate();
  const place = me?.office ?? me?.department;
  const own = me?.office ? 'CENTRE' : me?.department ? 'BODY' : null;
  const choices = (['CENTRE', 'BODY'] as const).map((id) => ({ id, name: `app.channel.${id}`, disabled: !!own && id !== own }));
  return (
    <Box>
      <RadioButtonGroupInput source="channel" choices={choices} validate={validate.required} helperText={false} label="resources.applications.fields.channel" />
      {place && (
        <Typography variant="caption" color="text.secondary" component="div" sx={{ mt: -1, mb: 1 }}>
          {translate(me?.office ? 'app.applications.create.your_office' : 'app.applications.create.your_department')}: <L value={place.name} />
        </Typography>
      )}
    </Box>
  );
};

/** What the server fills in when the operator leaves a field empty (applicationSubmit). */
const FILLED_HELP: Record<string, string> = { date: 'app.applications.create.filled_today' };

/** Labels of Appendix 4 are sentences: past this length they are written above the input, not squeezed into it. */
const LONG_LABEL = 48;

/** One Appendix 4 field as an input of its type; the server fills in the applicant's name, birth date, address and the date. */
const AnswerInput = ({ field }: { field: FormField }) => {
  const localized = useLocalizedText();
  const source = `answers.${field.key}`;
  const filled = SERVER_FILLED.has(field.key);
  const validators: Validator[] = [];
  if (field.required && !filled) validators.push(required());
  validators.push(maxLength(maxAnswerLength(field.type)));
  const text = localized(field.label);
  const long = text.length > LONG_LABEL;
  const label = long ? false : text;
  const aria = { htmlInput: { 'aria-label': text } };
  const helperText = filled ? (FILLED_HELP[field.key] ?? 'app.applications.create.filled_by_server') : false;
  let input: ReactNode;
  switch (field.type) {
    case 'DATE':
      input = <DateInput source={source} label={label} validate={validators} helperText={helperText} slotProps={aria} />;
      break;
    case 'YEAR':
      input = <TextInput source={source} label={label} validate={[...validators, validateYear]} helperText={helperText || 'app.applications.create.year_help'} slotProps={aria} sx={{ maxWidth: 320 }} />;
      break;
    case 'YEAR_MONTH':
      input = <TextInput source={source} label={label} validate={[...validators, validateYearMonth]} helperText="app.applications.create.year_month_help" slotProps={aria} fullWidth />;
      break;
    case 'CHOICE':
      input = (
        <SelectInput
          source={source}
          label={label}
          validate={validators}
          choices={(field.choices ?? []).map((c) => ({ id: c.value, name: localized(c.label) }))}
          translateChoice={false}
          helperText={helperText}
          fullWidth
        />
      );
      break;
    case 'LONG_TEXT':
      input = <TextInput source={source} label={label} validate={validators} helperText={helperText} slotProps={aria} multiline minRows={2} fullWidth />;
      break;
    default:
      input = <TextInput source={source} label={label} validate={validators} helperText={helperText} slotProps={aria} fullWidth />;
  }
  return (
    <Box data-testid={`answer-${field.key}`}>
      {long && (
        <Typography variant="body2" component="div" sx={{ mb: 0.5, color: 'text.secondary' }}>
          {text}
          {field.required && !filled && ' *'}
        </Typography>
      )}
      {input}
      {long && !helperText && field.type !== 'YEAR_MONTH' && <Box sx={{ height: 4 }} aria-hidden />}
    </Box>
  );
};

/** The term that applies, as the standard states it for the channel and term case; a date where it runs from the commission's decision. */
const TermPreview = ({ service }: { service: ServiceRecord }) => {
  const translate = useTranslate();
  const channel = useWatch({ name: 'channel' }) as string | undefined;
  const caseKey = useWatch({ name: 'caseKey' }) as string | undefined;
  const termCaseKey = useWatch({ name: 'termCaseKey' }) as string | undefined;
  const kase = service.cases.find((c) => c.key === caseKey);
  const termCases = termCasesOf(service);
  const key = termCaseKey || kase?.deadlineCaseKey || null;
  if (termCases.length && !key) return null;
  const rule = service.deadlines.find((d) => d.kind === 'PROCESSING' && d.channel === channel && (d.case?.key ?? null) === key);
  if (!channel) return null;
  if (!rule) {
    return (
      <Alert severity="warning" sx={{ my: 1 }}>
        {translate('app.applications.errors.no_term_for_channel')}
      </Alert>
    );
  }
  return (
    <Box sx={{ my: 1, p: 1.5, bgcolor: 'grey.50', border: 1, borderColor: 'grey.200', borderRadius: 1, width: '100%' }} data-testid="term-preview">
      <Typography variant="caption" color="text.secondary">
        {translate('app.applications.applied_term')}
      </Typography>
      <TermText
        term={{ ...rule, ruleId: rule.id, startsFrom: rule.startsFrom ?? null, cite: rule.source?.cite ?? null, lines: rule.source?.lines ?? null }}
      />
      {rule.startsFrom === 'ARRIVAL_AT_BODY' && (
        <Typography variant="caption" color="warning.dark" component="div" sx={{ mt: 0.5 }}>
          {translate('app.applications.create.provisional_note')}
        </Typography>
      )}
      {rule.startsFrom === 'COMMISSION_DECISION_APPROVAL' && (
        <DateInput source="commissionDecisionApprovedOn" label="app.applications.decision_on" validate={validate.required} sx={{ mt: 1 }} />
      )}
    </Box>
  );
};

const caseLabel = (c: { number?: string | null; title: LocalizedTextValue }, localized: (v: LocalizedTextValue) => string) =>
  `${c.number ? `${c.number} ` : ''}${localized(c.title)}`;

/** Case (para 11) and term case (para 7): asked only where the standard has them and the case does not decide. */
const CaseInputs = ({ service }: { service: ServiceRecord }) => {
  const translate = useTranslate();
  const localized = useLocalizedText();
  const { setValue } = useFormContext();
  const caseKey = useWatch({ name: 'caseKey' }) as string | undefined;
  const channel = useWatch({ name: 'channel' }) as string | undefined;
  const documentCases = documentCasesOf(service);
  const termCases = termCasesOf(service);
  const kase = service.cases.find((c) => c.key === caseKey);
  const decided = kase?.deadlineCaseKey ? service.cases.find((c) => c.key === kase.deadlineCaseKey) : undefined;
  const askTerm = termCases.length > 0 && (documentCases.length === 0 || (!!kase && !kase.deadlineCaseKey));
  useEffect(() => {
    if (!askTerm) setValue('termCaseKey', null);
  }, [askTerm, setValue]);
  const termOf = (key: string) => {
    const rule = service.deadlines.find((d) => d.kind === 'PROCESSING' && d.channel === channel && d.case?.key === key);
    return rule ? ` — ${translate(`app.deadline_unit.${rule.unit}`, { smart_count: rule.value })}` : '';
  };
  return (
    <>
      {documentCases.length > 0 && (
        <>
          <Box sx={{ width: '100%' }} data-testid="case-select">
          <SelectInput
            source="caseKey"
            label="app.applications.case"
            choices={documentCases.map((c) => ({ id: c.key, name: caseLabel(c, localized) }))}
            translateChoice={false}
            validate={validate.required}
            helperText="app.applications.create.case_help"
            fullWidth
          />
          </Box>
          <ResetOnChange source="caseKey" reset={['documents', 'conditionalDocumentsApply']} />
        </>
      )}
      {decided && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate('app.applications.term_case')}: <L value={decided.title} />
          <Cite source={decided.source} />
        </Typography>
      )}
      {askTerm && (
        <Box sx={{ width: '100%' }} data-testid="term-case-select">
        <SelectInput
          source="termCaseKey"
          label="app.applications.term_case"
          choices={termCases.map((c) => ({ id: c.key, name: `${caseLabel(c, localized)}${termOf(c.key)}` }))}
          translateChoice={false}
          validate={validate.required}
          helperText="app.applications.create.term_case_help"
          fullWidth
        />
        </Box>
      )}
    </>
  );
};

/** Everything that depends on the chosen standard: its cases, term, form and documents. */
const ServiceParts = ({ code }: { code: string }) => {
  const translate = useTranslate();
  const localized = useLocalizedText();
  const { data: service, isPending, error } = useGetOne<ServiceRecord>('services', { id: code, meta: { detail: true } }, { enabled: !!code });
  if (isPending) return <CircularProgress size={24} sx={{ my: 2 }} />;
  if (error || !service) return <Alert severity="error">{translate('ra.notification.http_error')}</Alert>;
  const fields = (service.form?.fields ?? []).filter((f) => !NOT_TYPED.has(f.type)).sort((a, b) => a.position - b.position);
  return (
    <>
      <CaseInputs service={service} />
      <TermPreview service={service} />
      <Heading label="app.applications.sections.answers">
        {service.form && (
          <Typography variant="caption" color="text.secondary">
            {translate('app.applications.form_code', { code: service.form.code })} · <L value={service.form.title} />
          </Typography>
        )}
      </Heading>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, columnGap: 2, width: '100%' }}>
        {fields.map((f) => (
          <Box key={f.key} sx={{ gridColumn: f.type === 'LONG_TEXT' || f.type === 'CHOICE' || localized(f.label).length > LONG_LABEL ? '1 / -1' : undefined, minWidth: 0 }}>
            <AnswerInput field={f} />
          </Box>
        ))}
      </Box>
      <Heading label="app.applications.sections.documents" />
      <DocumentChecklist service={service} />
    </>
  );
};

const ServiceSection = () => {
  const code = useWatch({ name: 'serviceCode' }) as string | undefined;
  return code ? <ServiceParts key={code} code={code} /> : null;
};

const toolbar = (
  <Toolbar>
    <SaveButton label="app.applications.create.submit" />
  </Toolbar>
);

const Title = () => {
  const translate = useTranslate();
  return <>{translate('app.applications.create.title')}</>;
};

/**
 * Registering an application at the operator's place: the standard, its case and term, the applicant (IIN checked
 * here first), the Appendix 4 form, and the documents brought. Missing documents make it a refusal at acceptance
 * (para 16), which the show page explains with its refusal receipt.
 */
export const ApplicationCreate = () => {
  const { data: me, isPending } = useMyPlace();
  const notify = useNotify();
  const redirect = useRedirect();
  if (isPending) return <Loading />;
  const channel = me?.office ? 'CENTRE' : me?.department ? 'BODY' : undefined;
  const onSuccess = (data: ApplicationRecord) => {
    if (data.status === 'REFUSED_AT_ACCEPTANCE') {
      notify('app.applications.create.refused', { type: 'warning', messageArgs: { number: data.number, smart_count: data.missingDocuments.length } });
    } else {
      notify('app.applications.create.accepted', { type: 'success', messageArgs: { number: data.number } });
    }
    redirect('show', 'applications', data.id);
  };
  return (
    <Create title={<Title />} mutationOptions={{ onSuccess }}>
      <SimpleForm
        toolbar={toolbar}
        defaultValues={{ channel, documents: [], conditionalDocumentsApply: [], answers: {}, applicant: {} }}
        sx={{ maxWidth: 1000 }}
        mode="onBlur"
        reValidateMode="onChange"
        warnWhenUnsavedChanges
      >
        <Heading label="app.applications.sections.service" />
        <Box sx={{ width: '100%' }} data-testid="service-select">
          <ReferenceInput source="serviceCode" reference="services" filter={{ status: 'IN_FORCE' }} perPage={50} sort={{ field: 'sortOrder', order: 'ASC' }}>
            <SelectInput optionText={<ServiceOption />} validate={validate.required} label="resources.applications.fields.service" fullWidth />
          </ReferenceInput>
        </Box>
        <ResetOnChange source="serviceCode" reset={['caseKey', 'termCaseKey', 'commissionDecisionApprovedOn', 'answers', 'documents', 'conditionalDocumentsApply']} />
        <ChannelInput me={me} />
        <Heading label="app.applications.sections.applicant" />
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr 1fr' }, columnGap: 2, width: '100%' }}>
          <TextInput
            source="applicant.iin"
            label="app.applications.applicant.iin"
            validate={validate.iin}
            helperText="app.applications.create.iin_help"
            slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 12, autoComplete: 'off' } }}
          />
          <DateInput source="applicant.birthDate" label="app.applications.applicant.birth_date" validate={validate.birthDate} helperText="app.applications.create.birth_date_help" />
          <TextInput source="applicant.phone" label="app.applications.applicant.phone" validate={validate.phone} helperText="app.offices.phones_help" />
          <TextInput source="applicant.lastName" label="app.applications.applicant.last_name" validate={validate.name} />
          <TextInput source="applicant.firstName" label="app.applications.applicant.first_name" validate={validate.name} />
          <TextInput source="applicant.patronymic" label="app.applications.applicant.patronymic" validate={validate.patronymic} />
        </Box>
        <TextInput source="applicant.address" label="app.applications.applicant.address" validate={validate.address} fullWidth />
        <BirthDateFromIin />
        <ServiceSection />
      </SimpleForm>
    </Create>
  );
};
