import type { FakeAnswer, FakeRequest } from '@bs/web/data-access';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MeasuresPlan } from './measures-plan';
import { ASSESSMENT_ID, CATALOGUE, ORGANISATION_ID, renderPage } from './test-support';

const measure = (id: string, text: string, position: number) => ({
  __typename: 'Measure',
  id,
  assessmentId: ASSESSMENT_ID,
  checkpoint: position,
  position,
  text,
  priority: 'HIGH',
  responsible: null,
  startDate: null,
  reviewDate: null,
  status: 'OPEN',
  sourceExample: null,
  version: 1,
});

function renderPlan(answer: (request: FakeRequest) => FakeAnswer) {
  return renderPage(
    <MeasuresPlan
      assessmentId={ASSESSMENT_ID}
      organisationId={ORGANISATION_ID}
      catalogue={CATALOGUE}
      canEdit
    />,
    { path: '/plan', pattern: '/plan', answer },
  );
}

const rowTexts = () =>
  screen
    .getAllByRole('listitem')
    .filter((li) => li.classList.contains('bs-measure'))
    .map(
      (li) => within(li).getByRole<HTMLTextAreaElement>('textbox', { name: /^Maßnahme \(/ }).value,
    );

describe('reordering the measures plan', () => {
  afterEach(cleanup);

  it('moves a row with accessible buttons, saves the order and keeps the focus on the row', async () => {
    let rows = [
      measure('m-a', 'Spenden einwerben', 1),
      measure('m-b', 'Ansprechperson benennen', 2),
      measure('m-c', 'Abbruchkriterien festlegen', 3),
    ];
    const orders: string[][] = [];
    const { api } = renderPlan((request) => {
      switch (request.operationName) {
        case 'Measures':
          return { data: { measures: rows } };
        case 'SuggestedMeasures':
          return { data: { suggestedMeasures: [] } };
        case 'ReorderMeasures': {
          const ids = request.variables['ids'] as string[];
          orders.push(ids);
          rows = ids.map((id, i) => ({
            ...(rows.find((m) => m.id === id) as (typeof rows)[number]),
            position: i + 1,
          }));
          return { data: { reorderMeasures: rows } };
        }
        default:
          throw new Error(`unexpected ${request.operationName}`);
      }
    });

    await screen.findByRole('heading', { name: 'Maßnahme 1' });
    expect(rowTexts()).toEqual([
      'Spenden einwerben',
      'Ansprechperson benennen',
      'Abbruchkriterien festlegen',
    ]);
    // The first row cannot move up, the last not down.
    expect(screen.queryByRole('button', { name: 'Maßnahme 1 nach oben' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Maßnahme 3 nach unten' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Maßnahme 2 nach oben' }));

    await waitFor(() =>
      expect(rowTexts()).toEqual([
        'Ansprechperson benennen',
        'Spenden einwerben',
        'Abbruchkriterien festlegen',
      ]),
    );
    expect(orders).toEqual([['m-b', 'm-a', 'm-c']]);
    expect(api.lastRequest('ReorderMeasures')?.variables['assessmentId']).toBe(ASSESSMENT_ID);
    // Now at the top: the focus stays with the moved row, on its remaining move button.
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole('button', { name: 'Maßnahme 1 nach unten' }),
      ),
    );
    expect(await screen.findByText('Maßnahme 2 ist jetzt an Position 1.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Maßnahme 2 nach unten' }));
    await waitFor(() => expect(orders).toHaveLength(2));
    expect(orders[1]).toEqual(['m-b', 'm-c', 'm-a']);
    await waitFor(() =>
      expect(document.activeElement).toBe(
        screen.getByRole('button', { name: 'Maßnahme 3 nach oben' }),
      ),
    );
  });
});
