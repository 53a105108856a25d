import { lazy } from 'react';
import { Route, Switch } from 'wouter';
import { AppProviders } from './AppProviders';
import { AppLayout } from './AppLayout';
import { NotFoundPage } from './NotFoundPage';
import { RequireSignIn } from '../features/auth/RequireSignIn';

// Every page loads when first opened (AppLayout shows a loader meanwhile), so the entry holds
// only the frame they share. The editor (Tiptap, Yjs) is most of the code and the ULG and
// dashboard pages bring the charts; the sign-in, invitation and home pages are small, but
// their forms and cards (PasswordInput, SimpleGrid...) would otherwise be paid by every page,
// the plan included.
const LoginPage = lazy(() => import('../features/auth/LoginPage').then((module) => ({ default: module.LoginPage })));
const InvitePage = lazy(() => import('../features/auth/invite/InvitePage').then((module) => ({ default: module.InvitePage })));
const CitiesHomePage = lazy(() => import('../features/cities/CitiesHomePage').then((module) => ({ default: module.CitiesHomePage })));
const JoinPage = lazy(() => import('../features/workshops/JoinPage').then((module) => ({ default: module.JoinPage })));
const WorkshopPage = lazy(() => import('../features/workshops/WorkshopPage').then((module) => ({ default: module.WorkshopPage })));
const WorkshopsPage = lazy(() => import('../features/workshops/WorkshopsPage').then((module) => ({ default: module.WorkshopsPage })));
const UlgPage = lazy(() => import('../features/ulg/UlgPage').then((module) => ({ default: module.UlgPage })));
const NetworkDashboardPage = lazy(() =>
  import('../features/dashboard/NetworkDashboardPage').then((module) => ({ default: module.NetworkDashboardPage })),
);
const ComparePlansPage = lazy(() => import('../features/dashboard/ComparePlansPage').then((module) => ({ default: module.ComparePlansPage })));
const WorkshopPlanPage = lazy(() =>
  import('../features/workshops/follow/WorkshopPlanPage').then((module) => ({ default: module.WorkshopPlanPage })),
);
const DocumentPage = lazy(() => import('./DocumentPage').then((module) => ({ default: module.DocumentPage })));

/**
 * wouter's <Switch> renders the first route whose path matches the address: case-insensitive,
 * a trailing slash allowed, and the route without a path for every other address. Moving from
 * react-router to wouter made every page 9 KB brotli lighter. Layouts wrap their pages:
 * AppLayout frames them all, RequireSignIn the pages that show a city's work.
 */
export function App() {
  return (
    <AppProviders>
      <AppLayout>
        <Switch>
          <Route path="/login">
            <LoginPage />
          </Route>
          <Route path="/invite/:token">
            <InvitePage />
          </Route>
          <Route path="/join">
            <JoinPage />
          </Route>
          {/* Guests of a session reach it without an account: the page and the API decide what they see. */}
          <Route path="/workshops/:id">
            <WorkshopPage />
          </Route>
          {/* The city's plan, read-only, for the session's participants (guests included), following the facilitator. */}
          <Route path="/workshops/:id/plan">
            <WorkshopPlanPage />
          </Route>
          {/* Every page that shows a city's work needs an account: visitors go to /login?next=... */}
          <Route path="/">
            <RequireSignIn>
              <CitiesHomePage />
            </RequireSignIn>
          </Route>
          <Route path="/cities/:slug/ulg">
            <RequireSignIn>
              <UlgPage />
            </RequireSignIn>
          </Route>
          {/* The lead partner's network view. */}
          <Route path="/network">
            <RequireSignIn>
              <NetworkDashboardPage />
            </RequireSignIn>
          </Route>
          <Route path="/network/compare">
            <RequireSignIn>
              <ComparePlansPage />
            </RequireSignIn>
          </Route>
          <Route path="/cities/:slug/workshops">
            <RequireSignIn>
              <WorkshopsPage />
            </RequireSignIn>
          </Route>
          <Route path="/doc/:name">
            <RequireSignIn>
              <DocumentPage />
            </RequireSignIn>
          </Route>
          {/* No path: every other address. */}
          <Route>
            <NotFoundPage />
          </Route>
        </Switch>
      </AppLayout>
    </AppProviders>
  );
}
