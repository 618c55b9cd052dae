import FeedbackOutlined from '@mui/icons-material/FeedbackOutlined';
import { ComplaintCreate } from './ComplaintCreate';
import { ComplaintList } from './ComplaintList';
import { ComplaintShow } from './ComplaintShow';

export default {
  list: ComplaintList,
  show: ComplaintShow,
  create: ComplaintCreate,
  icon: FeedbackOutlined,
  recordRepresentation: 'number',
};
