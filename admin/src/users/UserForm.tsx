import {
  AutocompleteInput,
  BooleanInput,
  RadioButtonGroupInput,
  FormDataConsumer,
  PasswordInput,
  ReferenceInput,
  SaveButton,
  SelectInput,
  SimpleForm,
  Toolbar,
  TextInput,
  maxLength,
  minLength,
  regex,
  required,
  useRecordContext,
} from 'react-admin';
import { Box } from '@mui/material';
import { useLocalizedText, type LocalizedTextValue } from '../common/localizedText';
import { ROLES } from './roles';

// The API's rules (api/src/modules/users), checked here first so that the messages are in the user's language.
const LOGIN_PATTERN = /^[a-z0-9][a-z0-9._-]{2,63}$/;
const validateLogin = [required(), regex(LOGIN_PATTERN, 'app.users.login_invalid')];
const validateFullName = [required(), maxLength(200)];
const validateRole = [required()];
const validateNewPassword = [required(), minLength(10), maxLength(200)];
const validateChangedPassword = [minLength(10), maxLength(200)];

// Nothing is deleted from the console: an account is disabled instead.
const toolbar = (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

/** An operator works at a centre office (CENTRE applications) or at a defence affairs department (BODY). */
const PlaceInputs = ({ kind }: { kind?: string | null }) => {
  const localized = useLocalizedText();
  const name = (value: { name: LocalizedTextValue }) => localized(value.name);
  return (
    <>
      <RadioButtonGroupInput
        source="placeKind"
        label="app.users.place"
        choices={[
          { id: 'OFFICE', name: 'app.users.place_office' },
          { id: 'DEPARTMENT', name: 'app.users.place_department' },
        ]}
        validate={validateRole}
        helperText="app.users.place_help"
      />
      {kind === 'DEPARTMENT' ? (
        <ReferenceInput source="departmentId" reference="departments" perPage={100}>
          <SelectInput optionText={name} validate={validateRole} label="app.users.department" fullWidth />
        </ReferenceInput>
      ) : (
        <ReferenceInput source="officeId" reference="offices">
          <AutocompleteInput
            optionText={name}
            inputText={name}
            filterToQuery={(q: string) => ({ q })}
            validate={validateRole}
            label="app.users.office"
            helperText="app.users.office_help"
            fullWidth
          />
        </ReferenceInput>
      )}
    </>
  );
};

const RegionInput = () => {
  const localized = useLocalizedText();
  return (
    <ReferenceInput source="regionCode" reference="regions" sort={{ field: 'sortOrder', order: 'ASC' }} perPage={100}>
      <SelectInput
        optionText={(region: { name: LocalizedTextValue }) => localized(region.name)}
        emptyText="app.users.all_regions"
        helperText="app.users.region_help"
      />
    </ReferenceInput>
  );
};

/** Create and edit: the login is chosen once; the password is required on create, optional on edit. */
export const UserForm = ({ mode }: { mode: 'create' | 'edit' }) => {
  const record = useRecordContext<{ role?: string; placeKind?: string | null }>();
  const roleChoices = ROLES.map((id) => ({ id, name: `app.roles.${id}` }));
  return (
    <SimpleForm
      toolbar={toolbar}
      defaultValues={mode === 'create' ? { active: true, placeKind: 'OFFICE' } : { placeKind: record?.placeKind ?? 'OFFICE' }}
      sx={{ maxWidth: 560 }}
    >
      <TextInput
        source="login"
        validate={mode === 'create' ? validateLogin : undefined}
        disabled={mode === 'edit'}
        helperText={mode === 'create' ? 'app.users.login_help' : false}
        autoComplete="off"
      />
      <TextInput source="fullName" validate={validateFullName} autoComplete="off" />
      <SelectInput source="role" choices={roleChoices} validate={validateRole} />
      <FormDataConsumer<{ role?: string; placeKind?: string }>>
        {({ formData }) =>
          formData.role === 'SUPERVISOR' ? <RegionInput /> : formData.role === 'OPERATOR' ? <PlaceInputs kind={formData.placeKind} /> : null
        }
      </FormDataConsumer>
      {mode === 'edit' && <BooleanInput source="active" />}
      <Box sx={{ width: '100%' }}>
        <PasswordInput
          source="password"
          validate={mode === 'create' ? validateNewPassword : validateChangedPassword}
          helperText={mode === 'create' ? 'app.users.password_help_create' : 'app.users.password_help_edit'}
          autoComplete="new-password"
        />
      </Box>
    </SimpleForm>
  );
};
