import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startTestDatabase, type TestDatabase } from '@bs/api/database';
import type { Browser, Page } from 'playwright-core';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseEnv, startApi, workspaceRoot, type ApiProcess } from '../support/api-process';
import { launchChromium } from '../support/browser';
import { GraphQLSession } from '../support/graphql-client';
import { clickable } from '../support/map-flow';

const screenshots = join(workspaceRoot, 'test-output/e2e');

const DEMO_ZO = { email: 'zo@demo.brueckenschlag.de', password: 'Brueckenschlag-Demo-2026' };

async function logIn(page: Page, baseUrl: string) {
  await page.goto(`${baseUrl}/account/log-in`);
  await page.getByLabel('E-Mail-Adresse', { exact: false }).fill(DEMO_ZO.email);
  await page.locator('#log-in-password').fill(DEMO_ZO.password);
  await page.locator('form').getByRole('button', { name: 'Anmelden' }).click();
  await page.getByRole('button', { name: 'Abmelden' }).waitFor();
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface MatchCheck {
  blockers: string[];
  match: { score: number } | null;
}

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

  it('explains a company on its card and shows the matches as a numbered layer', async () => {
    // A browser of its own: signed in here, whatever the other tests did.
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'de-DE',
    });
    const tab = await context.newPage();
    const errors: string[] = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    await logIn(tab, api.baseUrl);
    // The same account over HTTP, to compare the cards with the API's answers.
    const session = new GraphQLSession(api.baseUrl);
    await session.ok(`mutation($input: LogInInput!) { logIn(input: $input) { id } }`, {
      input: DEMO_ZO,
    });
    const { myOrganisations } = await session.ok<{
      myOrganisations: { organisation: { id: string; name: string; kind: string } }[];
    }>(`{ myOrganisations { organisation { id name kind } } }`);
    const zo = myOrganisations.map((m) => m.organisation).find((o) => o.kind === 'ZO');
    if (!zo) throw new Error('the demo ZO user acts for no ZO');
    const matchWith = (partnerId: string) =>
      session.ok<{ matchWith: MatchCheck }>(
        `query($o: ID!, $p: ID!) { matchWith(organisationId: $o, partnerId: $p) { blockers match { score } } }`,
        { o: zo.id, p: partnerId },
      );
    const selected = () => new URL(tab.url()).searchParams.get('org') ?? '';
    const card = tab.getByRole('complementary', { name: 'Ausgewählte Organisation' });
    const factors = card.getByRole('region', { name: `Passung zu ${zo.name}` });

    // A company opened on the map: its card says how it matches the demo ZO, as the API does.
    await tab.goto(`${api.baseUrl}/?lat=49.4875&lng=8.466&z=13&kinds=KMU`, {
      waitUntil: 'networkidle',
    });
    await tab.locator('.bs-marker--kmu').first().waitFor();
    const kmu = await clickable(tab, '.bs-marker--kmu');
    expect(kmu).toBeGreaterThanOrEqual(0);
    await tab.locator('.bs-marker--kmu').nth(kmu).click();
    await expect.poll(selected).toMatch(/^[0-9a-f-]{36}$/);
    await factors.waitFor();
    const opened = await matchWith(selected());
    if (opened.matchWith.match) {
      const percent = Math.round(opened.matchWith.match.score * 100);
      await factors.getByText(`${percent} % Passung`).waitFor();
      await factors.getByRole('heading', { name: /^Warum passt .+\?$/ }).waitFor();
    } else {
      await factors.getByText(/passt derzeit nicht zu/).waitFor();
      expect(await factors.locator('.bs-match-card__blockers li').count()).toBe(
        opened.matchWith.blockers.length,
      );
    }

    // The matches layer, switched on from the keyboard.
    await tab.goto(`${api.baseUrl}/`, { waitUntil: 'networkidle' });
    const panel = tab.getByRole('complementary', { name: 'Passende Partner' });
    await panel.getByText(/\d+ Passungen im Umkreis von 30 km/).waitFor();
    const listed = await panel.locator('.bs-match__name').allTextContents();
    expect(listed.length).toBeGreaterThanOrEqual(3);
    const toggle = panel.getByRole('checkbox', { name: 'Treffer auf der Karte zeigen' });
    await toggle.focus();
    await tab.keyboard.press('Space');
    expect(await toggle.isChecked()).toBe(true);
    const rings = tab.locator('.leaflet-bs-highlights-pane .bs-highlight');
    await expect.poll(() => rings.count()).toBe(listed.length);
    // Numbered as in the list, each named by rank, partner and score.
    const titles = await rings.evaluateAll((all) => all.map((r) => r.getAttribute('title') ?? ''));
    listed.forEach((name, i) =>
      expect(titles).toContainEqual(
        expect.stringMatching(
          new RegExp(`^Treffer ${i + 1}: ${escapeRegExp(name)}, \\d+ % Passung$`),
        ),
      ),
    );
    const badges = await rings.locator('.bs-highlight__badge').allTextContents();
    expect(badges.map(Number).sort((a, b) => a - b)).toEqual(listed.map((_, i) => i + 1));
    await tab.locator('.bs-legend').getByText('Treffer (Nummer wie in der Liste)').waitFor();
    // The map moved from Germany to show them all.
    await expect.poll(() => Number(new URL(tab.url()).searchParams.get('z'))).toBeGreaterThan(7);
    await tab.waitForFunction(() => !document.querySelector('.leaflet-zoom-anim'));
    const stage = await tab.getByTestId('map').boundingBox();
    if (!stage) throw new Error('no map');
    for (const box of await rings.evaluateAll((all) =>
      all.map((r) => r.getBoundingClientRect().toJSON() as DOMRect),
    )) {
      expect(box.left).toBeGreaterThanOrEqual(stage.x);
      expect(box.right).toBeLessThanOrEqual(stage.x + stage.width);
      expect(box.top).toBeGreaterThanOrEqual(stage.y);
      expect(box.bottom).toBeLessThanOrEqual(stage.y + stage.height);
    }
    await tab.screenshot({ path: join(screenshots, 'matches-layer.png') });

    // Clicking a ring opens its card, with the match factors.
    const index = await clickable(tab, '.leaflet-bs-highlights-pane .bs-highlight');
    expect(index).toBeGreaterThanOrEqual(0);
    const ring = rings.nth(index);
    const [, name, percent] =
      /^Treffer \d+: (.+), (\d+) % Passung$/.exec((await ring.getAttribute('title')) ?? '') ?? [];
    await ring.click();
    await card.locator('.bs-card__name', { hasText: name }).waitFor();
    await factors.getByText(`${percent} % Passung`).waitFor();
    await factors.getByRole('heading', { name: `Warum passt ${name}?` }).waitFor();
    const reasons = await factors.locator('.bs-match-why li').allTextContents();
    expect(
      reasons.some((r) => /^(Sie suchen .+ – .+ bietet|.+ sucht .+ – Sie bieten) .+$/.test(r)),
    ).toBe(true);
    await expect.poll(() => ring.getAttribute('class')).toContain('bs-highlight--selected');
    const chosen = selected();
    await tab.screenshot({ path: join(screenshots, 'matches-card.png') });

    // From the keyboard: Enter on another ring opens that one.
    const other = rings.nth(index === 0 ? 1 : 0);
    const otherName = /^Treffer \d+: (.+), \d+ % Passung$/.exec(
      (await other.getAttribute('title')) ?? '',
    )?.[1];
    await other.focus();
    await tab.keyboard.press('Enter');
    await expect.poll(selected).not.toBe(chosen);
    await card.locator('.bs-card__name', { hasText: otherName }).waitFor();

    // A company that does not match: the card says why, in plain words.
    const sql = new Client({ connectionString: db.url });
    sql.on('error', () => undefined);
    await sql.connect();
    const { rows: companies } = await sql.query<{ id: string }>(
      `SELECT id FROM organisation WHERE kind = 'KMU' ORDER BY name`,
    );
    await sql.end();
    let blocked: { id: string; blockers: string[] } | undefined;
    for (const { id } of companies) {
      const result = await session.run<{ matchWith: MatchCheck }>(
        `query($o: ID!, $p: ID!) { matchWith(organisationId: $o, partnerId: $p) { blockers match { score } } }`,
        { o: zo.id, p: id },
      );
      const blockers = result.data?.matchWith.blockers ?? [];
      if (blockers.length > 0) {
        blocked = { id, blockers };
        break;
      }
    }
    if (!blocked) throw new Error('every demo company matches the demo ZO');
    await tab.goto(`${api.baseUrl}/?org=${blocked.id}`, { waitUntil: 'networkidle' });
    await factors.getByText(/passt derzeit nicht zu/).waitFor();
    expect(await factors.locator('.bs-match-card__blockers li').count()).toBe(
      blocked.blockers.length,
    );
    expect(await factors.getByText(/% Passung/).count()).toBe(0);
    await tab.screenshot({ path: join(screenshots, 'matches-card-blockers.png') });
    expect(errors).toEqual([]);
    await context.close();
  });
});
