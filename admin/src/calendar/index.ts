import CalendarMonthOutlined from '@mui/icons-material/CalendarMonthOutlined';
import { CalendarPage } from './CalendarPage';

/** A page of its own, as a resource so that the menu, the route and canAccess treat it like the others. */
export default {
  list: CalendarPage,
  icon: CalendarMonthOutlined,
};
