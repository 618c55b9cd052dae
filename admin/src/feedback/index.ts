import ThumbsUpDownOutlined from '@mui/icons-material/ThumbsUpDownOutlined';
import { FeedbackList } from './FeedbackList';

export default {
  list: FeedbackList,
  icon: ThumbsUpDownOutlined,
};
