import { startTestDatabase, type TestDatabase } from '@bs/api/database';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { databaseEnv, startApi, type ApiProcess } from './api-process';
import { launchChromium } from './browser';

/** The password every user of the browser flows signs up with. */
export const PASSWORD = 'Kaffee mit Milch 2x';

/**
 * What a browser flow of new users needs: its own database, the built API without demo data
 * (rate limits wide enough for a spec's sign-ups, no tile server) and real Chromium with one
 * German context per page; page errors are collected for the spec to assert none.
 */
export interface FlowWorld {
  db: TestDatabase;
  api: ApiProcess;
  browser: Browser;
  /** Uncaught errors of every page opened with `newPage`. */
  errors: string[];
  newPage(options?: { width?: number; acceptDownloads?: boolean }): Promise<Page>;
  stop(): Promise<void>;
}

export async function startFlowWorld(): Promise<FlowWorld> {
  const db = await startTestDatabase();
  const api = await startApi({
    ...databaseEnv(db),
    SEED_DEMO: 'false',
    TILE_URL: '',
    RATE_LIMIT_SIGN_UP: '100/3600',
    RATE_LIMIT_LOG_IN: '100/60',
  });
  const browser = await launchChromium();
  const contexts: BrowserContext[] = [];
  const errors: string[] = [];
  return {
    db,
    api,
    browser,
    errors,
    async newPage({ width = 1280, acceptDownloads = false } = {}) {
      const context = await browser.newContext({
        viewport: { width, height: 900 },
        locale: 'de-DE',
        acceptDownloads,
      });
      contexts.push(context);
      const page = await context.newPage();
      page.on('pageerror', (error) => errors.push(error.message));
      return page;
    },
    async stop() {
      for (const context of contexts) await context.close();
      await browser.close();
      await api.stop();
      await db.stop();
    },
  };
}

/**
 * The newest link the API "mailed" to `to` (without SMTP_URL it writes every mail with its
 * link into its log), as a URL on the API under test.
 */
export async function mailedLink(api: ApiProcess, to: string, path: string): Promise<string> {
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

export interface Person {
  email: string;
  name: string;
}

/** Fills in and sends the sign-up form (the page shows it), up to "please confirm". */
export async function signUp(page: Page, person: Person): Promise<void> {
  await page.getByLabel('E-Mail-Adresse', { exact: false }).fill(person.email);
  await page.getByLabel('Ihr Name', { exact: false }).fill(person.name);
  await page.locator('#sign-up-password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Konto anlegen' }).click();
  await page
    .getByRole('heading', { level: 1, name: 'Bitte bestätigen Sie Ihre E-Mail-Adresse' })
    .waitFor();
}

/** Opens the mailed confirmation link and logs in. */
export async function verifyAndLogIn(page: Page, api: ApiProcess, person: Person): Promise<void> {
  await page.goto(await mailedLink(api, person.email, '/account/verify-email'));
  await page.getByText('Vielen Dank! Ihre E-Mail-Adresse ist bestätigt.').waitFor();
  await page.getByRole('link', { name: 'Jetzt anmelden' }).click();
  await logIn(page, person);
}

/** Fills in and sends the log-in form (the page shows it). */
export async function logIn(page: Page, person: Pick<Person, 'email'>): Promise<void> {
  await page.getByLabel('E-Mail-Adresse', { exact: false }).fill(person.email);
  await page.locator('#log-in-password').fill(PASSWORD);
  await page.locator('form').getByRole('button', { name: 'Anmelden' }).click();
  await page.getByRole('button', { name: 'Abmelden' }).waitFor();
}

/** Signs up from the start page, confirms the address with the mailed link and logs in. */
export async function newUser(page: Page, api: ApiProcess, person: Person): Promise<void> {
  await page.goto(`${api.baseUrl}/`);
  await page.getByRole('banner').getByRole('link', { name: 'Registrieren' }).click();
  await signUp(page, person);
  await verifyAndLogIn(page, api, person);
}

/** Creates an organisation of `kind` (the radio's label) in Mannheim (68159). */
export async function createOrganisation(page: Page, kind: string, name: string): Promise<void> {
  await page.getByRole('banner').getByRole('link', { name: 'Organisation anlegen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Organisation anlegen' }).waitFor();
  await page.getByLabel(kind).check();
  await page.locator('#organisation-name').fill(name);
  await page.locator('#organisation-postcode').fill('68159');
  await page.getByText('Postleitzahl 68159: Mannheim').waitFor();
  await page.getByRole('button', { name: 'Organisation anlegen' }).last().click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
}
