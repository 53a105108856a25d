import { createBrowserRouter, RouterProvider } from 'react-router';
import { AppProviders } from './AppProviders';
import { AppLayout } from './AppLayout';
import { NotFoundPage } from './NotFoundPage';
import { PageLoader } from './PageLoader';
import { PublicLayout } from '../features/auth/PublicLayout';
import { LoginPage } from '../features/auth/LoginPage';
import { InvitePage } from '../features/auth/invite/InvitePage';
import { RequireSignIn } from '../features/auth/RequireSignIn';
import { CitiesHomePage } from '../features/cities/CitiesHomePage';

const router = createBrowserRouter([
  {
    // Open to visitors; no display-name picker before signing in.
    element: <PublicLayout />,
    children: [
      { path: 'login', element: <LoginPage /> },
      { path: 'invite/:token', element: <InvitePage /> },
    ],
  },
  {
    // The guard sits outside the layout, so a visitor never sees the header's picker flash by.
    element: <RequireSignIn />,
    HydrateFallback: PageLoader,
    children: [
      {
        element: <AppLayout />,
        children: [
          { index: true, element: <CitiesHomePage /> },
          {
            path: 'cities/:slug/ulg',
            // The charts (Recharts) load only with the ULG page.
            lazy: async () => ({ Component: (await import('../features/ulg/UlgPage')).UlgPage }),
          },
        ],
      },
    ],
  },
  {
    element: <AppLayout />,
    HydrateFallback: PageLoader,
    children: [
      {
        path: 'doc/:name',
        // The editor (Tiptap, Yjs) is most of the code; the start page loads without it.
        lazy: async () => ({ Component: (await import('../features/editor/DocumentPage')).DocumentPage }),
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
