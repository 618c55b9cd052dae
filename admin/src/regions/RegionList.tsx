import { DataTable, List, SearchInput, SelectInput, TextField } from 'react-admin';
import { EnumChipField, enumChoices } from '../common/EnumChipField';
import { LocalizedTextField } from '../common/LocalizedTextField';
import { RegionDirectory } from './RegionDirectory';

export const REGION_KINDS = ['CITY', 'OBLAST'] as const;

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={enumChoices(REGION_KINDS, 'app.region_kind')} />,
];

/** All sixteen regions on one page, in the decree's order; filtered and sorted in the browser; a row opens into its department and PSC branch. */
export const RegionList = () => (
  <List filters={filters} exporter={false} perPage={50} sort={{ field: 'sortOrder', order: 'ASC' }} pagination={false}>
    <DataTable rowClick="expand" expand={<RegionDirectory />} bulkActionButtons={false}>
      <DataTable.Col source="code" sx={{ width: 110, whiteSpace: 'nowrap' }}>
        <TextField source="code" sx={{ fontFamily: 'monospace', fontSize: 13 }} />
      </DataTable.Col>
      <DataTable.Col source="isoNumericCode" sx={{ width: 130, whiteSpace: 'nowrap' }}>
        <TextField source="isoNumericCode" emptyText="—" sx={{ fontFamily: 'monospace', fontSize: 13 }} />
      </DataTable.Col>
      <DataTable.Col source="name" disableSort field={LocalizedTextField} />
      <DataTable.Col source="kind" sx={{ width: 260 }}>
        <EnumChipField source="kind" prefix="app.region_kind" colors={{ CITY: 'primary', OBLAST: 'default' }} variants={{ CITY: 'outlined', OBLAST: 'outlined' }} />
      </DataTable.Col>
    </DataTable>
  </List>
);
