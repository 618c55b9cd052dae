import { Edit } from 'react-admin';
import { UserForm } from './UserForm';

/** Pessimistic: the API checks the version and the rules, and its answers must reach the form. */
export const UserEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list" actions={false}>
    <UserForm mode="edit" />
  </Edit>
);
