import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startTestDatabase, type TestDatabase } from '@bs/api/database';
import type { Browser, Page } from 'playwright-core';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseEnv, startApi, workspaceRoot, type ApiProcess } from '../support/api-process';
import { launchChromium } from '../support/browser';

const screenshots = join(workspaceRoot, 'test-output/e2e');

describe('the demo ZO sees explained matches beside the map, in real Chromium', () => {
  let db: TestDatabase;
  let api: ApiProcess;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    db = await startTestDatabase();
    api = await startApi({ ...databaseEnv(db), SEED_DEMO: 'true', TILE_URL: '' });
    // The demo checks are announced as AssessmentCompleted: wait until every profile is derived.
    const sql = new Client({ connectionString: db.url });
    sql.on('error', () => undefined);
    await sql.connect();
    const deadline = Date.now() + 60_000;
    for (;;) {
      const { rows } = await sql.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM domain_event WHERE processed_at IS NULL`,
      );
      if (rows[0]?.n === 0 || Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    await sql.end();
    browser = await launchChromium();
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'de-DE',
    });
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    await db?.stop();
  });

  it('logs in, reads why a company matches and focuses it on the map', async () => {
    await page.goto(`${api.baseUrl}/account/log-in`);
    await page.getByLabel('E-Mail-Adresse', { exact: false }).fill('zo@demo.brueckenschlag.de');
    await page.locator('#log-in-password').fill('Brueckenschlag-Demo-2026');
    await page.locator('form').getByRole('button', { name: 'Anmelden' }).click();
    await page.getByRole('button', { name: 'Abmelden' }).waitFor();

    await page.goto(`${api.baseUrl}/`, { waitUntil: 'networkidle' });
    const panel = page.getByRole('complementary', { name: 'Passende Partner' });
    await panel.waitFor();
    await panel.getByText(/\d+ Passungen im Umkreis von 30 km/).waitFor();
    const matches = panel.getByRole('button', { name: /auf der Karte zeigen/ });
    expect(await matches.count()).toBeGreaterThanOrEqual(3);

    const first = matches.first();
    const label = (await first.getAttribute('aria-label')) ?? '';
    const name = label.replace(' auf der Karte zeigen', '');
    await first.press('Enter');
    const why = panel.getByRole('heading', { name: `Warum passt ${name}?` });
    await why.waitFor();
    const reasons = await panel.locator('.bs-match-why li').allTextContents();
    expect(reasons.some((r) => /^Sie suchen .+ – .+ bietet .+$/.test(r))).toBe(true);
    expect(reasons.some((r) => /^\d+(,\d)? km entfernt/.test(r))).toBe(true);
    expect(await panel.locator('.bs-match-factors dt').allTextContents()).toEqual([
      'Kooperationsthemen',
      'Themenfelder',
      'Entfernung',
      'Bereitschaft',
    ]);
    // The map follows: the URL carries the partner's place, and the partner's card opens.
    await expect.poll(() => new URL(page.url()).searchParams.get('z')).toBe('13');
    expect(new URL(page.url()).searchParams.get('org')).toMatch(/^[0-9a-f-]{36}$/);
    await page.locator('.bs-card__name', { hasText: name }).waitFor();
    await page.screenshot({ path: join(screenshots, 'matches.png') });

    // Filters: a topic nobody nearby offers leaves an explained empty list.
    await panel.getByLabel('Umkreis in km').fill('5');
    await panel.getByRole('button', { name: 'Anwenden' }).click();
    await panel.getByText(/im Umkreis von 5 km/).waitFor();
    expect(pageErrors).toEqual([]);
  });
});
