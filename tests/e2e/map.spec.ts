import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startTestDatabase, type TestDatabase } from '@bs/api/database';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseEnv, startApi, workspaceRoot, type ApiProcess } from '../support/api-process';
import { launchChromium } from '../support/browser';
import { clickable, settled } from '../support/map-flow';

const screenshots = join(workspaceRoot, 'test-output/e2e');

describe('the map at / in real Chromium', () => {
  let db: TestDatabase;
  let api: ApiProcess;
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(screenshots, { recursive: true });
    db = await startTestDatabase();
    // No tile server: the offline Länder outlines must still show Germany.
    api = await startApi({ ...databaseEnv(db), SEED_DEMO: 'true', TILE_URL: '' });
    browser = await launchChromium();
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
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

  it('shows Germany with its Länder and the demo organisations, and opens a card', async () => {
    await page.goto(`${api.baseUrl}/`, { waitUntil: 'networkidle' });
    await page.waitForSelector('.leaflet-container');
    // Offline background: the Länder outlines are drawn as SVG paths.
    await page.waitForFunction(
      () => document.querySelectorAll('.leaflet-container svg path').length >= 16,
    );
    await expect.poll(() => page.textContent('.bs-status')).toContain('102');
    await page.screenshot({ path: join(screenshots, 'national.png') });

    // At national zoom the demo region is a cluster; choosing it zooms in until markers show.
    for (let i = 0; i < 6 && (await page.locator('.bs-marker').count()) < 5; i++) {
      await page
        .locator('.bs-cluster')
        .nth(Math.max(0, await clickable(page, '.bs-cluster')))
        .click();
      await settled(page);
    }
    await expect.poll(() => page.locator('.bs-marker').count()).toBeGreaterThan(5);

    const index = await clickable(page, '.bs-marker');
    expect(index).toBeGreaterThanOrEqual(0);
    const marker = page.locator('.bs-marker').nth(index);
    const title = (await marker.getAttribute('title')) ?? '';
    await marker.click();
    const card = page.locator('.bs-card');
    const name = (await card.locator('.bs-card__name').textContent()) ?? '-';
    // The marker's name is "Name (kind)"; the card shows the same organisation.
    expect(title.startsWith(`${name} (`)).toBe(true);
    await page.screenshot({ path: join(screenshots, 'card.png') });
    expect(pageErrors).toEqual([]);
  });

  it('keeps the view in the URL, so a reload shows the same place', async () => {
    await page.goto(`${api.baseUrl}/?lat=49.41&lng=8.69&z=12`, { waitUntil: 'networkidle' });
    await page.reload({ waitUntil: 'networkidle' });
    const url = new URL(page.url());
    expect(Number(url.searchParams.get('z'))).toBe(12);
    expect(Number(url.searchParams.get('lat'))).toBeCloseTo(49.41, 1);
    await page.waitForSelector('.bs-marker');
  });

  it('switches to English', async () => {
    await page.goto(`${api.baseUrl}/?lat=49.48&lng=8.47&z=11`, { waitUntil: 'networkidle' });
    await page.selectOption('header select', 'en');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expect.poll(() => page.textContent('.bs-status')).toMatch(/organisation/i);
  });
});
