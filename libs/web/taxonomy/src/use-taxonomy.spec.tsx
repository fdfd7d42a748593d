import { ApolloProvider } from '@apollo/client/react';
import { createApolloClient, fakeGraphqlFetch } from '@bs/web/data-access';
import { initI18n } from '@bs/web/i18n';
import { act, cleanup, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { useTaxonomy } from './use-taxonomy';

const text = (de: string, en: string) => ({ __typename: 'LocalizedText', de, en });

const TAXONOMY = {
  __typename: 'Taxonomy',
  topics: [
    {
      __typename: 'TopicDefinition',
      code: 'volunteers',
      label: text('Ehrenamtliche aus der Belegschaft', 'Volunteers from the workforce'),
      description: text('Beschäftigte engagieren sich.', 'Staff volunteer.'),
      offeredBy: ['KMU'],
      soughtBy: ['ZO'],
      effortful: true,
    },
  ],
  themes: [
    { __typename: 'ThemeDefinition', code: 'climate', label: text('Klimaschutz', 'Climate') },
  ],
  qualityAttributes: [
    {
      __typename: 'QualityAttributeDefinition',
      code: 'charitable-status',
      label: text(
        'Anerkannte Gemeinnützigkeit (Freistellungsbescheid)',
        'Recognised charitable status (exemption notice)',
      ),
      heldBy: 'ZO',
    },
  ],
  qualityCriteria: [
    {
      __typename: 'QualityCriterionDefinition',
      code: 'charitable-status',
      label: text('Anerkannte Gemeinnützigkeit', 'Recognised charitable status'),
      appliesTo: 'ZO',
      evidence: ['charitable-status'],
    },
  ],
  exitCriteria: [
    {
      __typename: 'ExitCriterionDefinition',
      code: 'goals-reached',
      label: text('Gemeinsame Ziele sind erreicht', 'Joint goals have been reached'),
      ending: 'REGULAR',
    },
  ],
};

function Labels() {
  const { taxonomy } = useTaxonomy();
  if (!taxonomy) return <p>…</p>;
  return (
    <ul>
      <li>{taxonomy.label('topics', 'volunteers')}</li>
      <li>{taxonomy.labelOf('ATTRIBUTE', 'charitable-status')}</li>
      <li>{taxonomy.labelOf('REQUIRED_CRITERION', 'charitable-status')}</li>
      <li>{taxonomy.labelOf('EXIT_CRITERION', 'goals-reached')}</li>
      <li>{taxonomy.label('themes', 'not-yet-known')}</li>
      <li>{taxonomy.topic('volunteers')?.effortful ? 'effortful' : 'light'}</li>
    </ul>
  );
}

function Twice() {
  const [second, setSecond] = useState(false);
  return (
    <>
      <Labels />
      {second ? <Labels /> : <button onClick={() => setSecond(true)}>more</button>}
    </>
  );
}

describe('useTaxonomy', () => {
  afterEach(cleanup);

  it('gives the labels in the current language, asking the API once', async () => {
    const api = fakeGraphqlFetch((request) => {
      if (request.operationName !== 'Taxonomy') throw new Error(request.operationName);
      return { data: { taxonomy: TAXONOMY } };
    });
    const i18n = initI18n({ language: 'de' });
    render(
      <I18nextProvider i18n={i18n}>
        <ApolloProvider client={createApolloClient({ fetch: api.fetch })}>
          <Twice />
        </ApolloProvider>
      </I18nextProvider>,
    );

    const items = () =>
      [...screen.getAllByRole('list')[0].querySelectorAll('li')].map((li) => li.textContent);
    await screen.findByText('Ehrenamtliche aus der Belegschaft');
    expect(items()).toEqual([
      'Ehrenamtliche aus der Belegschaft',
      'Anerkannte Gemeinnützigkeit (Freistellungsbescheid)',
      'Anerkannte Gemeinnützigkeit',
      'Gemeinsame Ziele sind erreicht',
      'not-yet-known',
      'effortful',
    ]);

    await act(() => i18n.changeLanguage('en'));
    expect(items().slice(0, 4)).toEqual([
      'Volunteers from the workforce',
      'Recognised charitable status (exemption notice)',
      'Recognised charitable status',
      'Joint goals have been reached',
    ]);

    // Another user of the hook is answered from the cache.
    act(() => screen.getByRole('button', { name: 'more' }).click());
    expect(await screen.findAllByRole('list')).toHaveLength(2);
    expect(api.requests.map((r) => r.operationName)).toEqual(['Taxonomy']);
  });
});
