import { useEffect, useState, type ReactNode } from 'react';
import { Alert, Box, Typography } from '@mui/material';
import {
  AutocompleteInput,
  Create,
  DateInput,
  Loading,
  ReferenceInput,
  SaveButton,
  SelectInput,
  SimpleForm,
  TextInput,
  Toolbar,
  email,
  maxLength,
  required,
  useTranslate,
  type Validator,
} from 'react-admin';
import { enumChoices } from '../common/EnumChipField';
import { useLocalizedText, type LocalizedTextValue } from '../common/localizedText';
import { loadComplaintRule } from '../dataProvider/complaints';
import { useMyPlace } from '../dataProvider/workplace';
import { validatePhone } from '../applications/rules';
import { COMPLAINT_ADDRESSEES, COMPLAINT_FORMS, OPERATOR_ADDRESSEES } from './enums';

/** A postal address or an e-mail (para 22): the answer is sent there. */
const addressOrEmail: Validator = (_value, values) =>
  String(values?.postalAddress ?? '').trim() || String(values?.email ?? '').trim() ? undefined : 'app.complaints.errors.address_or_email';

const validate = {
  required: [required()],
  name: [required(), maxLength(200)],
  postalAddress: [addressOrEmail, maxLength(500)],
  email: [email('app.complaints.errors.email'), maxLength(200)],
  phone: [validatePhone],
  text: [required(), maxLength(5000)],
  employee: [maxLength(200)],
  applicationNumber: [maxLength(40)],
};

const Heading = ({ label, children }: { label: string; children?: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ mt: 2, mb: 1, width: '100%' }}>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, color: 'primary.dark' }}>
        {translate(label)}
      </Typography>
      {children}
    </Box>
  );
};

const RuleHint = () => {
  const translate = useTranslate();
  const [rule, setRule] = useState<{ considerationDays: number; extendedDays: number; cite: string } | null>(null);
  useEffect(() => {
    let live = true;
    loadComplaintRule()
      .then((r) => live && setRule(r))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  if (!rule) return null;
  return (
    <Alert severity="info" variant="outlined" sx={{ mb: 2, width: '100%' }}>
      {translate('app.complaints.rule_text', { smart_count: rule.considerationDays, extended: rule.extendedDays })}
      <Typography variant="caption" component="div" color="text.secondary" lang="en">
        {rule.cite}
      </Typography>
    </Alert>
  );
};

const OfficeName = (office: { name: LocalizedTextValue }) => office.name.kk;

/** A supervisor names the place complained about; an operator's own place is the default on the server. */
const PlaceInputs = () => {
  const localized = useLocalizedText();
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, columnGap: 2, width: '100%' }}>
      <ReferenceInput source="officeId" reference="offices">
        <AutocompleteInput
          label="app.complaints.fields.office"
          optionText={(o: { name: LocalizedTextValue }) => localized(o.name)}
          inputText={OfficeName}
          filterToQuery={(q: string) => ({ q })}
          helperText="app.complaints.office_help"
        />
      </ReferenceInput>
      <ReferenceInput source="departmentId" reference="departments" perPage={100}>
        <SelectInput label="app.complaints.fields.department" optionText={(d: { name: LocalizedTextValue }) => localized(d.name)} emptyText="—" />
      </ReferenceInput>
    </Box>
  );
};

const toolbar = (
  <Toolbar>
    <SaveButton label="app.complaints.register" />
  </Toolbar>
);

const Title = () => {
  const translate = useTranslate();
  return <>{translate('app.complaints.create_title')}</>;
};

/** Registering a complaint in the journal: its form and addressee, what it is about, the complainant, reasons and demands (para 22–24). */
export const ComplaintCreate = () => {
  const { data: me, isPending } = useMyPlace();
  if (isPending) return <Loading />;
  const operator = me?.role === 'OPERATOR';
  const addressees = operator ? OPERATOR_ADDRESSEES : COMPLAINT_ADDRESSEES;
  const defaults = { form: 'WRITTEN', addressee: operator ? (me?.office ? 'CENTRE_HEAD' : 'BODY_HEAD') : undefined };
  return (
    <Create title={<Title />} redirect="show">
      <SimpleForm toolbar={toolbar} defaultValues={defaults} sx={{ maxWidth: 900 }}>
        <RuleHint />
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 2fr 1fr' }, columnGap: 2, width: '100%' }}>
          <SelectInput source="form" label="app.complaints.fields.form" choices={enumChoices(COMPLAINT_FORMS, 'app.complaint_form')} validate={validate.required} />
          <SelectInput source="addressee" label="app.complaints.fields.addressee" choices={enumChoices(addressees, 'app.complaint_addressee')} validate={validate.required} />
          <DateInput source="filedOn" label="app.complaints.fields.filed_on" helperText="app.complaints.filed_on_help" />
        </Box>
        <Heading label="app.complaints.sections.about" />
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, columnGap: 2, width: '100%' }}>
          <TextInput source="applicationNumber" label="app.complaints.fields.application_number" validate={validate.applicationNumber} helperText="app.complaints.application_number_help" />
          <TextInput source="employeeName" label="app.complaints.fields.employee" validate={validate.employee} helperText="app.complaints.employee_help" />
        </Box>
        {!operator && <PlaceInputs />}
        <Heading label="app.complaints.sections.complainant" />
        <TextInput source="complainantName" label="app.complaints.fields.complainant_name" validate={validate.name} fullWidth />
        <TextInput source="postalAddress" label="app.complaints.fields.postal_address" validate={validate.postalAddress} helperText="app.complaints.address_help" fullWidth />
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, columnGap: 2, width: '100%' }}>
          <TextInput source="email" label="app.complaints.fields.email" validate={validate.email} type="email" />
          <TextInput source="phone" label="app.complaints.fields.phone" validate={validate.phone} />
        </Box>
        <Heading label="app.complaints.sections.content" />
        <TextInput source="reasons" label="app.complaints.fields.reasons" validate={validate.text} multiline minRows={3} fullWidth />
        <TextInput source="demands" label="app.complaints.fields.demands" validate={validate.text} multiline minRows={2} fullWidth />
      </SimpleForm>
    </Create>
  );
};
