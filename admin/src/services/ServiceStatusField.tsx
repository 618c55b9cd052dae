import type { FieldProps } from 'react-admin';
import { EnumChipField } from '../common/EnumChipField';

export const SERVICE_STATUSES = ['IN_FORCE', 'REPEALED'] as const;

export const ServiceStatusField = (props: FieldProps) => (
  <EnumChipField
    {...props}
    source={props.source ?? 'status'}
    prefix="app.service_status"
    colors={{ IN_FORCE: 'success', REPEALED: 'default' }}
    variants={{ IN_FORCE: 'filled', REPEALED: 'outlined' }}
  />
);
