import { ListSubheader } from '@mui/material';
import AssessmentOutlined from '@mui/icons-material/AssessmentOutlined';
import FlagOutlined from '@mui/icons-material/FlagOutlined';
import InsightsOutlined from '@mui/icons-material/InsightsOutlined';
import { Menu as RaMenu, useCanAccess, usePermissions, useSidebarState, useTranslate } from 'react-admin';

const Subheader = ({ label }: { label: string }) => {
  const [open] = useSidebarState();
  const translate = useTranslate();
  if (!open) return null;
  return (
    <ListSubheader component="div" disableSticky sx={{ lineHeight: '32px', mt: 1, bgcolor: 'transparent', textTransform: 'uppercase', fontSize: 11, letterSpacing: 0.6 }}>
      {translate(label)}
    </ListSubheader>
  );
};

/**
 * Supervisors first see the indicators (the dashboard, the year's targets, Appendix 3 per standard).
 * Applications, complaints and surveys for operators and supervisors, first: their daily work.
 * Catalogue and directory (offices, regions, the working calendar) for every signed-in account; the audit trail for administrators, supervisors and
 * directory administrators, and the activity log (who signed in, changed and viewed what) for administrators and supervisors, under
 * "control"; accounts and API keys for administrators. Each resource item also asks canAccess and hides itself for other roles; the
 * subheaders follow.
 */
export const Menu = () => {
  const { canAccess: worker } = useCanAccess({ resource: 'applications', action: 'list' });
  const { canAccess: administrator } = useCanAccess({ resource: 'users', action: 'list' });
  const { canAccess: auditor } = useCanAccess({ resource: 'audit', action: 'list' });
  const { canAccess: activityReader } = useCanAccess({ resource: 'activity', action: 'list' });
  const { permissions } = usePermissions<string>();
  return (
    <RaMenu>
      {permissions === 'SUPERVISOR' && [
        <Subheader key="indicators" label="app.menu.indicators" />,
        <RaMenu.DashboardItem key="dashboard" primaryText="app.dashboard.menu" leftIcon={<InsightsOutlined />} />,
        <RaMenu.Item key="targets" to="/targets" primaryText="app.targets.menu" leftIcon={<FlagOutlined />} />,
        <RaMenu.Item key="appendix3" to="/appendix3" primaryText="app.appendix3.menu" leftIcon={<AssessmentOutlined />} />,
      ]}
      {worker && [
        <Subheader key="work" label="app.menu.work" />,
        <RaMenu.ResourceItem key="applications" name="applications" />,
        <RaMenu.ResourceItem key="complaints" name="complaints" />,
        <RaMenu.ResourceItem key="feedback" name="feedback" />,
      ]}
      <Subheader label="app.menu.catalogue" />
      <RaMenu.ResourceItem name="services" />
      <Subheader label="app.menu.directory" />
      <RaMenu.ResourceItem name="offices" />
      <RaMenu.ResourceItem name="regions" />
      <RaMenu.ResourceItem name="calendar" />
      {(auditor || activityReader) && <Subheader label="app.menu.control" />}
      {auditor && <RaMenu.ResourceItem name="audit" />}
      {activityReader && <RaMenu.ResourceItem name="activity" />}
      {administrator && [
        <Subheader key="administration" label="app.menu.administration" />,
        <RaMenu.ResourceItem key="users" name="users" />,
        <RaMenu.ResourceItem key="apiKeys" name="apiKeys" />,
      ]}
    </RaMenu>
  );
};
