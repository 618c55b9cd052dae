import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createHashRouter, RouterProvider } from 'react-router';
import { App } from './App';

/*
 * react-admin would create this hash router itself; it is created here to render route changes synchronously
 * (useTransitions={false}). With React transitions, a redirect to /login (logout's navigate followed at once by
 * the store reset and the query cache clear) is interrupted by the urgent re-render it causes, the protected
 * routes stay mounted and log out again, and the browser loops over history.pushState for seconds.
 */
const router = createHashRouter([{ path: '*', element: <App /> }]);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <RouterProvider router={router} useTransitions={false} />
  </StrictMode>,
);
