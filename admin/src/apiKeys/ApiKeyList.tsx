import { AutocompleteInput, DataTable, List, ReferenceInput, TextField } from 'react-admin';
import { ApiKeyStatusField } from './ApiKeyStatusField';
import { RevokeButton } from './RevokeButton';
import { LocaleDateField } from '../common/LocaleDateField';
import { IntegratorOption, integratorText } from './integrators';
import { ScopesField } from './ScopesField';

const filters = [
  <ReferenceInput key="userId" source="userId" reference="users" filter={{ role: 'INTEGRATOR' }} alwaysOn>
    <AutocompleteInput optionText={<IntegratorOption />} inputText={integratorText} sx={{ minWidth: 280 }} />
  </ReferenceInput>,
];

/** Issued keys, newest first (the API's order); never their secrets. */
export const ApiKeyList = () => (
  <List filters={filters} exporter={false} perPage={25}>
    <DataTable rowClick={false} bulkActionButtons={false}>
      <DataTable.Col source="name" disableSort />
      <DataTable.Col source="prefix" disableSort>
        <TextField source="prefix" sx={{ fontFamily: 'monospace', fontSize: 13 }} />
      </DataTable.Col>
      <DataTable.Col source="user" disableSort render={(record) => integratorText(record.user)} />
      <DataTable.Col source="scopes" disableSort>
        <ScopesField />
      </DataTable.Col>
      <DataTable.Col source="status" disableSort>
        <ApiKeyStatusField source="status" />
      </DataTable.Col>
      <DataTable.Col source="createdAt" disableSort>
        <LocaleDateField source="createdAt" showTime />
      </DataTable.Col>
      <DataTable.Col source="expiresAt" disableSort>
        <LocaleDateField source="expiresAt" showTime emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="lastUsedAt" disableSort>
        <LocaleDateField source="lastUsedAt" showTime emptyText="—" />
      </DataTable.Col>
      <DataTable.Col align="right">
        <RevokeButton />
      </DataTable.Col>
    </DataTable>
  </List>
);
