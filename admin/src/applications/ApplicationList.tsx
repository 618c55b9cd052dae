import { Box, Tooltip, Typography } from '@mui/material';
import {
  BooleanInput,
  CreateButton,
  DataTable,
  DateInput,
  FilterButton,
  List,
  NumberInput,
  ReferenceInput,
  SearchInput,
  SelectArrayInput,
  SelectInput,
  TopToolbar,
  usePermissions,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { enumChoices } from '../common/EnumChipField';
import { L } from '../common/L';
import { DepartmentSelect, OfficeInput, ServiceOption } from '../common/FilterInputs';
import { RegionSelectInput } from '../common/RegionSelectInput';
import { useLocalizedText } from '../common/localizedText';
import { formatInstant } from '../common/time';
import type { ApplicationListRecord } from '../dataProvider/applications';
import { APPLICATION_STATUSES, CHANNELS, TIMELINESS } from './enums';
import { DueDateField, RemainingDaysField, StatusField, TimelinessField } from './fields';

const filtersFor = (supervisor: boolean, translate: (key: string) => string) =>
  [
    <SearchInput key="q" source="q" alwaysOn sx={{ minWidth: 300 }} placeholder={translate('app.applications.search_hint')} />,
    <SelectInput key="status" source="status" choices={enumChoices(APPLICATION_STATUSES, 'app.application_status')} alwaysOn emptyText="app.applications.all_statuses" />,
    <BooleanInput key="overdue" source="overdue" alwaysOn helperText={false} sx={{ mb: 1.5 }} />,
    <NumberInput key="dueWithin" source="dueWithin" min={0} max={365} step={1} alwaysOn={!supervisor} helperText={false} sx={{ width: 230 }} />,
    <SelectArrayInput key="timeliness" source="timeliness" choices={enumChoices(TIMELINESS, 'app.timeliness')} sx={{ minWidth: 200 }} />,
    <ReferenceInput key="serviceCode" source="serviceCode" reference="services" filter={{ status: 'IN_FORCE' }} perPage={50}>
      <SelectInput optionText={<ServiceOption />} emptyText="app.applications.any" sx={{ minWidth: 160 }} />
    </ReferenceInput>,
    supervisor ? <RegionSelectInput key="regionCode" source="regionCode" alwaysOn emptyText="app.offices.all_regions" sx={{ minWidth: 200 }} /> : null,
    <SelectInput key="channel" source="channel" choices={enumChoices(CHANNELS, 'app.channel')} emptyText="app.applications.any" />,
    <DateInput key="acceptedFrom" source="acceptedFrom" />,
    <DateInput key="acceptedTo" source="acceptedTo" />,
    <DateInput key="completedFrom" source="completedFrom" />,
    <DateInput key="completedTo" source="completedTo" />,
    // The places a supervisor narrows to (the dashboard's drill-down sets them); an operator's list is their place's.
    supervisor ? (
      <ReferenceInput key="officeId" source="officeId" reference="offices" perPage={50}>
        <OfficeInput />
      </ReferenceInput>
    ) : null,
    supervisor ? (
      <ReferenceInput key="departmentId" source="departmentId" reference="departments" perPage={20}>
        <DepartmentSelect />
      </ReferenceInput>
    ) : null,
  ].filter((f) => f !== null);

const Actions = () => (
  <TopToolbar>
    <FilterButton />
    <CreateButton />
  </TopToolbar>
);

const NumberField = () => {
  const record = useRecordContext<ApplicationListRecord>();
  if (!record) return null;
  return (
    <Typography variant="body2" component="span" sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>
      {record.number}
    </Typography>
  );
};

const ServiceField = () => {
  const record = useRecordContext<ApplicationListRecord>();
  const localized = useLocalizedText();
  if (!record) return null;
  return (
    <Tooltip title={localized(record.service.title)} placement="top-start">
      <Typography variant="body2" component="span" sx={{ display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden', maxWidth: 280 }}>
        <b>{record.service.code}</b> {localized(record.service.title)}
      </Typography>
    </Tooltip>
  );
};

/** The applicant's name and IIN (masked for supervisors). */
const ApplicantField = () => {
  const record = useRecordContext<ApplicationListRecord>();
  if (!record) return null;
  return (
    <Box>
      <Typography variant="body2">{record.applicant.fullName}</Typography>
      <Typography variant="caption" color="text.secondary" sx={{ fontFamily: 'monospace' }} data-testid="applicant-iin">
        {record.applicant.iin}
      </Typography>
    </Box>
  );
};

const PlaceField = () => {
  const record = useRecordContext<ApplicationListRecord>();
  if (!record) return null;
  return (
    <Box>
      <L value={record.region.name} component="div" sx={{ typography: 'body2' }} />
      <L value={(record.office ?? record.department)?.name} component="div" sx={{ typography: 'caption', color: 'text.secondary' }} />
    </Box>
  );
};

const AcceptedField = () => {
  const record = useRecordContext<ApplicationListRecord>();
  if (!record) return null;
  const [day, time] = formatInstant(record.acceptedAt).split(' ');
  return (
    <Box sx={{ whiteSpace: 'nowrap' }}>
      <Typography variant="body2">{day}</Typography>
      <Typography variant="caption" color="text.secondary">
        {time}
      </Typography>
    </Box>
  );
};

/** Overdue rows stand out: a red tint and a red edge. */
const rowSx = (record: ApplicationListRecord) =>
  record.timeliness === 'OVERDUE' ? { bgcolor: 'rgba(211, 47, 47, 0.06)', boxShadow: 'inset 3px 0 0 #d32f2f' } : {};

const Empty = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ p: 4, textAlign: 'center' }}>
      <Typography color="text.secondary">{translate('app.applications.empty')}</Typography>
      <CreateButton sx={{ mt: 2 }} variant="contained" />
    </Box>
  );
};

/**
 * Applications of the operator's place or the supervisor's region, newest first; overdue ones highlighted. Supervisors
 * see the IIN masked (the API masks it) and can narrow by region.
 */
export const ApplicationList = () => {
  const { permissions } = usePermissions<string>();
  const translate = useTranslate();
  const supervisor = permissions === 'SUPERVISOR';
  return (
    <List
      filters={filtersFor(supervisor, translate)}
      actions={<Actions />}
      exporter={false}
      perPage={25}
      sort={{ field: 'acceptedAt', order: 'DESC' }}
      empty={<Empty />}
      sx={{ '& .RaList-content': { overflowX: 'auto' } }}
    >
      <DataTable
        rowClick="show"
        bulkActionButtons={false}
        rowSx={rowSx}
        sx={{ '& .MuiTableCell-root': { px: 1 }, '& .MuiTableCell-root:first-of-type': { pl: 2 } }}
      >
        <DataTable.Col source="number" sx={{ width: 140 }}>
          <NumberField />
        </DataTable.Col>
        <DataTable.Col source="service" disableSort sx={{ minWidth: 180 }}>
          <ServiceField />
        </DataTable.Col>
        <DataTable.Col source="applicant" disableSort sx={{ minWidth: 150 }}>
          <ApplicantField />
        </DataTable.Col>
        {supervisor && (
          <DataTable.Col source="region" disableSort sx={{ minWidth: 150 }}>
            <PlaceField />
          </DataTable.Col>
        )}
        <DataTable.Col source="acceptedAt" sx={{ width: 105 }}>
          <AcceptedField />
        </DataTable.Col>
        <DataTable.Col source="dueOn" sx={{ width: 100 }}>
          <DueDateField />
        </DataTable.Col>
        <DataTable.Col source="remainingWorkingDays" disableSort align="center" sx={{ width: 90 }}>
          <RemainingDaysField />
        </DataTable.Col>
        <DataTable.Col source="status" disableSort>
          <StatusField />
        </DataTable.Col>
        <DataTable.Col source="timeliness" disableSort>
          <TimelinessField />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
