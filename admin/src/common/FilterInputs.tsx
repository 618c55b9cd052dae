import { AutocompleteInput, SelectInput, useRecordContext } from 'react-admin';
import { useLocalizedText, type LocalizedTextValue } from './localizedText';

/** A standard as a choice: its code in bold, then its title in the interface language. */
export const ServiceOption = () => {
  const record = useRecordContext<{ code: string; title: LocalizedTextValue }>();
  const localized = useLocalizedText();
  if (!record) return null;
  return (
    <span>
      <b>{record.code}</b> {localized(record.title)}
    </span>
  );
};

/** A centre office by name, searched on the server (268 of them); inside a ReferenceInput. */
export const OfficeInput = () => {
  const localized = useLocalizedText();
  return <AutocompleteInput optionText={(o: { name: LocalizedTextValue }) => localized(o.name)} sx={{ minWidth: 280 }} />;
};

/** A defence affairs department (16 of them) by name; inside a ReferenceInput. */
export const DepartmentSelect = () => {
  const localized = useLocalizedText();
  return <SelectInput optionText={(o: { name: LocalizedTextValue }) => localized(o.name)} emptyText="app.applications.any" sx={{ minWidth: 240 }} />;
};
