import StorefrontOutlined from '@mui/icons-material/StorefrontOutlined';
import { OfficeCreate } from './OfficeCreate';
import { OfficeEdit } from './OfficeEdit';
import { OfficeList } from './OfficeList';
import { OfficeShow } from './OfficeShow';

export default {
  list: OfficeList,
  show: OfficeShow,
  edit: OfficeEdit,
  create: OfficeCreate,
  icon: StorefrontOutlined,
  recordRepresentation: (record: { name?: { kk?: string } }) => record.name?.kk ?? '',
};
