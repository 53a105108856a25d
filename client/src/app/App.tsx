import { createBrowserRouter, RouterProvider } from 'react-router';
import { AppProviders } from './AppProviders';
import { AppLayout } from './AppLayout';
import { NotFoundPage } from './NotFoundPage';
import { PageLoader } from './PageLoader';
import { LoginPage } from '../features/auth/LoginPage';
import { InvitePage } from '../features/auth/invite/InvitePage';
import { RequireSignIn } from '../features/auth/RequireSignIn';
import { CitiesHomePage } from '../features/cities/CitiesHomePage';

const router = createBrowserRouter([
  {
    element: <AppLayout />,
    children: [
      { path: 'login', element: <LoginPage /> },
      { path: 'invite/:token', element: <InvitePage /> },
      { path: 'join', HydrateFallback: PageLoader, lazy: async () => ({ Component: (await import('../features/workshops/JoinPage')).JoinPage }) },
      // Guests of a session reach it without an account: the page and the API decide what they see.
      { path: 'workshops/:id', HydrateFallback: PageLoader, lazy: async () => ({ Component: (await import('../features/workshops/WorkshopPage')).WorkshopPage }) },
      // The city's plan, read-only, for the session's participants (guests included), following the facilitator.
      {
        path: 'workshops/:id/plan',
        HydrateFallback: PageLoader,
        lazy: async () => ({ Component: (await import('../features/workshops/follow/WorkshopPlanPage')).WorkshopPlanPage }),
      },
      {
        // Every page that shows a city's work needs an account: visitors go to /login?next=...
        element: <RequireSignIn />,
        // Inside the layout, so the header stays while a lazily loaded page arrives.
        HydrateFallback: PageLoader,
        children: [
          { index: true, element: <CitiesHomePage /> },
          {
            path: 'cities/:slug/ulg',
            // The charts (Recharts) load only with the ULG page.
            lazy: async () => ({ Component: (await import('../features/ulg/UlgPage')).UlgPage }),
          },
          {
            // The lead partner's network view; the charts load only with it.
            path: 'network',
            lazy: async () => ({ Component: (await import('../features/dashboard/NetworkDashboardPage')).NetworkDashboardPage }),
          },
          {
            path: 'network/compare',
            lazy: async () => ({ Component: (await import('../features/dashboard/ComparePlansPage')).ComparePlansPage }),
          },
          { path: 'cities/:slug/workshops', lazy: async () => ({ Component: (await import('../features/workshops/WorkshopsPage')).WorkshopsPage }) },
          {
            path: 'doc/:name',
            // The editor (Tiptap, Yjs) is most of the code; the other pages load without it.
            lazy: async () => ({ Component: (await import('./DocumentPage')).DocumentPage }),
          },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

export function App() {
  return (
    <AppProviders>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
