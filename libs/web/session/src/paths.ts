/**
 * Addresses of the pages of Brückenschlag, built in one place. The patterns are the routes of
 * `apps/web` (`routes.tsx`); the account paths are also in the API's mails, so they must stay.
 */
export const ROUTES = {
  home: '/',
  logIn: '/account/log-in',
  signUp: '/account/sign-up',
  checkMail: '/account/check-mail',
  verifyEmail: '/account/verify-email',
  forgotPassword: '/account/forgot-password',
  resetPassword: '/account/reset-password',
  account: '/account',
  newOrganisation: '/organisationen/neu',
  organisation: '/organisationen/:id',
  editOrganisation: '/organisationen/:id/bearbeiten',
  members: '/organisationen/:id/mitglieder',
  checks: '/organisationen/:id/praxis-check',
  assessment: '/organisationen/:id/praxis-check/:assessmentId',
  assessmentResults: '/organisationen/:id/praxis-check/:assessmentId/ergebnis',
  profile: '/organisationen/:id/profil',
  editProfile: '/organisationen/:id/profil/bearbeiten',
  invitation: '/invitation',
} as const;

const withNext = (path: string, next: string | null | undefined) =>
  next ? `${path}?${new URLSearchParams({ next }).toString()}` : path;

const organisationPath = (id: string) => `/organisationen/${encodeURIComponent(id)}`;

export const paths = {
  home: () => ROUTES.home,
  /** Log-in; afterwards the user goes to `next` (a path of this site). */
  logIn: (next?: string | null) => withNext(ROUTES.logIn, next),
  signUp: (next?: string | null) => withNext(ROUTES.signUp, next),
  checkMail: () => ROUTES.checkMail,
  forgotPassword: () => ROUTES.forgotPassword,
  account: () => ROUTES.account,
  newOrganisation: () => ROUTES.newOrganisation,
  organisation: organisationPath,
  editOrganisation: (id: string) => `${organisationPath(id)}/bearbeiten`,
  members: (id: string) => `${organisationPath(id)}/mitglieder`,
  /** The practice check of an organisation: start / continue, history, reviews due. */
  checks: (id: string) => `${organisationPath(id)}/praxis-check`,
  /** The wizard of one (draft) check, optionally at a checkpoint (1–7). */
  assessment: (id: string, assessmentId: string, checkpoint?: number) =>
    `${organisationPath(id)}/praxis-check/${encodeURIComponent(assessmentId)}${
      checkpoint ? `?checkpunkt=${checkpoint}` : ''
    }`,
  /** Results and measures plan of a completed check. */
  assessmentResults: (id: string, assessmentId: string) =>
    `${organisationPath(id)}/praxis-check/${encodeURIComponent(assessmentId)}/ergebnis`,
  /** The cooperation profile: what the organisation offers and seeks, and where it came from. */
  profile: (id: string) => `${organisationPath(id)}/profil`,
  /** The profile's edit view (adjustments, offer terms, settings). */
  editProfile: (id: string) => `${organisationPath(id)}/profil/bearbeiten`,
  invitation: (token: string) =>
    `${ROUTES.invitation}?${new URLSearchParams({ token }).toString()}`,
};

/**
 * `next` from a query string if it is a path on this site, else null: a link like
 * `/account/log-in?next=https://evil.example` must not send people elsewhere after log-in.
 */
export function safeNext(next: string | null | undefined): string | null {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) {
    return null;
  }
  return next;
}
