import { ApolloProvider } from '@apollo/client/react';
import { DEFAULT_PROFILE_VISIBILITY, type ProfileField } from '@bs/domain';
import {
  createApolloClient,
  fakeGraphqlFetch,
  type FakeAnswer,
  type FakeRequest,
} from '@bs/web/data-access';
import { initI18n } from '@bs/web/i18n';
import { TAXONOMY } from '@bs/web/taxonomy/testing';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';

export const ORGANISATION_ID = 'c0000000-0000-4000-8000-000000000001';
export const INTERMEDIARY_ID = 'c0000000-0000-4000-8000-0000000000aa';
export const ASSESSMENT_ID = 'a0000000-0000-4000-8000-000000000001';
export const VIEW_PATH = `/organisationen/${ORGANISATION_ID}/profil`;
export const EDIT_PATH = `/organisationen/${ORGANISATION_ID}/profil/bearbeiten`;

export const VIEWER = {
  __typename: 'Viewer',
  id: 'u-erika',
  displayName: 'Erika Muster',
  email: 'erika@example.org',
  emailVerified: true,
  locale: 'de',
  platformRole: 'USER',
};

export const membership = (id: string, name: string, kind: string, role = 'OWNER') => ({
  __typename: 'MyOrganisation',
  role,
  organisation: { __typename: 'Organisation', id, name, kind },
});

export { TAXONOMY };

const localized = (de: string, en = de) => ({ __typename: 'LocalizedText', de, en });

/** A small check version: seven checkpoints, examples with the codes the entries name. */
export const CATALOGUE = {
  __typename: 'CheckCatalogue',
  template: 'ZO_KMU',
  version: 1,
  kind: 'ZO',
  title: localized('Zusammenarbeit mit KMU', 'Cooperation with SMEs'),
  checkpoints: [1, 2, 3, 4, 5, 6, 7].map((number) => ({
    __typename: 'CheckpointDefinition',
    number,
    code: `cp-${number}`,
    title: localized(`Titel ${number}`, `Title ${number}`),
    statement: localized(`Aussage ${number}`),
    whatGoodLooksLike: localized(`Gute Praxis ${number}`),
    whyItMatters: localized(`Warum ${number}`),
    examples:
      number === 2
        ? [
            {
              __typename: 'CheckExample',
              code: 'zo-2-volunteers',
              text: localized(
                'Ehrenamtliche aus Betrieben gewinnen',
                'Win volunteers from companies',
              ),
              codes: [],
            },
            {
              __typename: 'CheckExample',
              code: 'zo-2-team-days',
              text: localized('Teamtage für Betriebe anbieten', 'Offer team days to companies'),
              codes: [],
            },
          ]
        : [],
  })),
};

export interface EntryOptions {
  direction?: 'OFFERS' | 'SEEKS' | null;
  fromCheck?: boolean;
  manual?: boolean;
  hidden?: boolean;
  examples?: string[];
  terms?: { capacityPerYear: number | null; leadTimeDays: number | null; groupSize: number | null };
  verification?: {
    intermediaryId: string | null;
    intermediaryName: string | null;
    verifiedAt: string;
  };
}

export const entry = (category: string, code: string, options: EntryOptions = {}) => ({
  __typename: 'ProfileEntry',
  category,
  code,
  direction: options.direction ?? null,
  fromCheck: options.fromCheck ?? true,
  manual: options.manual ?? false,
  hidden: options.hidden ?? false,
  examples: options.examples ?? (options.fromCheck === false ? [] : ['zo-2-volunteers']),
  terms: options.terms ? { __typename: 'OfferTerms', ...options.terms } : null,
  verification: options.verification
    ? { __typename: 'AttributeVerification', ...options.verification }
    : null,
});

export const NO_TERMS = { capacityPerYear: null, leadTimeDays: null, groupSize: null };

export const VISIBILITY = {
  OFFERS: 'PUBLIC',
  SEEKS: 'PUBLIC',
  THEMES: 'PUBLIC',
  ATTRIBUTES: 'PUBLIC',
  REQUIRED_CRITERIA: 'SIGNED_IN',
  EXIT_CRITERIA: 'CONTACTS',
  READINESS: 'SIGNED_IN',
};

export type Change = {
  category: string;
  code: string;
  direction: string | null;
  change: 'ADDED' | 'REMOVED';
  effective: boolean;
};

/** The settings only insiders get. */
export const settings = (radiusKm = 30, requireVerified = false) => ({
  __typename: 'ProfileSettings',
  radiusKm,
  requireVerified,
  visibility: Object.entries(VISIBILITY).map(([field, level]) => ({
    __typename: 'FieldVisibility',
    field,
    level,
  })),
});

export type EntryFixture = ReturnType<typeof entry>;

const READINESS = {
  __typename: 'ProfileReadiness',
  ratings: ['GREEN', 'YELLOW', 'RED', 'GREEN', 'GREEN', 'GREEN', 'YELLOW'],
  green: 4,
  yellow: 2,
  red: 1,
  score: 0.667,
};

function baseProfile(derivationChanges: Change[]) {
  return {
    __typename: 'Profile',
    organisationId: ORGANISATION_ID,
    kind: 'ZO',
    version: 3,
    canEdit: false,
    canVerify: false,
    verifyingIntermediaries: [] as {
      __typename: 'VerifyingIntermediary';
      id: string;
      name: string;
    }[],
    withheldFields: [] as string[],
    entries: [] as EntryFixture[],
    readiness: READINESS as typeof READINESS | null,
    derivation: {
      __typename: 'ProfileDerivation',
      assessmentId: null,
      template: 'ZO_KMU',
      version: 1,
      derivedAt: '2026-03-03T10:00:00.000Z',
      changes: derivationChanges.map((c) => ({ __typename: 'ProfileChange', ...c })),
    },
    settings: null as ReturnType<typeof settings> | null,
  };
}

export type ProfileFixture = ReturnType<typeof baseProfile>;

/** A ZO's profile: what the test gives replaces the defaults. */
export function profile(
  changes: Partial<ProfileFixture> = {},
  derivationChanges: Change[] = [],
): ProfileFixture & {
  withheld: { __typename: 'FieldVisibility'; field: string; level: string }[];
} {
  const fixture = { ...baseProfile(derivationChanges), ...changes };
  // Withheld fields carry the level that would show them: the defaults of the domain.
  const withheld = fixture.withheldFields.map((field) => ({
    __typename: 'FieldVisibility' as const,
    field,
    level: DEFAULT_PROFILE_VISIBILITY[field as ProfileField],
  }));
  return { ...fixture, withheld };
}

export const ORGANISATION = {
  __typename: 'Organisation',
  id: ORGANISATION_ID,
  name: 'Tafel Leimen e. V.',
  kind: 'ZO',
};

/**
 * A fake API for the profile pages: viewer, memberships, taxonomy and catalogue are fixed;
 * `current()` gives the profile; `other` answers everything else (mutations).
 */
export function profileApi({
  current,
  viewer = VIEWER,
  memberships = [],
  other,
}: {
  current: () => unknown;
  viewer?: typeof VIEWER | null;
  memberships?: ReturnType<typeof membership>[];
  other?: (request: FakeRequest) => FakeAnswer | Promise<FakeAnswer>;
}) {
  return (request: FakeRequest): FakeAnswer | Promise<FakeAnswer> => {
    switch (request.operationName) {
      case 'Viewer':
        return { data: { viewer } };
      case 'MyOrganisations':
        return { data: { myOrganisations: memberships } };
      case 'Taxonomy':
        return { data: { taxonomy: TAXONOMY } };
      case 'ProfileCheckCatalogue':
        return { data: { checkCatalogue: CATALOGUE } };
      case 'ProfilePage':
        return { data: { organisation: ORGANISATION, profile: current() } };
      default:
        if (other) return other(request);
        throw new Error(`unexpected ${request.operationName}`);
    }
  };
}

/** Renders `element` at `path` (matching `pattern`) with German texts and a fake API. */
export function renderPage(
  element: ReactNode,
  {
    path,
    pattern,
    answer,
  }: {
    path: string;
    pattern: string;
    answer: (request: FakeRequest) => FakeAnswer | Promise<FakeAnswer>;
  },
) {
  const api = fakeGraphqlFetch(answer);
  const i18n = initI18n({ language: 'de' });
  const router = createMemoryRouter(
    [
      { path: pattern, element },
      { path: '*', element: <p data-testid="elsewhere">elsewhere</p> },
    ],
    { initialEntries: [path] },
  );
  const view = render(
    <I18nextProvider i18n={i18n}>
      <ApolloProvider client={createApolloClient({ fetch: api.fetch })}>
        <RouterProvider router={router} />
      </ApolloProvider>
    </I18nextProvider>,
  );
  return { ...view, api, router, i18n };
}
