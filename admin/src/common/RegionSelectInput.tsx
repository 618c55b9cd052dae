import { ReferenceInput, SelectInput, type SelectInputProps } from 'react-admin';
import { useLocalizedText, type LocalizedTextValue } from './localizedText';

/** A region chosen by name (in the interface language); its code is the value. */
export const RegionSelectInput = ({ source = 'regionCode', ...props }: Partial<SelectInputProps> & { source?: string }) => {
  const localized = useLocalizedText();
  return (
    <ReferenceInput source={source} reference="regions" sort={{ field: 'sortOrder', order: 'ASC' }} perPage={100}>
      <SelectInput optionText={(region: { name: LocalizedTextValue }) => localized(region.name)} {...props} />
    </ReferenceInput>
  );
};
