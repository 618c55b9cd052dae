import { Link } from 'react-router';
import ManageSearchOutlined from '@mui/icons-material/ManageSearchOutlined';
import { Button, useCanAccess, useRecordContext } from 'react-admin';
import { activityOfRecord } from './operations';

/**
 * "Who viewed this": the activity log filtered to the record shown (its reads, and the changes made to it), for those
 * who may open the log (supervisors, on the pages of applications and complaints).
 */
export const WhoViewedButton = () => {
  const record = useRecordContext<{ id: string | number }>();
  const { canAccess } = useCanAccess({ resource: 'activity', action: 'list' });
  if (!record || !canAccess) return null;
  return (
    <Button component={Link} to={activityOfRecord(String(record.id))} label="app.activity.who_viewed" data-testid="who-viewed">
      <ManageSearchOutlined />
    </Button>
  );
};
