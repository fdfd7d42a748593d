import { ROUTES } from '@bs/web/session';
import { lazy, Suspense, type ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { CrashPage } from './crash-page';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';
import { PageLoading } from './page-loading';

// Leaflet and the map feature load with the map route, not with the app shell; the account and
// organisation pages, the practice check and the profile load with the first of them (each
// feature is one chunk).
const loadMapPage = () => import('./map-page');
// The map is the front door: on `/` its chunk loads while the shell starts, not after.
if (typeof window !== 'undefined' && window.location.pathname === '/') void loadMapPage();
const MapPage = lazy(loadMapPage);
const accounts = () => import('@bs/web/accounts');
const organisations = () => import('@bs/web/organisations');
const checks = () => import('@bs/web/checks');
const profiles = () => import('@bs/web/profiles');

function page<M>(load: () => Promise<M>, pick: (module: M) => ComponentType) {
  const Page = lazy(() => load().then((module) => ({ default: pick(module) })));
  return (
    <Suspense fallback={<PageLoading />}>
      <Page />
    </Suspense>
  );
}

/** A child route's path: the absolute pattern of ROUTES without its leading slash. */
const child = (path: string) => path.replace(/^\//, '');

export const routes: RouteObject[] = [
  {
    path: '/',
    Component: Layout,
    ErrorBoundary: CrashPage,
    children: [
      {
        index: true,
        element: (
          <Suspense fallback={<PageLoading />}>
            <MapPage />
          </Suspense>
        ),
      },
      { path: child(ROUTES.account), element: page(accounts, (m) => m.AccountPage) },
      { path: child(ROUTES.signUp), element: page(accounts, (m) => m.SignUpPage) },
      { path: child(ROUTES.logIn), element: page(accounts, (m) => m.LogInPage) },
      { path: child(ROUTES.checkMail), element: page(accounts, (m) => m.CheckMailPage) },
      { path: child(ROUTES.verifyEmail), element: page(accounts, (m) => m.VerifyEmailPage) },
      { path: child(ROUTES.forgotPassword), element: page(accounts, (m) => m.ForgotPasswordPage) },
      { path: child(ROUTES.resetPassword), element: page(accounts, (m) => m.ResetPasswordPage) },
      {
        path: child(ROUTES.newOrganisation),
        element: page(organisations, (m) => m.CreateOrganisationPage),
      },
      {
        path: child(ROUTES.organisation),
        element: page(organisations, (m) => m.OrganisationPage),
      },
      {
        path: child(ROUTES.editOrganisation),
        element: page(organisations, (m) => m.EditOrganisationPage),
      },
      { path: child(ROUTES.members), element: page(organisations, (m) => m.MembersPage) },
      { path: child(ROUTES.checks), element: page(checks, (m) => m.ChecksOverviewPage) },
      { path: child(ROUTES.assessment), element: page(checks, (m) => m.AssessmentWizardPage) },
      {
        path: child(ROUTES.assessmentResults),
        // The results lead on to the updated profile: its chunk loads alongside.
        element: page(
          () => {
            void profiles();
            return checks();
          },
          (m) => m.AssessmentResultsPage,
        ),
      },
      { path: child(ROUTES.profile), element: page(profiles, (m) => m.ProfilePage) },
      { path: child(ROUTES.editProfile), element: page(profiles, (m) => m.ProfileEditPage) },
      { path: child(ROUTES.invitation), element: page(organisations, (m) => m.InvitationPage) },
      { path: '*', Component: NotFoundPage },
    ],
  },
];
