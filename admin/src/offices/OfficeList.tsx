import { Box, Tooltip, Typography } from '@mui/material';
import Inventory2Outlined from '@mui/icons-material/Inventory2Outlined';
import {
  BooleanInput,
  CreateButton,
  DataTable,
  FilterButton,
  List,
  SearchInput,
  SelectInput,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { enumChoices } from '../common/EnumChipField';
import { LocalizedTextField } from '../common/LocalizedTextField';
import { RegionSelectInput } from '../common/RegionSelectInput';
import { OfficeKindField } from './OfficeKindField';
import { PhonesField } from './PhonesField';
import { OFFICE_KINDS } from './rules';
import type { OfficeRecord } from '../dataProvider/offices';

const filters = [
  <SearchInput key="q" source="q" alwaysOn sx={{ minWidth: 280 }} />,
  <RegionSelectInput key="regionCode" source="regionCode" alwaysOn emptyText="app.offices.all_regions" />,
  <SelectInput key="kind" source="kind" choices={enumChoices(OFFICE_KINDS, 'app.office_kind')} alwaysOn emptyText="app.offices.all_kinds" />,
  <BooleanInput key="openNow" source="openNow" alwaysOn helperText={false} sx={{ mb: 1.5 }} />,
  <BooleanInput key="includeArchived" source="includeArchived" helperText={false} sx={{ mb: 1.5 }} />,
];

const Actions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
  </TopToolbar>
);

/** The printed "N)" number, or the position for unnumbered sub-departments (greyed). */
const NumberField = () => {
  const record = useRecordContext<OfficeRecord>();
  if (!record) return null;
  return (
    <Typography variant="body2" component="span" sx={{ color: record.printedNumber ? 'text.primary' : 'text.disabled', fontFamily: 'monospace' }}>
      {record.printedNumber ?? '·'}
    </Typography>
  );
};

const NameField = () => {
  const record = useRecordContext<OfficeRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
      <LocalizedTextField source="name" sx={{ color: record.archived ? 'text.disabled' : undefined }} />
      {record.archived && (
        <Tooltip title={translate('app.offices.archived')}>
          <Inventory2Outlined fontSize="small" sx={{ color: 'text.disabled' }} />
        </Tooltip>
      )}
    </Box>
  );
};

/** The PSC offices of Appendix 2 in the decree's order, filtered on the server. */
export const OfficeList = () => (
  <List filters={filters} actions={<Actions />} exporter={false} perPage={25} sort={{ field: 'directory', order: 'ASC' }} filterDefaultValues={{}}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="regionCode" sx={{ width: 190 }}>
        <LocalizedTextField source="regionName" />
      </DataTable.Col>
      <DataTable.Col source="printedNumber" disableSort sx={{ width: 60 }}>
        <NumberField />
      </DataTable.Col>
      <DataTable.Col source="name">
        <NameField />
      </DataTable.Col>
      <DataTable.Col source="kind" disableSort sx={{ width: 170 }}>
        <OfficeKindField source="kind" />
      </DataTable.Col>
      <DataTable.Col source="address" disableSort field={LocalizedTextField} />
      <DataTable.Col source="phones" disableSort sx={{ width: 170 }}>
        <PhonesField />
      </DataTable.Col>
    </DataTable>
  </List>
);
