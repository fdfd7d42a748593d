import type { FakeRequest } from '@bs/web/data-access';
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AssessmentResultsPage } from './results-page';
import {
  assessment,
  ASSESSMENT_ID,
  CATALOGUE,
  membership,
  ORGANISATION_ID,
  renderPage,
  VIEWER,
} from './test-support';

const PATTERN = '/organisationen/:id/praxis-check/:assessmentId/ergebnis';
const PATH = `/organisationen/${ORGANISATION_ID}/praxis-check/${ASSESSMENT_ID}/ergebnis`;

/** The results of a completed check; the profile comes from `derivedFrom()`. */
function api(derivedFrom: () => string | null) {
  return (request: FakeRequest) => {
    switch (request.operationName) {
      case 'Viewer':
        return { data: { viewer: VIEWER } };
      case 'MyOrganisations':
        return { data: { myOrganisations: [membership('OWNER')] } };
      case 'Assessment':
        return {
          data: {
            assessment: {
              ...assessment(9),
              status: 'COMPLETED',
              completedAt: '2026-03-02T10:00:00.000Z',
            },
          },
        };
      case 'CheckOrganisation':
        return {
          data: {
            organisation: {
              __typename: 'Organisation',
              id: ORGANISATION_ID,
              name: 'Tafel e. V.',
              kind: 'ZO',
            },
          },
        };
      case 'CheckCatalogue':
        return { data: { checkCatalogue: CATALOGUE } };
      case 'AssessmentComparison':
        return { data: { assessmentChanges: [], land: null, district: null } };
      case 'Measures':
        return { data: { measures: [] } };
      case 'SuggestedMeasures':
        return { data: { suggestedMeasures: [] } };
      case 'ProfileDerivationOfCheck': {
        const assessmentId = derivedFrom();
        return {
          data: {
            profile: {
              __typename: 'Profile',
              organisationId: ORGANISATION_ID,
              derivation: assessmentId
                ? {
                    __typename: 'ProfileDerivation',
                    assessmentId,
                    derivedAt: '2026-03-02T10:00:01.000Z',
                  }
                : null,
            },
          },
        };
      }
      default:
        throw new Error(`unexpected ${request.operationName}`);
    }
  };
}

describe('the results page and the profile', () => {
  afterEach(cleanup);

  it('says when the profile has been updated from the check just completed, with a link to it', async () => {
    let derived: string | null = 'a0000000-0000-4000-8000-000000000000';
    const { api: server } = renderPage(<AssessmentResultsPage />, {
      path: PATH,
      pattern: PATTERN,
      state: { completed: true },
      answer: api(() => derived),
    });

    // The profile still comes from the check before: it asks again until it is derived.
    expect(await screen.findByText('Ihr Profil wird aktualisiert …')).toBeTruthy();
    derived = ASSESSMENT_ID;
    const status = (
      await screen.findByText('Ihr Profil wurde aktualisiert.', { exact: false })
    ).closest('[role="status"]') as HTMLElement;
    expect(
      within(status).getByRole('link', { name: 'Zum Kooperationsprofil' }).getAttribute('href'),
    ).toBe(`/organisationen/${ORGANISATION_ID}/profil`);
    expect(
      server.requests.filter((r) => r.operationName === 'ProfileDerivationOfCheck').length,
    ).toBeGreaterThanOrEqual(2);
  });

  it('links to the profile from the results of an earlier check, without news', async () => {
    renderPage(<AssessmentResultsPage />, {
      path: PATH,
      pattern: PATTERN,
      answer: api(() => 'a0000000-0000-4000-8000-000000000099'),
    });
    expect(
      (await screen.findByRole('link', { name: 'Zum Kooperationsprofil' })).getAttribute('href'),
    ).toBe(`/organisationen/${ORGANISATION_ID}/profil`);
    expect(screen.queryByText('Ihr Profil wurde aktualisiert.', { exact: false })).toBeNull();
    expect(screen.queryByText('Ihr Profil wird aktualisiert …')).toBeNull();
  });
});
