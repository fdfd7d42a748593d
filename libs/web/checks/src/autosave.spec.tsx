import { fakeApiError, type FakeAnswer, type FakeRequest } from '@bs/web/data-access';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AssessmentWizardPage } from './assessment-wizard-page';
import {
  answer,
  assessment,
  ASSESSMENT_ID,
  CATALOGUE,
  membership,
  ORGANISATION_ID,
  renderPage,
  VIEWER,
} from './test-support';

const PATTERN = '/organisationen/:id/praxis-check/:assessmentId';
const PATH = `/organisationen/${ORGANISATION_ID}/praxis-check/${ASSESSMENT_ID}`;

interface SaveInput {
  assessmentId: string;
  revision: number;
  checkpoints: { number: number; rating?: string | null; notes?: string }[];
}

/** A fake API whose saves the test answers (`onSave`); everything else is fixed. */
function api(
  onSave: (input: SaveInput) => FakeAnswer,
  extra?: (r: FakeRequest) => FakeAnswer | null,
) {
  return (request: FakeRequest): FakeAnswer => {
    const special = extra?.(request);
    if (special) return special;
    switch (request.operationName) {
      case 'Viewer':
        return { data: { viewer: VIEWER } };
      case 'MyOrganisations':
        return { data: { myOrganisations: [membership('EDITOR')] } };
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
      case 'Assessment':
        return { data: { assessment: assessment(1) } };
      case 'CheckCatalogue':
        return { data: { checkCatalogue: CATALOGUE } };
      case 'SaveAssessment':
        return onSave(request.variables['input'] as SaveInput);
      default:
        throw new Error(`unexpected ${request.operationName}`);
    }
  };
}

const saved = (revision: number) => ({ data: { saveAssessment: assessment(revision) } });

/** The other person's answers: checkpoint 1 green with a note, checkpoint 2 yellow. */
const OTHERS = {
  revision: 5,
  checkpoints: [1, 2, 3, 4, 5, 6, 7].map((n) =>
    n === 1
      ? { ...answer(1, { rating: 'GREEN', notes: 'Von Max' }), __typename: undefined }
      : n === 2
        ? { ...answer(2, { rating: 'YELLOW' }), __typename: undefined }
        : { ...answer(n), __typename: undefined },
  ),
};

async function startOnCheckpointOne(reply: ReturnType<typeof api>) {
  const view = renderPage(<AssessmentWizardPage autosaveDelay={20} />, {
    path: `${PATH}?checkpunkt=1`,
    pattern: PATTERN,
    answer: reply,
  });
  await screen.findByRole('heading', { level: 2, name: /^Checkpunkt 1 von 7\s?: Titel 1$/ });
  return view;
}

describe('the wizard saves as one types', () => {
  afterEach(cleanup);

  it('sends only the changed checkpoint with the revision after a pause, and says so', async () => {
    const saves: SaveInput[] = [];
    const { api: fake } = await startOnCheckpointOne(
      api((input) => {
        saves.push(input);
        return saved(input.revision + 1);
      }),
    );

    fireEvent.click(screen.getByRole('radio', { name: 'Rot: dringender Handlungsbedarf' }));
    fireEvent.change(screen.getByLabelText(/Notizen/), { target: { value: 'Erst' } });
    fireEvent.change(screen.getByLabelText(/Notizen/), { target: { value: 'Erster Entwurf' } });
    expect(screen.getByText('Noch nicht gespeichert')).toBeTruthy();
    await waitFor(() => expect(screen.getByText('Gespeichert')).toBeTruthy());

    // One request for the burst of changes, with checkpoint 1 only.
    expect(saves).toHaveLength(1);
    expect(saves[0]).toMatchObject({
      assessmentId: ASSESSMENT_ID,
      revision: 1,
      checkpoints: [{ number: 1, rating: 'RED', notes: 'Erster Entwurf' }],
    });

    // The next change is based on the new revision.
    fireEvent.click(screen.getByRole('checkbox', { name: 'Beispiel 1a' }));
    await waitFor(() => expect(saves).toHaveLength(2));
    expect(saves[1]).toMatchObject({
      revision: 2,
      checkpoints: [{ number: 1, tickedExamples: ['zo-1-a'] }],
    });
    expect(fake.requests.filter((r) => r.operationName === 'SaveAssessment')).toHaveLength(2);
  });

  it('shows the other person’s answers on a conflict; keeping mine saves them with the new revision', async () => {
    const saves: SaveInput[] = [];
    await startOnCheckpointOne(
      api((input) => {
        saves.push(input);
        return input.revision === 1
          ? fakeApiError('CONFLICT', 'checks.revisionConflict', { current: OTHERS })
          : saved(input.revision + 1);
      }),
    );

    fireEvent.click(screen.getByRole('radio', { name: /^Rot/ }));
    fireEvent.change(screen.getByLabelText(/Notizen/), { target: { value: 'Meine Notiz' } });

    const alert = await screen.findByRole('alert', {
      name: 'Jemand anderes hat inzwischen Antworten geändert',
    });
    // Only checkpoint 1 was changed by both; checkpoint 2 (only theirs) is taken over quietly.
    expect(within(alert).getByRole('heading', { name: 'Checkpunkt 1: Titel 1' })).toBeTruthy();
    expect(within(alert).queryByRole('heading', { name: /Checkpunkt 2/ })).toBeNull();
    expect(within(alert).getByText('Notizen: Von Max')).toBeTruthy();
    expect(within(alert).getByText('Notizen: Meine Notiz')).toBeTruthy();
    expect(within(alert).getByText('Grün: derzeit kein Handlungsbedarf')).toBeTruthy();
    const steps = screen.getByRole('navigation', { name: 'Checkpunkte' });
    expect(within(steps).getByRole('link', { name: /2\. Titel 2.*Gelb/ })).toBeTruthy();
    expect(screen.getByText('Noch nicht gespeichert')).toBeTruthy();
    expect(saves).toHaveLength(1);

    fireEvent.click(within(alert).getByRole('button', { name: 'Meine Antworten behalten' }));
    await waitFor(() => expect(screen.getByText('Gespeichert')).toBeTruthy());
    expect(screen.queryByRole('alert')).toBeNull();
    expect(saves).toHaveLength(2);
    expect(saves[1]).toMatchObject({
      revision: 5,
      checkpoints: [{ number: 1, rating: 'RED', notes: 'Meine Notiz' }],
    });
  });

  it('taking the other person’s answers puts them into the form and sends nothing', async () => {
    const saves: SaveInput[] = [];
    await startOnCheckpointOne(
      api((input) => {
        saves.push(input);
        return fakeApiError('CONFLICT', 'checks.revisionConflict', { current: OTHERS });
      }),
    );
    fireEvent.change(screen.getByLabelText(/Notizen/), { target: { value: 'Meine Notiz' } });
    const alert = await screen.findByRole('alert');
    fireEvent.click(
      within(alert).getByRole('button', { name: 'Antworten der anderen Person übernehmen' }),
    );

    expect(screen.getByLabelText<HTMLTextAreaElement>(/Notizen/).value).toBe('Von Max');
    expect(screen.getByRole('radio', { name: /^Grün/ }).getAttribute('aria-checked')).toBe('true');
    await waitFor(() => expect(screen.getByText('Gespeichert')).toBeTruthy());
    expect(saves).toHaveLength(1);
  });

  it('lists the unrated checkpoints with links when completing is refused', async () => {
    const { router } = renderPage(<AssessmentWizardPage autosaveDelay={20} />, {
      path: `${PATH}?checkpunkt=7`,
      pattern: PATTERN,
      answer: api(
        (input) => saved(input.revision + 1),
        (request) =>
          request.operationName === 'CompleteAssessment'
            ? fakeApiError('BAD_USER_INPUT', 'checks.unrated', {
                fields: [{ field: 'checkpoints[0].rating', messageKey: 'checks.unrated' }],
              })
            : null,
      ),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Check abschließen' }));
    const summary = await screen.findByRole('alert', {
      name: 'Noch nicht alle Checkpunkte sind bewertet',
    });
    const links = within(summary).getAllByRole('link');
    expect(links).toHaveLength(7);
    fireEvent.click(within(summary).getByRole('link', { name: 'Checkpunkt 3: Titel 3' }));
    await waitFor(() => expect(router.state.location.search).toBe('?checkpunkt=3'));
    const heading = await screen.findByRole('heading', { level: 2, name: /Checkpunkt 3 von 7/ });
    await waitFor(() => expect(document.activeElement).toBe(heading));
  });
});
