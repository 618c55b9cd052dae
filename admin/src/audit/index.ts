import HistoryOutlined from '@mui/icons-material/HistoryOutlined';
import { AuditList } from './AuditList';

export default {
  list: AuditList,
  icon: HistoryOutlined,
};
