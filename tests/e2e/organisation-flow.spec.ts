import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startTestDatabase, type TestDatabase } from '@bs/api/database';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseEnv, startApi, workspaceRoot, type ApiProcess } from '../support/api-process';
import { launchChromium } from '../support/browser';

const screenshots = join(workspaceRoot, 'test-output/e2e');
const PASSWORD = 'Kaffee mit Milch 2x';

describe('a new user creates an organisation and a colleague joins it, in real Chromium', () => {
  let db: TestDatabase;
  let api: ApiProcess;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  const run = Date.now().toString(36);
  const owner = { email: `erika-${run}@example.org`, name: 'Erika Muster' };
  const colleague = { email: `max-${run}@example.org`, name: 'Max Beispiel' };
  const organisation = `Druckerei ${run} GmbH`;

  /**
   * The newest link the API "mailed" to `to` (without SMTP_URL it writes every mail with its
   * link into its log), as a path on the API under test.
   */
  async function mailedLink(to: string, path: string): Promise<string> {
    const pattern = new RegExp(
      `→ ${to.replace(/[.+]/g, '\\$&')}: (\\S+${path}\\?token=[\\w%-]+)`,
      'g',
    );
    let link: string | undefined;
    await expect
      .poll(() => {
        link = [...api.output().matchAll(pattern)].pop()?.[1];
        return link;
      })
      .toBeDefined();
    const url = new URL(link!);
    return `${api.baseUrl}${url.pathname}${url.search}`;
  }

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'de-DE',
    });
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    return page;
  }

  async function signUp(page: Page, person: { email: string; name: string }) {
    await page.getByLabel('E-Mail-Adresse', { exact: false }).fill(person.email);
    await page.getByLabel('Ihr Name', { exact: false }).fill(person.name);
    await page.locator('#sign-up-password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Konto anlegen' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Bitte bestätigen Sie Ihre E-Mail-Adresse' })
      .waitFor();
  }

  async function verifyAndLogIn(page: Page, person: { email: string }) {
    await page.goto(await mailedLink(person.email, '/account/verify-email'));
    await page.getByText('Vielen Dank! Ihre E-Mail-Adresse ist bestätigt.').waitFor();
    await page.getByRole('link', { name: 'Jetzt anmelden' }).click();
    await page.getByLabel('E-Mail-Adresse', { exact: false }).fill(person.email);
    await page.locator('#log-in-password').fill(PASSWORD);
    await page.locator('form').getByRole('button', { name: 'Anmelden' }).click();
    await page.getByRole('button', { name: 'Abmelden' }).waitFor();
  }

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    db = await startTestDatabase();
    api = await startApi({
      ...databaseEnv(db),
      SEED_DEMO: 'false',
      TILE_URL: '',
      RATE_LIMIT_SIGN_UP: '100/3600',
      RATE_LIMIT_LOG_IN: '100/60',
    });
    browser = await launchChromium();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await api?.stop();
    await db?.stop();
  });

  it('signs up, verifies, creates a KMU by postcode, invites; the colleague joins', async () => {
    // The owner signs up, confirms the address with the mailed link and logs in.
    const page = await newPage();
    await page.goto(`${api.baseUrl}/`);
    await page.getByRole('banner').getByRole('link', { name: 'Registrieren' }).click();
    await signUp(page, owner);
    await verifyAndLogIn(page, owner);

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
    const invitation = await mailedLink(colleague.email, '/invitation');

    // The colleague opens the invitation without an account: signs up first, keeping it.
    const other = await newPage();
    await other.goto(invitation);
    await other.getByRole('link', { name: 'Konto anlegen' }).click();
    await signUp(other, colleague);
    await verifyAndLogIn(other, colleague);

    // After log-in the invitation is accepted and the organisation's page opens.
    await other.getByRole('heading', { level: 1, name: organisation }).waitFor();
    await other.getByText(`Willkommen! Sie sind jetzt Mitglied von ${organisation}`).waitFor();
    const switcher = other.getByRole('combobox', { name: 'Handeln für' });
    await expect.poll(() => switcher.locator('option:checked').textContent()).toBe(organisation);
    await other.screenshot({ path: join(screenshots, 'colleague-joined.png') });

    // The owner sees the colleague among the members.
    await page.reload();
    await page.locator('.bs-card__title', { hasText: colleague.name }).waitFor();
    expect(pageErrors).toEqual([]);
  });
});
