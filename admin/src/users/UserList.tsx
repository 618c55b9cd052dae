import { BooleanField, DataTable, List, NullableBooleanInput, SearchInput, SelectInput } from 'react-admin';
import { LocaleDateField } from '../common/LocaleDateField';
import { EnumChipField, enumChoices } from '../common/EnumChipField';
import { RegionNameField } from './RegionNameField';
import { ROLE_COLORS, ROLES } from './roles';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="role" source="role" choices={enumChoices(ROLES, 'app.roles')} />,
  <NullableBooleanInput key="active" source="active" />,
];

/** Accounts by login (the API's order). */
export const UserList = () => (
  <List filters={filters} exporter={false} perPage={25}>
    <DataTable rowClick="edit" bulkActionButtons={false}>
      <DataTable.Col source="login" disableSort sx={{ fontFamily: 'monospace', fontSize: 13 }} />
      <DataTable.Col source="fullName" disableSort />
      <DataTable.Col source="role" disableSort>
        <EnumChipField source="role" prefix="app.roles" colors={ROLE_COLORS} variants={{ OPERATOR: 'outlined' }} />
      </DataTable.Col>
      <DataTable.Col source="regionCode" disableSort>
        <RegionNameField source="regionCode" />
      </DataTable.Col>
      <DataTable.Col source="active" disableSort align="center">
        <BooleanField source="active" />
      </DataTable.Col>
      <DataTable.Col source="lastSignInAt" disableSort>
        <LocaleDateField source="lastSignInAt" showTime emptyText="—" />
      </DataTable.Col>
    </DataTable>
  </List>
);
