import { DataTable, List, SelectInput, TextInput, TextField } from 'react-admin';
import { EnumChipField, enumChoices } from '../common/EnumChipField';
import { LocaleDateField } from '../common/LocaleDateField';
import { AuditDiff } from './AuditDiff';

export const AUDIT_ENTITY_TYPES = ['Office', 'CalendarDay', 'Service', 'DeadlineRule', 'ServiceSchedule'] as const;
export const AUDIT_ACTIONS = ['officeCreate', 'officeUpdate', 'officeArchive', 'calendarDaySet', 'serviceUpdate', 'deadlineRuleUpdate', 'scheduleUpdate'] as const;

const filters = [
  <SelectInput key="entityType" source="entityType" choices={enumChoices(AUDIT_ENTITY_TYPES, 'app.audit.entity')} alwaysOn />,
  <SelectInput key="action" source="action" choices={enumChoices(AUDIT_ACTIONS, 'app.audit.action')} alwaysOn />,
  <TextInput key="actorLogin" source="actorLogin" alwaysOn />,
  <TextInput key="entityKey" source="entityKey" />,
  <TextInput key="from" source="from" type="date" />,
  <TextInput key="to" source="to" type="date" />,
];

/** Every change made through the API, newest first; a row opens into a diff of the values. */
export const AuditList = () => (
  <List filters={filters} exporter={false} perPage={25}>
    <DataTable rowClick="expand" expand={<AuditDiff />} bulkActionButtons={false}>
      <DataTable.Col source="createdAt" disableSort sx={{ width: 190, whiteSpace: 'nowrap' }}>
        <LocaleDateField source="createdAt" showTime />
      </DataTable.Col>
      <DataTable.Col source="actorLogin" disableSort sx={{ width: 160 }}>
        <TextField source="actorLogin" sx={{ fontFamily: 'monospace', fontSize: 13 }} />
      </DataTable.Col>
      <DataTable.Col source="action" disableSort sx={{ width: 230 }}>
        <EnumChipField source="action" prefix="app.audit.action" colors={{ officeArchive: 'warning', officeCreate: 'success' }} variants={{}} />
      </DataTable.Col>
      <DataTable.Col source="entityType" disableSort sx={{ width: 180 }}>
        <EnumChipField source="entityType" prefix="app.audit.entity" variants={{ Office: 'outlined', CalendarDay: 'outlined', Service: 'outlined', DeadlineRule: 'outlined', ServiceSchedule: 'outlined' }} />
      </DataTable.Col>
      <DataTable.Col source="entityKey" disableSort>
        <TextField source="entityKey" sx={{ fontFamily: 'monospace', fontSize: 12.5, color: 'text.secondary' }} />
      </DataTable.Col>
    </DataTable>
  </List>
);
