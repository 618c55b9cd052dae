import VpnKeyOutlined from '@mui/icons-material/VpnKeyOutlined';
import { ApiKeyCreate } from './ApiKeyCreate';
import { ApiKeyList } from './ApiKeyList';

export default {
  list: ApiKeyList,
  create: ApiKeyCreate,
  icon: VpnKeyOutlined,
  recordRepresentation: 'name',
};
