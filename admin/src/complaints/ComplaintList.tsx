import { Typography } from '@mui/material';
import { BooleanInput, CreateButton, DataTable, DateInput, FilterButton, List, SelectInput, TopToolbar, usePermissions, useRecordContext } from 'react-admin';
import { enumChoices } from '../common/EnumChipField';
import { RegionSelectInput } from '../common/RegionSelectInput';
import { shortDay } from '../common/dates';
import { formatInstant } from '../common/time';
import type { ComplaintRecord } from '../dataProvider/complaints';
import { COMPLAINT_STATUSES } from './enums';
import { ComplaintAboutField, ComplaintStatusField, OverdueMark } from './fields';

const filtersFor = (supervisor: boolean) =>
  [
    <SelectInput key="status" source="status" choices={enumChoices(COMPLAINT_STATUSES, 'app.complaint_status')} alwaysOn emptyText="app.applications.any" />,
    <BooleanInput key="overdue" source="overdue" alwaysOn helperText={false} sx={{ mb: 1.5 }} />,
    supervisor ? <RegionSelectInput key="regionCode" source="regionCode" alwaysOn emptyText="app.offices.all_regions" /> : null,
    <DateInput key="receivedFrom" source="receivedFrom" />,
    <DateInput key="receivedTo" source="receivedTo" />,
  ].filter((f) => f !== null);

const Actions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
  </TopToolbar>
);

const NumberField = () => {
  const record = useRecordContext<ComplaintRecord>();
  return record ? (
    <Typography variant="body2" component="span" sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>
      {record.number}
    </Typography>
  ) : null;
};

const DueField = () => {
  const record = useRecordContext<ComplaintRecord>();
  if (!record) return null;
  return (
    <Typography variant="body2" component="span" sx={{ whiteSpace: 'nowrap', color: record.overdue ? 'error.main' : undefined, fontWeight: record.overdue ? 600 : 400 }}>
      {shortDay(record.dueOn)}
      <OverdueMark />
    </Typography>
  );
};

const rowSx = (record: ComplaintRecord) => (record.overdue ? { bgcolor: 'rgba(211, 47, 47, 0.06)', boxShadow: 'inset 3px 0 0 #d32f2f' } : {});

/** The complaints journal of the operator's place or the supervisor's region, newest first; overdue ones highlighted. */
export const ComplaintList = () => {
  const { permissions } = usePermissions<string>();
  return (
    <List filters={filtersFor(permissions === 'SUPERVISOR')} actions={<Actions />} exporter={false} perPage={25}>
      <DataTable rowClick="show" bulkActionButtons={false} rowSx={rowSx}>
        <DataTable.Col source="number" disableSort>
          <NumberField />
        </DataTable.Col>
        <DataTable.Col source="receivedAt" disableSort render={(r: ComplaintRecord) => formatInstant(r.receivedAt)} />
        <DataTable.Col source="complainant" disableSort render={(r: ComplaintRecord) => r.complainant.fullName} />
        <DataTable.Col source="about" disableSort>
          <ComplaintAboutField />
        </DataTable.Col>
        <DataTable.Col source="service" disableSort render={(r: ComplaintRecord) => r.service?.code ?? '—'} />
        <DataTable.Col source="dueOn" disableSort>
          <DueField />
        </DataTable.Col>
        <DataTable.Col source="status" disableSort>
          <ComplaintStatusField />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
