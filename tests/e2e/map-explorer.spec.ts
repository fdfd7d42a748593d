import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startTestDatabase, type TestDatabase } from '@bs/api/database';
import { seedSyntheticOrganisations } from '@bs/api/map';
import { Client } from 'pg';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  databaseEnv,
  graphql,
  startApi,
  workspaceRoot,
  type ApiProcess,
} from '../support/api-process';
import { launchChromium } from '../support/browser';
import { mapFlow, settled } from '../support/map-flow';

const screenshots = join(workspaceRoot, 'test-output/e2e');
/** Organisations across Germany on top of the demo region: enough to cluster, quick to seed. */
const SYNTHETIC = 15_000;

describe('the map explorer in real Chromium', () => {
  let db: TestDatabase;
  let api: ApiProcess;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    db = await startTestDatabase();
    api = await startApi({ ...databaseEnv(db), SEED_DEMO: 'true', TILE_URL: '' });
    const sql = new Client({ connectionString: db.url });
    await sql.connect();
    try {
      await seedSyntheticOrganisations((text, values) => sql.query(text, values), {
        count: SYNTHETIC,
      });
    } finally {
      await sql.end();
    }
    // The API follows the new rows within about a second.
    const deadline = Date.now() + 60_000;
    for (;;) {
      const { body } = await graphql<{ mapFeatures: { total: number } }>(
        api.baseUrl,
        `
          {
            mapFeatures(
              viewport: { bounds: { south: 47, west: 5.5, north: 55.2, east: 15.5 }, zoom: 6 }
            ) {
              total
            }
          }
        `,
      );
      if ((body.data?.mapFeatures.total ?? 0) >= SYNTHETIC) break;
      if (Date.now() > deadline) throw new Error(`The map did not pick up the synthetic data`);
      await new Promise((r) => setTimeout(r, 500));
    }
    browser = await launchChromium();
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale: 'de-DE',
    });
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await api?.stop();
    await db?.stop();
  });

  it('pans and zooms across Germany, filters by a topic, searches a postcode, opens a card and restores it all from the URL', async () => {
    const result = await mapFlow(page, api.baseUrl, { screenshots, postcode: '10115' });
    expect(result.nationalTotal).toBeGreaterThanOrEqual(SYNTHETIC);
    expect(result.filteredTotal).toBeLessThan(result.nationalTotal);
    expect(result.filteredTotal).toBeGreaterThan(0);
    expect(result.cardName.length).toBeGreaterThan(2);
    expect(pageErrors).toEqual([]);
  }, 240_000);

  it('offers the same organisations as a keyboard-navigable list', async () => {
    await page.goto(`${api.baseUrl}/?lat=52.52&lng=13.4&z=11&kinds=ZO`, {
      waitUntil: 'networkidle',
    });
    const onMap = await settled(page);
    expect(onMap).toBeGreaterThan(20);
    await page.getByRole('button', { name: 'Als Liste' }).click();
    const summary = page.locator('.bs-list__summary');
    await expect.poll(() => summary.textContent(), { timeout: 30_000 }).toMatch(/von/);
    expect(Number(((await summary.textContent()) ?? '').split('von')[1]?.replace(/\D/g, ''))).toBe(
      onMap,
    );
    expect(new URL(page.url()).searchParams.get('view')).toBe('list');
    // Keyboard only: Tab reaches the entries, each a button that opens the card.
    const first = page.locator('.bs-list__choose').first();
    const name = (await first.locator('.bs-list__name').textContent()) ?? '';
    await first.focus();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.className))
      .toBe('bs-list__choose');
    await page.keyboard.press('Enter');
    await page.screenshot({ path: join(screenshots, 'list.png') });
    const heading = page.locator('.bs-card__name', { hasText: name });
    await heading.waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.className))
      .toContain('bs-card__name');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.bs-card').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it('shows district outlines with the district named on hover', async () => {
    await page.goto(`${api.baseUrl}/?lat=49.45&lng=8.6&z=9&regions=1`, {
      waitUntil: 'networkidle',
    });
    await page.waitForFunction(
      () => document.querySelectorAll('.leaflet-bs-districts-pane path').length > 300,
    );
    const box = await page.locator('[data-testid="map"]').boundingBox();
    if (!box) throw new Error('no map');
    // Hover over the middle of the map (Rhein-Neckar) until a tooltip names the district.
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.move(box.x + box.width / 2 + 5, box.y + box.height / 2 + 5);
    await expect
      .poll(() => page.locator('.bs-district-tooltip').textContent(), { timeout: 10_000 })
      .toMatch(/\S+ \(.+\)/);
    await page.screenshot({ path: join(screenshots, 'districts.png') });
  });
});
