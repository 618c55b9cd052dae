import PeopleOutlined from '@mui/icons-material/PeopleOutlined';
import { UserCreate } from './UserCreate';
import { UserEdit } from './UserEdit';
import { UserList } from './UserList';

export default {
  list: UserList,
  create: UserCreate,
  edit: UserEdit,
  icon: PeopleOutlined,
  recordRepresentation: 'fullName',
};
