import { join } from 'node:path';
import type { Page } from 'playwright-core';

/** Waits until a condition over the page holds (polling), or fails with `what`. */
async function until<T>(
  what: string,
  read: () => T | Promise<T>,
  ok: (value: T) => boolean,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  for (;;) {
    last = await read();
    if (ok(last)) return last;
    if (Date.now() > deadline)
      throw new Error(`Timed out waiting for ${what} (last: ${String(last)})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The number of organisations the status line reports (0 while unknown). */
export async function mapTotal(page: Page): Promise<number> {
  const text =
    (await page
      .locator('.bs-status strong')
      .textContent()
      .catch(() => null)) ?? '';
  const digits = text.replace(/\D/g, '');
  return digits ? Number(digits) : -1;
}

/** Waits until the map has answered for the current view (no request in flight, a total shown). */
export async function settled(page: Page): Promise<number> {
  // Past the map's zoom animation and its pause before asking for the new view.
  await page.waitForFunction(() => !document.querySelector('.leaflet-zoom-anim'));
  await page.waitForTimeout(350);
  await page.waitForLoadState('networkidle');
  await until(
    'the map to settle',
    () => page.locator('.bs-status__line--quiet').count(),
    (n) => n === 0,
  );
  return until(
    'a total in the status line',
    () => mapTotal(page),
    (n) => n >= 0,
  );
}

/**
 * The index of the first element matching `selector` that can really be clicked: its centre
 * lies on the map and nothing (a control, a panel, the edge) covers it. -1 when none.
 */
export function clickable(page: Page, selector: string): Promise<number> {
  const css = JSON.stringify(selector);
  return page.evaluate(`[...document.querySelectorAll(${css})].findIndex((element) => {
    const box = element.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return hit?.closest(${css}) === element;
  })`);
}

const view = (page: Page) => {
  const params = new URL(page.url()).searchParams;
  return {
    lat: Number(params.get('lat')),
    lng: Number(params.get('lng')),
    zoom: Number(params.get('z')),
  };
};

export interface MapFlowOptions {
  /** Where screenshots go (`map-national.png`, `map-city.png`, `map-card.png`). */
  screenshots: string;
  /** The postcode searched for, e.g. "10115" (Berlin-Mitte). */
  postcode: string;
  /** Called with the time of each step (ms), e.g. for the benchmark. */
  onStep?: (step: string, ms: number) => void;
}

export interface MapFlowResult {
  /** ms from navigation start until the first organisations were on the map. */
  firstPaintMs: number | null;
  nationalTotal: number;
  filteredTotal: number;
  cardName: string;
  url: string;
}

/**
 * The "done when" flow of the map in a real browser: national view, pan and zoom, filter by a
 * topic, search a postcode (radius), zoom to city level, open an organisation's card, reload
 * the URL and find the same view. Used by the browser test (small data) and the benchmark
 * (full data). Throws when a step does not do what a user would see.
 */
export async function mapFlow(
  page: Page,
  baseUrl: string,
  { screenshots, postcode, onStep }: MapFlowOptions,
): Promise<MapFlowResult> {
  const step = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
    const started = Date.now();
    const result = await run();
    onStep?.(name, Date.now() - started);
    return result;
  };

  // National view: Länder outlines and clusters.
  const nationalTotal = await step('national view', async () => {
    await page.goto(`${baseUrl}/`, { waitUntil: 'load' });
    await page.waitForSelector('.bs-cluster', { timeout: 60_000 });
    await page.waitForFunction(
      () => document.querySelectorAll('.leaflet-bs-laender-borders-pane path').length >= 16,
    );
    return settled(page);
  });
  const firstPaintMs = await page.evaluate(
    () => performance.getEntriesByName('bs:map-painted')[0]?.startTime ?? null,
  );
  await page.screenshot({ path: join(screenshots, 'map-national.png') });

  // Pan (drag) and zoom (button and wheel) across Germany; the URL follows.
  await step('pan and zoom', async () => {
    const map = page.locator('[data-testid="map"]');
    const box = await map.boundingBox();
    if (!box) throw new Error('The map has no size');
    const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    const before = view(page);
    await page.mouse.move(centre.x, centre.y);
    await page.mouse.down();
    await page.mouse.move(centre.x - 150, centre.y + 80, { steps: 8 });
    await page.mouse.up();
    await until(
      'the view to move',
      () => view(page).lng,
      (lng) => lng > (before.lng || 0),
    );
    await settled(page);
    await page.getByRole('button', { name: 'Hineinzoomen' }).click();
    await until(
      'zoom 7',
      () => view(page).zoom,
      (z) => z >= 7,
    );
    await settled(page);
    await page.mouse.move(centre.x, centre.y);
    await page.mouse.wheel(0, -400);
    await until(
      'a closer zoom',
      () => view(page).zoom,
      (z) => z >= 8,
    );
    await settled(page);
    await page.keyboard.press('Escape');
  });

  // Filter by an offered topic: the counts follow.
  const filteredTotal = await step('filter by a topic', async () => {
    await page.goto(`${baseUrl}/?lat=51.2&lng=10.4&z=6`, { waitUntil: 'load' });
    const unfiltered = await settled(page);
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.locator('.bs-filters summary', { hasText: 'Bietet an' }).click();
    await page.getByRole('checkbox', { name: 'Geldspenden' }).check();
    await until(
      'offers in the URL',
      () => page.url(),
      (url) => url.includes('offers=donations'),
    );
    const total = await until(
      'a smaller total',
      () => settled(page),
      (n) => n < unfiltered,
    );
    await page.getByRole('button', { name: 'Filter schließen' }).click();
    return total;
  });

  // Search a postcode: the map moves there, with a radius.
  await step('search a postcode', async () => {
    const search = page.getByRole('combobox', {
      name: 'Postleitzahl, Ort oder Name einer Organisation',
    });
    await search.fill(postcode);
    await page.locator('.bs-search__option', { hasText: postcode }).first().waitFor();
    await search.press('Enter');
    await until(
      'a radius in the URL',
      () => page.url(),
      (url) => url.includes('near='),
    );
    await page.waitForSelector('.leaflet-bs-radius-pane path');
    await settled(page);
    // City level: the smallest radius.
    await page.locator('.bs-explorer__near select').selectOption('5');
    await until(
      'a city zoom',
      () => view(page).zoom,
      (z) => z >= 11,
    );
    await settled(page);
  });
  await page.screenshot({ path: join(screenshots, 'map-city.png') });

  // Open a card: zoom into clusters until single organisations show, then choose one.
  const cardName = await step('open a card', async () => {
    for (let i = 0; i < 8 && (await clickable(page, '.bs-marker')) < 0; i++) {
      const cluster = await clickable(page, '.bs-cluster');
      if (cluster < 0) throw new Error('Neither a marker nor a cluster to choose');
      await page.locator('.bs-cluster').nth(cluster).click();
      await settled(page);
    }
    const index = await clickable(page, '.bs-marker');
    if (index < 0) throw new Error('No organisation marker to choose');
    const marker = page.locator('.bs-marker').nth(index);
    const title = (await marker.getAttribute('title')) ?? '';
    await marker.click();
    const heading = page.locator('.bs-card__name');
    await heading.waitFor();
    const name = (await heading.textContent()) ?? '';
    if (!title.startsWith(name)) throw new Error(`Card "${name}" for marker "${title}"`);
    await page.waitForLoadState('networkidle');
    return name;
  });
  await page.screenshot({ path: join(screenshots, 'map-card.png') });

  // Reload: the same view, filters, radius and card.
  const url = page.url();
  await step('reload', async () => {
    const totalBefore = await mapTotal(page);
    await page.reload({ waitUntil: 'load' });
    await page.locator('.bs-card__name', { hasText: cardName }).waitFor();
    const totalAfter = await settled(page);
    if (page.url() !== url) throw new Error(`Reloaded to ${page.url()} instead of ${url}`);
    if (totalAfter !== totalBefore)
      throw new Error(`Total ${totalAfter} after reload, ${totalBefore} before`);
  });
  return { firstPaintMs, nationalTotal, filteredTotal, cardName, url };
}
