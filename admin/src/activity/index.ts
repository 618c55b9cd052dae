import ManageSearchOutlined from '@mui/icons-material/ManageSearchOutlined';
import { ActivityList } from './ActivityList';

export { WhoViewedButton } from './WhoViewedButton';

export default {
  list: ActivityList,
  icon: ManageSearchOutlined,
};
