import { Box, Tooltip, Typography } from '@mui/material';
import {
  DataTable,
  DateInput,
  Link,
  List,
  NullableBooleanInput,
  ReferenceInput,
  SelectInput,
  usePermissions,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { enumChoices } from '../common/EnumChipField';
import { SURVEY_INDICATORS } from '../dataProvider/feedback';
import { L } from '../common/L';
import { DepartmentSelect, OfficeInput, ServiceOption } from '../common/FilterInputs';
import { RegionSelectInput } from '../common/RegionSelectInput';
import { shortDay } from '../common/dates';
import { useLocalizedText } from '../common/localizedText';
import type { FeedbackRecord } from '../dataProvider/feedback';

/** The indicator whose answers the list shows ("2.1 The process of the service"). */
const INDICATOR_CHOICES = SURVEY_INDICATORS.map((code) => ({ id: code, name: `app.feedback.indicator_choice.c${code.replace('.', '_')}` }));

const MAX_SCORES = [1, 2, 3, 4].map((n) => ({ id: n, name: `app.feedback.max_score_choice.${n}` }));

const filtersFor = (supervisor: boolean) =>
  [
    <ReferenceInput key="serviceCode" source="serviceCode" reference="services" filter={{ status: 'IN_FORCE' }} perPage={50} alwaysOn>
      <SelectInput optionText={<ServiceOption />} emptyText="app.applications.any" sx={{ minWidth: 160 }} />
    </ReferenceInput>,
    supervisor ? <RegionSelectInput key="regionCode" source="regionCode" alwaysOn emptyText="app.offices.all_regions" /> : null,
    <SelectInput key="maxScore" source="maxScore" choices={MAX_SCORES} alwaysOn emptyText="app.applications.any" sx={{ minWidth: 240 }} />,
    <DateInput key="respondedFrom" source="respondedFrom" />,
    <DateInput key="respondedTo" source="respondedTo" />,
    <SelectInput key="indicator" source="indicator" choices={INDICATOR_CHOICES} emptyText="app.applications.any" sx={{ minWidth: 220 }} />,
    <NullableBooleanInput key="satisfied" source="satisfied" helperText="app.feedback.satisfied_help" sx={{ minWidth: 200 }} />,
    <SelectInput key="channel" source="channel" choices={enumChoices(['CENTRE', 'BODY'], 'app.channel')} emptyText="app.applications.any" />,
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

/** A 1–5 score, red at 1–2, amber at 3, green at 4–5. */
const Score = ({ source }: { source: 'processScore' | 'informationScore' | 'complaintScore' | 'courtesyScore' }) => {
  const record = useRecordContext<FeedbackRecord>();
  const value = record?.[source];
  if (value == null) return <Typography variant="body2" color="text.disabled">—</Typography>;
  const color = value <= 2 ? 'error.main' : value === 3 ? 'warning.dark' : 'success.dark';
  return (
    <Box
      component="span"
      sx={{ display: 'inline-flex', alignItems: 'center', justifyContent: 'center', width: 28, height: 28, borderRadius: '50%', border: 2, borderColor: color, color, fontWeight: 700, fontSize: 13 }}
    >
      {value}
    </Box>
  );
};

const ApplicationField = () => {
  const record = useRecordContext<FeedbackRecord>();
  if (!record) return null;
  const number = (
    <Typography variant="body2" component="span" sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>
      {record.applicationNumber}
    </Typography>
  );
  return record.application ? (
    <Link to={`/applications/${encodeURIComponent(record.application.id)}/show`} onClick={(e: { stopPropagation: () => void }) => e.stopPropagation()}>
      {number}
    </Link>
  ) : (
    number
  );
};

const ServiceField = () => {
  const record = useRecordContext<FeedbackRecord>();
  const localized = useLocalizedText();
  if (!record) return null;
  return (
    <Tooltip title={localized(record.service.title)}>
      <Typography variant="body2" component="span" sx={{ fontWeight: 600 }}>
        {record.service.code}
      </Typography>
    </Tooltip>
  );
};

const PlaceField = () => {
  const record = useRecordContext<FeedbackRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Box>
      {record.office ? <L value={record.office.name} component="div" sx={{ typography: 'body2' }} /> : <Typography variant="body2">{translate(`app.channel.${record.channel}`)}</Typography>}
      <L value={record.region.name} component="div" sx={{ typography: 'caption', color: 'text.secondary' }} />
    </Box>
  );
};

/** A column header with the indicator's code and, on hover, what it measures. */
const IndicatorHeader = ({ code, label }: { code: string; label: string }) => {
  const translate = useTranslate();
  return (
    <Tooltip title={translate(label)}>
      <span>{code}</span>
    </Tooltip>
  );
};

/** Satisfaction surveys of the applications the caller may see (indicators 2.1, 3.1, 4.1, 5.1 of Appendix 3). */
export const FeedbackList = () => {
  const { permissions } = usePermissions<string>();
  return (
    <List filters={filtersFor(permissions === 'SUPERVISOR')} exporter={false} perPage={25} actions={false} sort={{ field: 'respondedAt', order: 'DESC' }}>
      <DataTable rowClick={false} bulkActionButtons={false}>
        <DataTable.Col source="respondedOn" disableSort sx={{ width: 110 }} render={(r: FeedbackRecord) => shortDay(r.respondedOn)} />
        <DataTable.Col source="applicationNumber" disableSort>
          <ApplicationField />
        </DataTable.Col>
        <DataTable.Col source="service" disableSort>
          <ServiceField />
        </DataTable.Col>
        <DataTable.Col source="office" disableSort>
          <PlaceField />
        </DataTable.Col>
        <DataTable.Col source="processScore" disableSort align="center" label={<IndicatorHeader code="2.1" label="app.feedback.indicators.process" />}>
          <Score source="processScore" />
        </DataTable.Col>
        <DataTable.Col source="informationScore" disableSort align="center" label={<IndicatorHeader code="3.1" label="app.feedback.indicators.information" />}>
          <Score source="informationScore" />
        </DataTable.Col>
        <DataTable.Col source="complaintScore" disableSort align="center" label={<IndicatorHeader code="4.1" label="app.feedback.indicators.complaint" />}>
          <Score source="complaintScore" />
        </DataTable.Col>
        <DataTable.Col source="courtesyScore" disableSort align="center" label={<IndicatorHeader code="5.1" label="app.feedback.indicators.courtesy" />}>
          <Score source="courtesyScore" />
        </DataTable.Col>
        <DataTable.Col source="comment" disableSort render={(r: FeedbackRecord) => r.comment ?? ''} />
      </DataTable>
    </List>
  );
};
