import type { ReactNode } from 'react';
import { Alert, Box } from '@mui/material';
import { Loading, NavigateToFirstResource, usePermissions, useTranslate } from 'react-admin';
import { Dashboard } from './Dashboard';

/**
 * The console's home: the indicators dashboard for supervisors; everyone else lands where they did before, on the
 * first list they may open (applications for operators, the catalogue for the others).
 */
export const Home = () => {
  const { permissions, isPending } = usePermissions<string>();
  if (isPending) return <Loading />;
  return permissions === 'SUPERVISOR' ? <Dashboard /> : <NavigateToFirstResource loading={Loading} />;
};

/** The indicators' pages are supervisors' (the API refuses the others): a plain refusal for anyone else who finds the URL. */
export const SupervisorOnly = ({ children }: { children: ReactNode }) => {
  const { permissions, isPending } = usePermissions<string>();
  const translate = useTranslate();
  if (isPending) return <Loading />;
  if (permissions !== 'SUPERVISOR') {
    return (
      <Box sx={{ p: 2 }}>
        <Alert severity="warning">{translate('ra.notification.not_authorized')}</Alert>
      </Box>
    );
  }
  return <>{children}</>;
};
