export { Appendix3Page } from './Appendix3Page';
export { Dashboard } from './Dashboard';
export { Home, SupervisorOnly } from './Home';
export { TargetsPage } from './TargetsPage';
