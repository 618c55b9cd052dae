import { Admin, CustomRoutes, Resource } from 'react-admin';
import { Route } from 'react-router';
import activity from './activity';
import apiKeys from './apiKeys';
import applications, { ApplicationReceipt } from './applications';
import audit from './audit';
import calendar from './calendar';
import complaints from './complaints';
import { authProvider } from './authProvider';
import { dataProvider } from './dataProvider';
import feedback from './feedback';
import { Appendix3Page, Home, SupervisorOnly, TargetsPage } from './indicators';
import { i18nProvider } from './i18n';
import { Layout } from './layout/Layout';
import { Login } from './layout/Login';
import { theme } from './layout/theme';
import offices from './offices';
import regions from './regions';
import services from './services';
import users from './users';

/**
 * Supervisors' home is the indicators dashboard (with the targets and Appendix 3 pages beside it); the other roles'
 * home stays the first list they may open (indicators/Home.tsx).
 * Applications, complaints and surveys for operators and supervisors (the work of the offices and departments);
 * registry pages for everyone signed in; the audit trail for administrators and supervisors; the activity log (who
 * signed in, changed and viewed what) for administrators and supervisors; changes to offices and
 * the calendar for directory administrators; accounts and API keys only for administrators: authProvider.canAccess
 * hides their menu entries and buttons and guards their pages. (Resources are static: a `permissions => resources` child
 * function makes react-admin 5 loop between logout and /login on a first visit when getPermissions resolves at once.)
 */
export const App = () => (
  <Admin
    disableTelemetry
    requireAuth
    title="app.title"
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    dashboard={Home}
    layout={Layout}
    loginPage={Login}
    theme={theme}
  >
    <Resource name="applications" {...applications}>
      <Route path=":id/receipt" element={<ApplicationReceipt />} />
    </Resource>
    <Resource name="complaints" {...complaints} />
    <Resource name="feedback" {...feedback} />
    <Resource name="services" {...services} />
    <Resource name="offices" {...offices} />
    <Resource name="regions" {...regions} />
    <Resource name="calendar" {...calendar} />
    <Resource name="audit" {...audit} />
    <Resource name="activity" {...activity} />
    <Resource name="users" {...users} />
    <Resource name="apiKeys" {...apiKeys} />
    <Resource name="departments" />
    <CustomRoutes>
      <Route path="/targets" element={<SupervisorOnly><TargetsPage /></SupervisorOnly>} />
      <Route path="/appendix3" element={<SupervisorOnly><Appendix3Page /></SupervisorOnly>} />
    </CustomRoutes>
  </Admin>
);
