import { useState } from 'react';
import {
  AutocompleteInput,
  Create,
  DateTimeInput,
  ReferenceInput,
  SimpleForm,
  TextInput,
  maxLength,
  required,
  useRedirect,
  type RaRecord,
} from 'react-admin';
import { IntegratorOption, integratorText } from './integrators';
import { SecretDialog } from './SecretDialog';

const validateName = [required(), maxLength(200)];

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
          <DateTimeInput source="expiresAt" />
        </SimpleForm>
      </Create>
      <SecretDialog secret={secret} onClose={done} />
    </>
  );
};
