import { useState } from 'react';
import {
  AutocompleteInput,
  CheckboxGroupInput,
  Create,
  DateTimeInput,
  ReferenceInput,
  SimpleForm,
  TextInput,
  maxLength,
  required,
  useRecordContext,
  useRedirect,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { Typography } from '@mui/material';
import type { ApiKeyScope } from '../../../schema/generated/graphql';
import { IntegratorOption, integratorText } from './integrators';
import { API_KEY_SCOPES, SCOPE_NAMES } from './scopes';
import { SecretDialog } from './SecretDialog';

const validateName = [required(), maxLength(200)];
const validateScopes = [required('app.api_keys.scopes_required')];

/** Each scope by what it allows, with the API's name ("applications:write") after it. */
const ScopeOption = () => {
  const choice = useRecordContext<{ id: ApiKeyScope }>();
  const translate = useTranslate();
  if (!choice) return null;
  return (
    <span>
      {translate(`app.api_key_scope.${choice.id}`)}{' '}
      <Typography component="span" variant="caption" color="text.secondary" sx={{ fontFamily: 'monospace' }}>
        {SCOPE_NAMES[choice.id]}
      </Typography>
    </span>
  );
};
const scopeChoices = API_KEY_SCOPES.map((id) => ({ id }));

/** Issues a key to an integrator account, then shows its secret once and returns to the list. */
export const ApiKeyCreate = () => {
  const [secret, setSecret] = useState<string | null>(null);
  const redirect = useRedirect();
  const done = () => {
    setSecret(null);
    redirect('list', 'apiKeys');
  };
  return (
    <>
      <Create mutationOptions={{ onSuccess: (data: RaRecord) => setSecret(typeof data.secret === 'string' ? data.secret : null) }}>
        <SimpleForm sx={{ maxWidth: 560 }}>
          <ReferenceInput source="userId" reference="users" filter={{ role: 'INTEGRATOR', active: true }}>
            <AutocompleteInput
              optionText={<IntegratorOption />}
              inputText={integratorText}
              validate={required()}
              helperText="app.api_keys.user_help"
            />
          </ReferenceInput>
          <TextInput source="name" validate={validateName} autoComplete="off" />
          <CheckboxGroupInput
            source="scopes"
            choices={scopeChoices}
            optionText={<ScopeOption />}
            validate={validateScopes}
            row={false}
            helperText="app.api_keys.scopes_help"
          />
          <DateTimeInput source="expiresAt" />
        </SimpleForm>
      </Create>
      <SecretDialog secret={secret} onClose={done} />
    </>
  );
};
