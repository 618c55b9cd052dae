import { DataTable, DateInput, List, SelectInput, TextInput } from 'react-admin';
import { enumChoices } from '../common/EnumChipField';
import { ACTIVITY_KINDS } from '../dataProvider/activity';
import { ActivityDetails } from './ActivityDetails';
import { ActorField, AtField, IpField, KindField, OperationField, OutcomeField, RecordsField } from './fields';
import { OPERATIONS } from './operations';

const filters = [
  <SelectInput key="kind" source="kind" choices={enumChoices(ACTIVITY_KINDS, 'app.activity.kind')} alwaysOn sx={{ minWidth: 200 }} />,
  <TextInput key="actorLogin" source="actorLogin" alwaysOn />,
  <SelectInput key="operation" source="operation" choices={enumChoices(OPERATIONS, 'app.activity.operation')} alwaysOn sx={{ minWidth: 220 }} />,
  <TextInput key="entityId" source="entityId" alwaysOn sx={{ minWidth: 330, '& input': { fontFamily: 'monospace', fontSize: 13 } }} />,
  // Kazakhstan's days, as the times are shown (dataProvider/activity.ts).
  <DateInput key="from" source="from" alwaysOn />,
  <DateInput key="to" source="to" alwaysOn />,
];

/**
 * Who signed in, changed and viewed what, newest first (the API's order): every mutation, sign-ins with the login
 * tried, and every read of applications and complaints with the records viewed. A row opens into the arguments the
 * call carried (redacted by the server) and all its records. Administrators and supervisors (authProvider).
 */
export const ActivityList = () => (
  <List filters={filters} exporter={false} perPage={25}>
    <DataTable rowClick="expand" expand={<ActivityDetails />} bulkActionButtons={false}>
      <DataTable.Col source="at" disableSort sx={{ width: 170 }}>
        <AtField />
      </DataTable.Col>
      <DataTable.Col source="actorLogin" disableSort sx={{ width: 220 }}>
        <ActorField />
      </DataTable.Col>
      <DataTable.Col source="operation" disableSort sx={{ width: 250 }}>
        <OperationField />
      </DataTable.Col>
      <DataTable.Col source="kind" disableSort sx={{ width: 170 }}>
        <KindField />
      </DataTable.Col>
      <DataTable.Col source="entityIds" disableSort>
        <RecordsField />
      </DataTable.Col>
      <DataTable.Col source="outcome" disableSort sx={{ width: 150 }}>
        <OutcomeField />
      </DataTable.Col>
      <DataTable.Col source="ip" disableSort sx={{ width: 150, whiteSpace: 'nowrap' }}>
        <IpField />
      </DataTable.Col>
    </DataTable>
  </List>
);
