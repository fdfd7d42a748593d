import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workspaceRoot, type ApiProcess } from '../support/api-process';
import { createOrganisation, newUser, startFlowWorld, type FlowWorld } from '../support/user-flows';

const output = join(workspaceRoot, 'test-output/e2e');

describe('a new organisation fills in the practice check and plans measures, in real Chromium', () => {
  let world: FlowWorld;
  let api: ApiProcess;
  const run = Date.now().toString(36);

  const stepHeading = (page: Page, number: number) =>
    page.getByRole('heading', { level: 2, name: new RegExp(`^Checkpunkt ${number} von 7`) });

  /** Rates the current checkpoint by clicking and ticks its first example. */
  async function rateAndTick(page: Page, rating: RegExp) {
    await page.getByRole('radio', { name: rating }).click();
    await page
      .getByRole('group', { name: /Was davon setzen Sie bereits um/ })
      .getByRole('checkbox')
      .first()
      .check();
  }

  beforeAll(async () => {
    mkdirSync(output, { recursive: true });
    world = await startFlowWorld();
    api = world.api;
  });
  afterAll(() => world?.stop());

  it('ZO: rates all seven checkpoints (one by keyboard), completes, plans, downloads the PDF, re-checks', async () => {
    const page = await world.newPage({ acceptDownloads: true });
    const organisation = `Tafel ${run} e. V.`;
    await newUser(page, api, { email: `zo-${run}@example.org`, name: 'Erika Muster' });
    await createOrganisation(page, 'Zivilgesellschaftliche Organisation', organisation);

    // The organisation's page leads members to the practice check.
    await page.getByRole('main').getByRole('link', { name: 'Praxis-Check' }).click();
    await page
      .getByRole('heading', { level: 1, name: `Praxis-Check von ${organisation}` })
      .waitFor();
    await page.getByText('Ihre Organisation hat noch keinen Praxis-Check abgeschlossen.').waitFor();
    await page.getByRole('button', { name: 'Praxis-Check starten' }).click();
    await stepHeading(page, 1).waitFor();
    await page.getByText('Checkpunkt 1 von 7 · 0 von 7 bewertet').waitFor();

    // Checkpoint 1 by keyboard only: Tab into the rating group, arrows choose, Space ticks.
    await page
      .getByRole('button', { name: 'Was gute Praxis ausmacht / Warum das wichtig ist' })
      .focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 3, name: 'Warum das wichtig ist' }).waitFor();
    await page.keyboard.press('Tab');
    const red = page.getByRole('radio', { name: 'Rot: dringender Handlungsbedarf' });
    expect(await red.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const green = page.getByRole('radio', { name: 'Grün: derzeit kein Handlungsbedarf' });
    expect(await green.getAttribute('aria-checked')).toBe('true');
    expect(await green.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    expect(
      await page
        .getByRole('group', { name: /Was davon setzen Sie bereits um/ })
        .getByRole('checkbox')
        .first()
        .isChecked(),
    ).toBe(true);
    await page.getByText('Gespeichert', { exact: true }).waitFor();
    await page.screenshot({ path: join(output, 'check-wizard.png') });

    // The next step takes the focus to its heading.
    await page.getByRole('button', { name: 'Nächster Checkpunkt' }).click();
    await stepHeading(page, 2).waitFor();
    await expect
      .poll(() => stepHeading(page, 2).evaluate((el) => el === document.activeElement))
      .toBe(true);
    await rateAndTick(page, /^Rot/);

    await page.getByRole('button', { name: 'Nächster Checkpunkt' }).click();
    await stepHeading(page, 3).waitFor();
    await rateAndTick(page, /^Gelb/);
    await page
      .getByRole('group', { name: 'Qualitätskriterien, die Partner erfüllen sollen' })
      .getByRole('checkbox')
      .first()
      .check();
    await page
      .getByRole('group', { name: 'Abbruchkriterien' })
      .getByRole('checkbox')
      .first()
      .check();
    await page.getByLabel('Notizen', { exact: false }).fill('Mit dem Vorstand besprechen');

    // Jump with the step list.
    for (const number of [4, 5, 6, 7]) {
      await page
        .getByRole('navigation', { name: 'Checkpunkte' })
        .getByRole('link', { name: new RegExp(`^${number}\\.`) })
        .click();
      await stepHeading(page, number).waitFor();
      await rateAndTick(page, /^Grün/);
    }
    await page.getByText('Checkpunkt 7 von 7 · 7 von 7 bewertet').waitFor();
    await page.getByText('Gespeichert', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Check abschließen' }).click();

    // Results: written-out traffic lights, no previous check, benchmark hidden with a reason.
    await page.getByRole('heading', { level: 1, name: 'Ergebnis des Praxis-Checks' }).waitFor();
    const summary = page.locator('.bs-results__summary');
    await expect.poll(() => summary.textContent()).toContain('Rot: dringender Handlungsbedarf');
    expect(await summary.textContent()).toContain('Gelb: Handlungsbedarf');
    await page.getByText('Dies ist der erste abgeschlossene Check.', { exact: false }).waitFor();
    await page
      .getByText('Für Ihren Kreis gibt es noch zu wenige abgeschlossene Checks.', { exact: false })
      .waitFor();

    // Two suggestions (red checkpoint first) into the plan.
    const suggestions = page.getByRole('group', {
      name: 'Welche Vorschläge möchten Sie übernehmen?',
    });
    await suggestions.getByRole('checkbox').nth(0).check();
    await suggestions.getByRole('checkbox').nth(1).check();
    await page.getByRole('button', { name: 'Ausgewählte in den Plan übernehmen' }).click();
    await page.getByText('2 Maßnahmen wurden in den Plan übernommen.').waitFor();
    await page.getByRole('heading', { level: 4, name: 'Maßnahme 2' }).waitFor();
    expect(await page.locator('.bs-measure').first().locator('select').first().inputValue()).toBe(
      '2',
    );

    // A review date, saved when the field is left.
    const review = page.getByLabel('Überprüfung am', { exact: false }).first();
    await review.fill('2027-01-15');
    // (Tab would move between the date's parts in Chromium; leaving the field saves.)
    await review.blur();
    await page.getByText('Maßnahme 1 ist gespeichert.').waitFor();
    await page.reload();
    await expect
      .poll(() => page.getByLabel('Überprüfung am', { exact: false }).first().inputValue())
      .toBe('2027-01-15');
    await page.screenshot({ path: join(output, 'check-results.png'), fullPage: true });

    // The PDF in the current language.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'PDF herunterladen' }).click(),
    ]);
    const pdfPath = join(output, 'check-report.pdf');
    await download.saveAs(pdfPath);
    expect(readFileSync(pdfPath).subarray(0, 4).toString('latin1')).toBe('%PDF');
    await page
      .getByText(`Die Datei ${download.suggestedFilename()} wurde heruntergeladen.`)
      .waitFor();

    // A re-check starts from the last answers.
    await page.getByRole('link', { name: 'Zur Übersicht des Praxis-Checks' }).click();
    await page.getByRole('heading', { level: 2, name: 'Abgeschlossene Checks' }).waitFor();
    expect(await page.locator('.bs-lights').first().textContent()).toContain('2 Rot');
    await page.getByRole('button', { name: 'Neuen Praxis-Check beginnen' }).click();
    await stepHeading(page, 1).waitFor();
    await page.getByText('Checkpunkt 1 von 7 · 7 von 7 bewertet').waitFor();
    expect(await page.getByRole('radio', { name: /^Grün/ }).getAttribute('aria-checked')).toBe(
      'true',
    );
    expect(
      await page
        .getByRole('group', { name: /Was davon setzen Sie bereits um/ })
        .getByRole('checkbox')
        .first()
        .isChecked(),
    ).toBe(true);
    expect(world.errors).toEqual([]);
  });

  it('KMU: the company check, rated and completed', async () => {
    const page = await world.newPage({ acceptDownloads: true });
    const organisation = `Druckerei ${run} GmbH`;
    await newUser(page, api, { email: `kmu-${run}@example.org`, name: 'Max Beispiel' });
    await createOrganisation(page, 'Kleines oder mittleres Unternehmen', organisation);

    // From the header: the practice check of the organisation one acts for.
    await page.getByRole('banner').getByRole('link', { name: 'Praxis-Check' }).click();
    await page
      .getByText('Zusammenarbeit mit gemeinnützigen Organisationen', { exact: false })
      .waitFor();
    await page.getByRole('button', { name: 'Praxis-Check starten' }).click();
    for (const number of [1, 2, 3, 4, 5, 6, 7]) {
      await stepHeading(page, number).waitFor();
      await rateAndTick(page, number % 2 === 0 ? /^Gelb/ : /^Grün/);
      if (number < 7) await page.getByRole('button', { name: 'Nächster Checkpunkt' }).click();
    }
    await page.getByRole('button', { name: 'Check abschließen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ergebnis des Praxis-Checks' }).waitFor();
    await expect
      .poll(() => page.locator('.bs-results__summary').textContent())
      .toContain('Gelb: Handlungsbedarf');
    await page.getByRole('heading', { level: 2, name: 'Maßnahmenplan' }).waitFor();
    await page.screenshot({ path: join(output, 'check-results-kmu.png') });
    expect(world.errors).toEqual([]);
  });
});
