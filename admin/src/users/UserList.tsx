import { Typography } from '@mui/material';
import { BooleanField, DataTable, List, NullableBooleanInput, SearchInput, SelectInput, useRecordContext, useTranslate } from 'react-admin';
import { L } from '../common/L';
import type { LocalizedTextValue } from '../common/localizedText';
import { LocaleDateField } from '../common/LocaleDateField';
import { EnumChipField, enumChoices } from '../common/EnumChipField';
import { RegionNameField } from './RegionNameField';
import { ROLE_COLORS, ROLES } from './roles';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="role" source="role" choices={enumChoices(ROLES, 'app.roles')} />,
  <NullableBooleanInput key="active" source="active" />,
];

/** An operator's place: the centre office or the defence affairs department, with which it is. */
const PlaceField = () => {
  const record = useRecordContext<{ placeName?: LocalizedTextValue | null; placeKind?: string | null }>();
  const translate = useTranslate();
  if (!record?.placeName) return null;
  return (
    <>
      <L value={record.placeName} component="div" sx={{ typography: 'body2' }} />
      <Typography variant="caption" color="text.secondary">
        {translate(record.placeKind === 'DEPARTMENT' ? 'app.users.place_department' : 'app.users.place_office')}
      </Typography>
    </>
  );
};

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
      <DataTable.Col source="placeName" disableSort>
        <PlaceField />
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
