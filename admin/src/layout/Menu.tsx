import { ListSubheader } from '@mui/material';
import { Menu as RaMenu, useCanAccess, useSidebarState, useTranslate } from 'react-admin';

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
 * Applications, complaints and surveys for operators and supervisors, first: their daily work.
 * Catalogue and directory (offices, regions, the working calendar) for every signed-in account; the audit trail for administrators, supervisors and
 * directory administrators; accounts and API keys for administrators. Each resource item also asks canAccess and
 * hides itself for other roles; the subheaders follow.
 */
export const Menu = () => {
  const { canAccess: worker } = useCanAccess({ resource: 'applications', action: 'list' });
  const { canAccess: administrator } = useCanAccess({ resource: 'users', action: 'list' });
  const { canAccess: auditor } = useCanAccess({ resource: 'audit', action: 'list' });
  return (
    <RaMenu>
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
      {auditor && [<Subheader key="control" label="app.menu.control" />, <RaMenu.ResourceItem key="audit" name="audit" />]}
      {administrator && [
        <Subheader key="administration" label="app.menu.administration" />,
        <RaMenu.ResourceItem key="users" name="users" />,
        <RaMenu.ResourceItem key="apiKeys" name="apiKeys" />,
      ]}
    </RaMenu>
  );
};
