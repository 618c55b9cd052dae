import type { FieldProps } from 'react-admin';
import { EnumChipField } from '../common/EnumChipField';

export const OfficeKindField = (props: FieldProps) => (
  <EnumChipField
    {...props}
    source={props.source ?? 'kind'}
    prefix="app.office_kind"
    colors={{ CITY_DEPARTMENT: 'primary', DISTRICT_DEPARTMENT: 'info', SUB_DEPARTMENT: 'default', OTHER: 'default' }}
    variants={{ CITY_DEPARTMENT: 'outlined', DISTRICT_DEPARTMENT: 'outlined', SUB_DEPARTMENT: 'outlined', OTHER: 'outlined' }}
  />
);
