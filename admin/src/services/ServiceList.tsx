import { DataTable, List, SearchInput, SelectInput } from 'react-admin';
import { enumChoices } from '../common/EnumChipField';
import { LocalizedTextField } from '../common/LocalizedTextField';
import { SERVICE_STATUSES, ServiceStatusField } from './ServiceStatusField';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={enumChoices(SERVICE_STATUSES, 'app.service_status')} />,
];

/** The decree's standards in its order (the API sorts; columns are not sortable). */
export const ServiceList = () => (
  <List filters={filters} exporter={false} perPage={25}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="code" disableSort sx={{ width: 80, whiteSpace: 'nowrap' }} cellSx={() => ({ fontWeight: 500 })} />
      <DataTable.Col source="title" disableSort field={LocalizedTextField} />
      <DataTable.Col source="status" disableSort sx={{ width: 150 }}>
        <ServiceStatusField source="status" />
      </DataTable.Col>
    </DataTable>
  </List>
);
