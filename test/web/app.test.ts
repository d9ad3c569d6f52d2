/**
 * The web app end to end, in Chromium, against `intake serve` and `intake worker` processes on a real
 * database: the whole flow. Screenshots of every screen go to test-results/web/.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { reachReview, shot, signIn } from './pages.js';
import { skipWithoutChromium, useStack } from './stack.js';

const FIXTURES = new URL('../fixtures/web/', import.meta.url).pathname;
const fixture = (name: string) => join(FIXTURES, name);

interface Recorder {
  __sectionStates: Set<string>;
  /** Sum of layout-shift scores since the last reset (Chromium's Layout Instability API). */
  __layoutShift: number;
}

/**
 * Runs in the page: records every state each progress row is drawn in, so a fast job's steps are
 * not missed, and adds up layout shifts.
 */
function recordPage(): void {
  const recorder = window as unknown as Recorder;
  recorder.__sectionStates = new Set<string>();
  recorder.__layoutShift = 0;
  new MutationObserver(() => {
    for (const row of document.querySelectorAll<HTMLElement>('[data-section]')) recorder.__sectionStates.add(`${row.dataset.section}:${row.dataset.state}`);
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state'] });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) recorder.__layoutShift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
}

describe('web app', { skip: skipWithoutChromium }, () => {
  // No worker at first: the test starts one once the page follows the waiting job.
  const stackOf = useStack({ worker: false });

  test('sign in, upload two files and text, watch progress, review, edit, provenance, commit, show', { timeout: 180_000 }, async (t) => {
    const stack = stackOf();
    await stack.context.addInitScript(recordPage);
    const page = await stack.context.newPage();
    t.after(() => page.isClosed() || shot(page, 'failed-flow', true));
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));

    await page.goto(stack.baseUrl + '/');
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await shot(page, '01-sign-in');
    await signIn(page, stack);

    await page.locator('#files').setInputFiles([fixture('contract.txt'), fixture('hotel.html')]);
    await page.getByLabel('Pasted text').fill(readFileSync(fixture('pasted.txt'), 'utf8'));
    const rows = page.locator('table.files tbody tr');
    assert.equal(await rows.count(), 2);
    assert.match(await rows.nth(0).innerText(), /contract\.txt\s+Text\s+652 B/);
    assert.match(await rows.nth(1).innerText(), /hotel\.html\s+HTML\s+686 B/);
    await shot(page, '02-new-import');
    await page.getByRole('button', { name: /^Start import \(2 files \+ text\)$/ }).click();

    // No worker runs yet: the job waits, and the page is following its live stream.
    await page.waitForURL(/\/imports\/[0-9a-f-]{36}$/, { waitUntil: 'commit' });
    const jobId = page.url().split('/').pop()!;
    await page.getByRole('heading', { name: 'Waiting for a worker' }).waitFor();
    await page.locator('dd', { hasText: 'Live' }).waitFor();
    await shot(page, '03-waiting');
    await page.evaluate(() => { (window as unknown as Recorder).__layoutShift = 0; });

    await stack.startWorker();
    await page.getByRole('button', { name: 'Review the data' }).waitFor({ timeout: 120_000 });
    assert.equal(await page.getByTestId('sections-done').innerText(), '9 of 9 sections');
    const { states, shift } = await page.evaluate(() => {
      const recorder = window as unknown as Recorder;
      return { states: [...recorder.__sectionStates], shift: recorder.__layoutShift };
    });
    t.diagnostic(`layout shift while the job ran: ${shift.toFixed(4)}`);
    assert.ok(shift < 0.01, `progress updates moved the layout (layout shift ${shift})`);
    for (const section of ['general', 'deal', 'hotels', 'flights', 'food', 'activities', 'contacts', 'technical', 'documents']) {
      assert.ok(states.includes(`${section}:done`), `${section} was never shown done: ${states.join(', ')}`);
    }
    assert.ok(states.some((s) => s.endsWith(':current')), `no section was ever shown being read: ${states.join(', ')}`);
    await shot(page, '04-progress-done');

    await reachReview(page);
    const needLook = page.getByTestId('need-look-count');
    const lookCount = async () => Number((await needLook.innerText()).match(/^(\d+) fields? needs? a look$/)?.[1] ?? 0);
    assert.ok(await lookCount() > 0, 'the import has fields under the review threshold');
    await shot(page, '05-review');
    await shot(page, '05-review-full', true);

    // The pasted text moves the doors time: the two documents disagree, so Doors is uncertain.
    const doors = page.locator('.field[data-path="general.doorsTime"]');
    const doorsInput = doors.getByLabel('Doors', { exact: true });
    assert.equal(await doors.getAttribute('data-band'), 'low');
    const conflict = doors.getByRole('group', { name: 'The documents disagree' });
    assert.match(await conflict.innerText(), /19:30\s+from contract\.txt[\s\S]*19:00\s+from pasted text/);

    // Where the kept value came from: the file, and its span highlighted in the file's text.
    await doors.getByRole('button', { name: 'Source of Doors' }).click();
    const dialog = page.getByRole('dialog', { name: /Where .*Doors/ });
    await dialog.waitFor();
    assert.equal(await dialog.getByTestId('provenance-file').innerText(), 'contract.txt');
    assert.equal(await dialog.locator('mark').innerText(), '19:30');
    assert.match(await dialog.getByTestId('provenance-text').innerText(), /Doors: 19:30/);
    await shot(page, '06-provenance');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });

    // Reached from the "need a look" list, and edited by hand: it counts as checked.
    const before = await lookCount();
    await page.locator('#need-look-list').getByRole('button', { name: 'General · Doors' }).click();
    assert.equal(await doorsInput.evaluate((el) => el === document.activeElement), true, 'the list moves focus to the field');
    await doorsInput.fill('19:00');
    assert.equal(await doors.getAttribute('data-band'), 'checked');
    assert.equal(await conflict.getByRole('radio', { name: /19:00/ }).isChecked(), true);
    assert.equal(await lookCount(), before - 1);

    // A field that does not read as a time is refused before anything is sent.
    const curfew = page.locator('.field[data-path="general.curfewTime"]').getByLabel('Curfew', { exact: true });
    await curfew.fill('half eleven');
    assert.equal(await curfew.getAttribute('aria-invalid'), 'true');
    await page.getByRole('button', { name: 'Commit show' }).click();
    await page.getByText(/Curfew: use HH:MM, 24-hour/).first().waitFor();
    await curfew.fill('23:45');

    // Lists take new items and lose old ones; the items after a removed one keep their values.
    // Each step waits for the list's re-render (by its item count), so no locator resolves against the list before it.
    const contacts = page.locator('#s-contacts .item');
    const contactsBefore = await contacts.count();
    await page.getByRole('button', { name: 'Add contact' }).click();
    const added = contacts.nth(contactsBefore);
    await added.waitFor();
    await added.getByLabel('Name', { exact: true }).fill('Nora Lind');
    await added.getByLabel('Role', { exact: true }).fill('Booker');
    await page.getByRole('button', { name: /^Remove Contact \d+ — Marcus Hale$/ }).first().click();
    await contacts.nth(contactsBefore).waitFor({ state: 'detached' });
    assert.equal(await page.locator('#s-contacts').getByRole('group', { name: /Marcus Hale/ }).count(), 0);
    assert.equal(await contacts.last().getByLabel('Name', { exact: true }).inputValue(), 'Nora Lind');

    // Text typed into a field but not yet valid stays with its item when an earlier item is removed.
    const activities = page.locator('#s-activities .item');
    const activitiesBefore = await activities.count();
    await page.getByRole('button', { name: 'Add activity' }).click();
    await activities.nth(activitiesBefore).waitFor();
    await page.getByRole('button', { name: 'Add activity' }).click();
    const typedInto = activities.nth(activitiesBefore + 1);
    await typedInto.waitFor();
    const start = typedInto.getByLabel('Starts', { exact: true });
    await start.fill('after lunch');
    assert.equal(await start.getAttribute('aria-invalid'), 'true');
    await page.getByRole('button', { name: `Remove Activity ${activitiesBefore + 1}`, exact: true }).click();
    await activities.nth(activitiesBefore + 1).waitFor({ state: 'detached' });
    const kept = activities.nth(activitiesBefore).getByLabel('Starts', { exact: true });
    assert.equal(await kept.inputValue(), 'after lunch');
    assert.equal(await kept.getAttribute('aria-invalid'), 'true');
    await page.getByRole('button', { name: `Remove Activity ${activitiesBefore + 1}`, exact: true }).click();
    await activities.nth(activitiesBefore).waitFor({ state: 'detached' });
    await shot(page, '07-review-edited');

    await page.getByRole('button', { name: 'Commit show' }).click();
    await page.waitForURL(/\/shows\/[0-9a-f-]{36}$/, { waitUntil: 'commit' });
    const showUrl = page.url();
    await page.getByTestId('show-documents').waitFor();
    const documents = await page.getByTestId('show-documents').getByRole('link').allInnerTexts();
    assert.deepEqual(documents.sort(), ['contract.txt', 'hotel.html']);
    const fact = (label: string) => page.locator('#show-general ~ dl dt', { hasText: new RegExp(`^${label}$`) }).locator('+ dd');
    assert.equal(await fact('Doors').innerText(), '19:00');
    assert.equal(await fact('Curfew').innerText(), '23:45');
    await page.getByRole('heading', { name: 'Nora Lind, Booker' }).waitFor();
    assert.equal(await page.getByRole('heading', { name: /^Marcus Hale/ }).count(), 0);
    const download = await page.request.get(await page.getByRole('link', { name: 'contract.txt' }).getAttribute('href').then((h) => stack.baseUrl + h));
    assert.deepEqual(await download.body(), readFileSync(fixture('contract.txt')));
    await shot(page, '08-show', true);

    await page.getByRole('link', { name: 'Imports', exact: true }).click();
    const row = page.locator('table.job-table tbody tr').filter({ has: page.locator(`a[href="/imports/${jobId}"]`) });
    await row.getByText('Committed').waitFor();
    await shot(page, '09-imports');
    await page.getByLabel('Status').selectOption('failed');
    await page.getByText('No imports with status “failed” yet.').waitFor();
    await page.getByLabel('Status').selectOption('committed');
    await row.waitFor();

    await page.getByRole('link', { name: 'Queue', exact: true }).click();
    const tiles = page.locator('dl[aria-label="Jobs by status"]');
    await tiles.waitFor();
    assert.match(await tiles.innerText(), /Pending\s+0[\s\S]*Processing\s+0/);
    await shot(page, '10-queue');

    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(showUrl);
    await page.getByTestId('show-documents').waitFor();
    await shot(page, '11-show-phone');
    assert.deepEqual(pageErrors, []);
    await page.close();
  });
});
