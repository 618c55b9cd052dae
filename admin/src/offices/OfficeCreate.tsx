import { Create } from 'react-admin';
import { NEW_OFFICE_DEFAULTS, OfficeForm } from './OfficeForm';

export const OfficeCreate = () => (
  <Create redirect="show">
    <OfficeForm defaultValues={NEW_OFFICE_DEFAULTS} />
  </Create>
);
