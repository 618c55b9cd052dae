import AssignmentIndOutlined from '@mui/icons-material/AssignmentIndOutlined';
import { ApplicationCreate } from './ApplicationCreate';
import { ApplicationList } from './ApplicationList';
import { ApplicationShow } from './ApplicationShow';

export { ApplicationReceipt } from './ApplicationReceipt';

export default {
  list: ApplicationList,
  show: ApplicationShow,
  create: ApplicationCreate,
  icon: AssignmentIndOutlined,
  recordRepresentation: 'number',
};
