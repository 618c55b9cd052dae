import type { FieldProps } from 'react-admin';
import { EnumChipField } from '../common/EnumChipField';

export const ApiKeyStatusField = (props: FieldProps) => (
  <EnumChipField
    {...props}
    source={props.source ?? 'status'}
    prefix="app.api_key_status"
    colors={{ ACTIVE: 'success', REVOKED: 'error', EXPIRED: 'warning' }}
    variants={{ ACTIVE: 'filled', REVOKED: 'outlined', EXPIRED: 'outlined' }}
  />
);
