import { Box, Typography } from '@mui/material';
import {
  ArrayInput,
  CheckboxGroupInput,
  SaveButton,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  Toolbar,
  maxLength,
  regex,
  required,
  useTranslate,
  type Validator,
} from 'react-admin';
import { enumChoices } from '../common/EnumChipField';
import { RegionSelectInput } from '../common/RegionSelectInput';
import { hoursProblems, normalisePhone, OFFICE_KINDS, POSTCODE, WEEKDAYS, type HoursRow } from './rules';

/** A value at a dotted path of the form's values ("openingHours.0"). */
const at = (values: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((node, key) => (node == null ? undefined : (node as Record<string, unknown>)[key]), values);

const textMax = maxLength(2000);

const validatePhone: Validator = (value) => {
  const printed = String(value ?? '').trim();
  if (!printed) return undefined;
  return normalisePhone(printed) ? undefined : 'app.offices.errors.phone';
};

/** The Kazakh text is required when another language of the same text is given. */
const kazakhWhenTranslated: Validator = (value, values, props) => {
  if (String(value ?? '').trim()) return undefined;
  const source = String((props as { finalSource?: string; source?: string })?.finalSource ?? props?.source ?? '');
  const parent = at(values, source.replace(/\.kk$/, '')) as Record<string, unknown> | undefined;
  return String(parent?.ru ?? '').trim() || String(parent?.en ?? '').trim() ? 'app.offices.errors.kk_required' : undefined;
};

/** One input of an opening-hours row, checked against its row (closes after opens, lunch inside hours). */
const hoursRule =
  (field: keyof HoursRow): Validator =>
  (_value, values, props) => {
    const source = String((props as { finalSource?: string; source?: string })?.finalSource ?? props?.source ?? '');
    const row = (at(values, source.slice(0, source.lastIndexOf('.'))) ?? {}) as HoursRow;
    return hoursProblems(row)[field];
  };

const validate = {
  regionCode: [required()],
  kind: [required()],
  nameKk: [required('app.offices.errors.kk_required'), textMax],
  text: [textMax],
  addressKk: [kazakhWhenTranslated, textMax],
  postcode: [regex(POSTCODE, 'app.offices.errors.postcode')],
  phone: [validatePhone],
  days: [hoursRule('days')],
  opens: [hoursRule('opens')],
  closes: [hoursRule('closes')],
  lunchFrom: [hoursRule('lunchFrom')],
  lunchTo: [hoursRule('lunchTo')],
};

const weekdayChoices = WEEKDAYS.map((id) => ({ id, name: `app.weekdays_short.${id}` }));

export const NEW_OFFICE_DEFAULTS = {
  phones: [''],
  openingHours: [{ days: ['MON', 'TUE', 'WED', 'THU', 'FRI'], opens: '09:00', closes: '18:00', lunchFrom: '13:00', lunchTo: '14:00' }],
};

const toolbar = (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

const Heading = ({ label }: { label: string }) => {
  const translate = useTranslate();
  return (
    <Typography variant="subtitle2" color="primary.dark" sx={{ mt: 2, mb: 1, fontWeight: 600 }}>
      {translate(label)}
    </Typography>
  );
};

const TIME_INPUT = { placeholder: 'HH:MM', inputMode: 'numeric' as const, maxLength: 5 };

/**
 * Create and edit: the rules of the API (api/src/modules/directory) checked here first, in the user's language;
 * the server's userErrors land on the same inputs ("input.phones.0" on the first phone).
 */
export const OfficeForm = ({ defaultValues }: { defaultValues?: Record<string, unknown> }) => (
  <SimpleForm toolbar={toolbar} defaultValues={defaultValues} sx={{ maxWidth: 900 }}>
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, columnGap: 2, width: '100%' }}>
      <RegionSelectInput source="regionCode" validate={validate.regionCode} />
      <SelectInput source="kind" choices={enumChoices(OFFICE_KINDS, 'app.office_kind')} validate={validate.kind} />
    </Box>
    <Heading label="resources.offices.fields.name" />
    <TextInput source="name.kk" label="app.offices.lang.kk" validate={validate.nameKk} fullWidth />
    <TextInput source="name.ru" label="app.offices.lang.ru" validate={validate.text} fullWidth />
    <TextInput source="name.en" label="app.offices.lang.en" validate={validate.text} fullWidth />
    <Heading label="resources.offices.fields.address" />
    <TextInput source="address.kk" label="app.offices.lang.kk" validate={validate.addressKk} fullWidth multiline />
    <TextInput source="address.ru" label="app.offices.lang.ru" validate={validate.text} fullWidth multiline />
    <TextInput source="address.en" label="app.offices.lang.en" validate={validate.text} fullWidth multiline />
    <TextInput source="postcode" validate={validate.postcode} helperText="app.offices.postcode_help" sx={{ maxWidth: 240 }} />
    <ArrayInput source="phones" helperText="app.offices.phones_help">
      <SimpleFormIterator inline disableReordering disableClear>
        <TextInput source="" label="app.offices.phone" validate={validate.phone} helperText={false} sx={{ minWidth: 260 }} />
      </SimpleFormIterator>
    </ArrayInput>
    <ArrayInput source="openingHours">
      <SimpleFormIterator inline disableReordering disableClear>
        <CheckboxGroupInput source="days" label="app.schedule.days" choices={weekdayChoices} validate={validate.days} helperText={false} sx={{ '& .MuiFormControlLabel-root': { mr: 0.5 } }} />
        <TextInput source="opens" label="app.schedule.opens" validate={validate.opens} helperText={false} slotProps={{ htmlInput: TIME_INPUT }} sx={{ width: 110 }} />
        <TextInput source="closes" label="app.schedule.closes" validate={validate.closes} helperText={false} slotProps={{ htmlInput: TIME_INPUT }} sx={{ width: 110 }} />
        <TextInput source="lunchFrom" label="app.schedule.lunch_from" validate={validate.lunchFrom} helperText={false} slotProps={{ htmlInput: TIME_INPUT }} sx={{ width: 110 }} />
        <TextInput source="lunchTo" label="app.schedule.lunch_to" validate={validate.lunchTo} helperText={false} slotProps={{ htmlInput: TIME_INPUT }} sx={{ width: 110 }} />
      </SimpleFormIterator>
    </ArrayInput>
  </SimpleForm>
);
