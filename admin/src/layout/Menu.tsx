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

/** Registry pages for every signed-in account; accounts and API keys for administrators only. */
export const Menu = () => {
  // Each resource item also asks canAccess, and hides itself for other roles.
  const { canAccess: administrator } = useCanAccess({ resource: 'users', action: 'list' });
  return (
    <RaMenu>
      <Subheader label="app.menu.catalogue" />
      <RaMenu.ResourceItem name="services" />
      <RaMenu.ResourceItem name="regions" />
      {administrator && [
        <Subheader key="administration" label="app.menu.administration" />,
        <RaMenu.ResourceItem key="users" name="users" />,
        <RaMenu.ResourceItem key="apiKeys" name="apiKeys" />,
      ]}
    </RaMenu>
  );
};
