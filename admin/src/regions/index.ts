import PlaceOutlined from '@mui/icons-material/PlaceOutlined';
import { RegionList } from './RegionList';

export default {
  list: RegionList,
  icon: PlaceOutlined,
  recordRepresentation: 'code',
};
