import AssignmentOutlined from '@mui/icons-material/AssignmentOutlined';
import { ServiceList } from './ServiceList';
import { ServiceShow } from './ServiceShow';

export default {
  list: ServiceList,
  show: ServiceShow,
  icon: AssignmentOutlined,
  recordRepresentation: 'code',
};
