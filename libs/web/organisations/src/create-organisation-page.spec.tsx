import { fakeApiError, type FakeAnswer, type FakeRequest } from '@bs/web/data-access';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CreateOrganisationPage } from './create-organisation-page';
import { MAP_CONFIG, renderPage, VIEWER } from './test-support';

const MANNHEIM = {
  __typename: 'PostcodeLookup',
  postcode: '68159',
  place: 'Mannheim',
  location: { __typename: 'GeoPoint', lat: 49.4934, lng: 8.4653 },
  district: { __typename: 'District', key: '08222', name: 'Mannheim' },
  land: { __typename: 'Land', key: '08', name: 'Baden-Württemberg' },
};

const CREATED = {
  __typename: 'Organisation',
  id: 'b0000000-0000-4000-8000-000000000001',
  kind: 'KMU',
  name: 'Druckerei Beispiel GmbH',
  legalForm: null,
  description: null,
  website: null,
  street: null,
  postcode: '68159',
  city: 'Mannheim',
  location: { __typename: 'GeoPoint', lat: 49.4934, lng: 8.47 },
  district: { __typename: 'RegionRef', key: '08222', name: 'Mannheim' },
  land: { __typename: 'RegionRef', key: '08', name: 'Baden-Württemberg' },
  employeeBand: null,
  wzSection: null,
  volunteerBand: null,
  staffBand: null,
  engagementField: null,
  publicContact: null,
  version: 1,
};

function api(
  create: (request: FakeRequest) => FakeAnswer = () => ({ data: { createOrganisation: CREATED } }),
) {
  return (request: FakeRequest): FakeAnswer => {
    switch (request.operationName) {
      case 'Viewer':
        return { data: { viewer: VIEWER } };
      case 'MyOrganisations':
        return { data: { myOrganisations: [] } };
      case 'MapConfig':
        return { data: { mapConfig: MAP_CONFIG } };
      case 'PostcodeLookup':
        return request.variables['postcode'] === '68159'
          ? { data: { postcode: MANNHEIM } }
          : fakeApiError('BAD_USER_INPUT', 'regions.unknownPostcode', {
              fields: [{ field: 'postcode', messageKey: 'regions.unknownPostcode' }],
            });
      case 'DistrictAt':
        return {
          data: {
            districtAt: {
              __typename: 'District',
              key: '08222',
              name: 'Mannheim',
              land: { __typename: 'Land', key: '08', name: 'Baden-Württemberg' },
            },
          },
        };
      case 'CreateOrganisation':
        return create(request);
      default:
        throw new Error(`unexpected ${request.operationName}`);
    }
  };
}

const renderForm = (answer = api()) =>
  renderPage(<CreateOrganisationPage />, { path: '/organisationen/neu', answer });

const type = (label: RegExp | string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

/** The error message an input is described by. */
function errorOf(input: HTMLElement): string | undefined {
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids
    .map((id) => document.getElementById(id))
    .find((element) => element?.classList.contains('bs-field__error'))
    ?.textContent?.replace(/^Fehler: /, '');
}

describe('creating an organisation', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('shows the problems of an empty form at their fields and in a summary that takes the focus', async () => {
    const { api: fake } = renderForm();
    const submit = await screen.findByRole('button', { name: 'Organisation anlegen' });

    fireEvent.click(submit);

    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('heading', { name: 'Bitte prüfen Sie Ihre Angaben' }),
    ).toBeTruthy();
    expect(document.activeElement).toBe(summary);
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      '#organisation-kind',
      '#organisation-name',
      '#organisation-postcode',
    ]);

    const name = screen.getByLabelText(/^Name \(/);
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(errorOf(name)).toBe('Bitte geben Sie einen Namen mit 2 bis 200 Zeichen an.');
    const postcode = screen.getByLabelText(/^Postleitzahl/);
    expect(errorOf(postcode)).toBe(
      'Bitte geben Sie eine deutsche Postleitzahl mit fünf Ziffern an.',
    );

    // Following a link in the summary puts the focus into its field.
    fireEvent.click(links[1]);
    expect(document.activeElement).toBe(name);
    // Correcting a field takes its problem away.
    type(/^Name \(/, 'Druckerei Beispiel GmbH');
    expect(name.getAttribute('aria-invalid')).toBeNull();
    expect(fake.requests.some((r) => r.operationName === 'CreateOrganisation')).toBe(false);
  });

  it('puts the pin on the postcode, fills the town and shows district and Land', async () => {
    const { api: fake, router } = renderForm();
    await screen.findByRole('button', { name: 'Organisation anlegen' });

    type(/^Postleitzahl/, '68159');

    expect(await screen.findByText('Postleitzahl 68159: Mannheim')).toBeTruthy();
    expect(screen.getByText(/Mannheim, Baden-Württemberg/)).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>(/^Ort/).value).toBe('Mannheim');
    const pin = await screen.findByRole('button', { name: /Stecknadel für den Standort/ });
    expect(pin.tabIndex).toBe(0);
    expect(pin.getAttribute('aria-describedby')).toBe('organisation-location-instructions');

    // The arrow keys move the pin; the district under it is looked up.
    act(() => {
      fireEvent.keyDown(pin, { key: 'ArrowRight' });
    });
    expect(
      await screen.findByText('Unter der Stecknadel: Mannheim, Baden-Württemberg'),
    ).toBeTruthy();
    const moved = fake.lastRequest('DistrictAt')?.variables['location'] as {
      lat: number;
      lng: number;
    };
    expect(moved.lat).toBeCloseTo(49.4934, 3);
    expect(moved.lng).toBeGreaterThan(8.4653);

    fireEvent.click(screen.getByLabelText(/Kleines oder mittleres Unternehmen/));
    type(/^Name \(/, 'Druckerei Beispiel GmbH');
    fireEvent.change(screen.getByLabelText(/^Beschäftigte/), {
      target: { value: 'EMPLOYEES_10_49' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Organisation anlegen' }));

    await waitFor(() =>
      expect(router.state.location.pathname).toBe(`/organisationen/${CREATED.id}`),
    );
    const input = fake.lastRequest('CreateOrganisation')?.variables['input'] as Record<
      string,
      unknown
    >;
    expect(input).toMatchObject({
      kind: 'KMU',
      name: 'Druckerei Beispiel GmbH',
      postcode: '68159',
      city: 'Mannheim',
      employeeBand: 'EMPLOYEES_10_49',
      location: moved,
    });
    // Fields of other kinds are not sent.
    expect(input).not.toHaveProperty('volunteerBand');
  });

  it('says at the postcode field when a postcode is unknown', async () => {
    renderForm();
    await screen.findByRole('button', { name: 'Organisation anlegen' });

    type(/^Postleitzahl/, '00000');

    const postcode = screen.getByLabelText(/^Postleitzahl/);
    await waitFor(() => expect(postcode.getAttribute('aria-invalid')).toBe('true'));
    expect(errorOf(postcode)).toBe('Diese Postleitzahl kennen wir nicht. Bitte prüfen Sie sie.');
    expect(screen.queryByRole('button', { name: /Stecknadel/ })).toBeNull();
  });

  it("shows the API's field problems next to their fields", async () => {
    renderForm(
      api(() =>
        fakeApiError('BAD_USER_INPUT', 'errors.invalidInput', {
          fields: [
            { field: 'contactPerson.phone', messageKey: 'organisation.contactPhone' },
            { field: 'location', messageKey: 'organisations.locationOutsideGermany' },
          ],
        }),
      ),
    );
    await screen.findByRole('button', { name: 'Organisation anlegen' });
    fireEvent.click(screen.getByLabelText(/Zivilgesellschaftliche Organisation/));
    type(/^Name \(/, 'Tafel Beispiel e. V.');
    type(/^Postleitzahl/, '68159');
    await screen.findByText('Postleitzahl 68159: Mannheim');
    type(/^Telefonnummer/, '0621 123456');

    fireEvent.click(screen.getByRole('button', { name: 'Organisation anlegen' }));

    const summary = await screen.findByRole('alert');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual(['#organisation-location', '#organisation-contact-phone']);
    expect(errorOf(screen.getByLabelText(/^Telefonnummer/))).toMatch(
      /^Bitte geben Sie eine Telefonnummer/,
    );
    const location = document.getElementById('organisation-location');
    expect(location?.textContent).toContain('Der Standort muss in Deutschland liegen.');
  });
});
