import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workspaceRoot, type ApiProcess } from '../support/api-process';
import {
  mailedLink,
  signUp,
  startFlowWorld,
  verifyAndLogIn,
  type FlowWorld,
} from '../support/user-flows';

const screenshots = join(workspaceRoot, 'test-output/e2e');

describe('a new user creates an organisation and a colleague joins it, in real Chromium', () => {
  let world: FlowWorld;
  let api: ApiProcess;
  const run = Date.now().toString(36);
  const owner = { email: `erika-${run}@example.org`, name: 'Erika Muster' };
  const colleague = { email: `max-${run}@example.org`, name: 'Max Beispiel' };
  const organisation = `Druckerei ${run} GmbH`;

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    world = await startFlowWorld();
    api = world.api;
  });
  afterAll(() => world?.stop());

  it('signs up, verifies, creates a KMU by postcode, invites; the colleague joins', async () => {
    // The owner signs up, confirms the address with the mailed link and logs in.
    const page = await world.newPage();
    await page.goto(`${api.baseUrl}/`);
    await page.getByRole('banner').getByRole('link', { name: 'Registrieren' }).click();
    await signUp(page, owner);
    await verifyAndLogIn(page, api, owner);

    // Without an organisation, the header offers to create one.
    await page.getByRole('banner').getByRole('link', { name: 'Organisation anlegen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Organisation anlegen' }).waitFor();
    await page.getByLabel('Kleines oder mittleres Unternehmen').check();
    await page.locator('#organisation-name').fill(organisation);
    await page.locator('#organisation-postcode').fill('68159');
    // The postcode puts the pin on the map and fills the town.
    await page.getByText('Postleitzahl 68159: Mannheim').waitFor();
    await page.locator('.bs-pin').waitFor();
    expect(await page.locator('#organisation-city').inputValue()).toBe('Mannheim');
    await page.screenshot({ path: join(screenshots, 'organisation-form.png') });
    await page.getByRole('button', { name: 'Organisation anlegen' }).last().click();

    // Its public page shows it in the district Mannheim.
    await page.getByRole('heading', { level: 1, name: organisation }).waitFor();
    const facts = page.locator('dl.bs-facts').first();
    await expect.poll(() => facts.textContent()).toContain('Mannheim, Baden-Württemberg');
    expect(await page.title()).toBe(`${organisation} – Brückenschlag`);
    await page.locator('.bs-map--small .bs-marker--kmu').waitFor();
    await page.screenshot({ path: join(screenshots, 'organisation-page.png') });

    // The owner invites a colleague by e-mail.
    await page.getByRole('link', { name: 'Mitglieder und Zugänge' }).click();
    await page.locator('#invite-email').fill(colleague.email);
    await page.getByRole('button', { name: 'Einladung senden' }).click();
    await page.getByText(`Die Einladung an ${colleague.email} ist verschickt.`).waitFor();
    const invitation = await mailedLink(api, colleague.email, '/invitation');

    // The colleague opens the invitation without an account: signs up first, keeping it.
    const other = await world.newPage();
    await other.goto(invitation);
    await other.getByRole('link', { name: 'Konto anlegen' }).click();
    await signUp(other, colleague);
    await verifyAndLogIn(other, api, colleague);

    // After log-in the invitation is accepted and the organisation's page opens.
    await other.getByRole('heading', { level: 1, name: organisation }).waitFor();
    await other.getByText(`Willkommen! Sie sind jetzt Mitglied von ${organisation}`).waitFor();
    const switcher = other.getByRole('combobox', { name: 'Handeln für' });
    await expect.poll(() => switcher.locator('option:checked').textContent()).toBe(organisation);
    await other.screenshot({ path: join(screenshots, 'colleague-joined.png') });

    // The owner sees the colleague among the members.
    await page.reload();
    await page.locator('.bs-card__title', { hasText: colleague.name }).waitFor();
    expect(world.errors).toEqual([]);
  });
});
