/**
 * Documents are untrusted: a file whose name and text carry markup must show as text everywhere the
 * app shows it (sources, review fields, provenance, documents, the show) and never run. The browser
 * ignores the Content-Security-Policy here (bypassCSP), so what is tested is the app's own rendering,
 * not the policy that would also stop it; the policy itself is checked on the side.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { reachReview, shot, signIn } from './pages.js';
import { skipWithoutChromium, useStack } from './stack.js';

// No double quotes: browsers send them as %22 in a multipart file name.
const EVIL_NAME = '<img src=x onerror=window.__xss=1>.txt';
const EVIL_TEXT = [
  `Artist: <script>window.__xss='artist'</script>`,
  `Event: <img src=x onerror="window.__xss='event'">`,
  `Venue: <svg onload="window.__xss='venue'"></svg>`,
  `Address: "><img src=x onerror=window.__xss='address'>, 211 20 Malmö`,
  'Country: Sweden',
  'Date: 21/03/2026',
  'Doors: 19:30',
  `Notes: <iframe srcdoc="<script>parent.__xss='notes'</script>"></iframe>`,
  `Promoter: <b onmouseover="window.__xss='contact'">Eve</b>, +46 40 555 0100, eve@example.se`,
  '',
].join('\n');

/** Anything the documents could have injected: elements the app itself never draws. */
async function injected(page: Page): Promise<{ flag: unknown; elements: string[] }> {
  return page.evaluate(() => ({
    flag: (window as unknown as { __xss?: unknown }).__xss,
    elements: [...document.querySelectorAll('img, svg, iframe, b, script:not([src])')].map((e) => e.outerHTML),
  }));
}

describe('web app with a crafted document', { skip: skipWithoutChromium }, () => {
  const stackOf = useStack({ bypassCSP: true });

  test('the page is served with a policy that forbids inline script', async () => {
    const response = await fetch(stackOf().baseUrl + '/imports/new');
    const policy = response.headers.get('content-security-policy') ?? '';
    assert.match(policy, /script-src 'self'(;|$)/);
    assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval/);
    assert.match(policy, /require-trusted-types-for 'script'/);
  });

  test('markup in a file name and its text is shown as text and never runs', { timeout: 180_000 }, async (t) => {
    const stack = stackOf();
    const page = await stack.context.newPage();
    t.after(() => page.isClosed() || shot(page, 'failed-crafted', true));
    await page.goto(stack.baseUrl + '/');
    await signIn(page, stack);

    await page.locator('#files').setInputFiles([{ name: EVIL_NAME, mimeType: 'text/plain', buffer: Buffer.from(EVIL_TEXT) }]);
    await page.getByLabel('Pasted text').fill(`Tour manager: <img src=x onerror="window.__xss='pasted'">Mallory, mallory@example.se`);
    assert.ok(await page.getByText(EVIL_NAME, { exact: true }).count() > 0, 'the file name is listed as text');
    await page.getByRole('button', { name: /^Start import/ }).click();

    await reachReview(page);
    assert.deepEqual(await injected(page), { flag: undefined, elements: [] });
    assert.ok(await page.locator('table.documents').getByText(EVIL_NAME, { exact: true }).count() === 1, 'the document keeps its name, as text');

    // Every value's provenance, with the source text around it.
    const sources = page.getByRole('button', { name: /^Source of / });
    const count = await sources.count();
    assert.ok(count > 0);
    for (let i = 0; i < count; i++) {
      await sources.nth(i).click();
      const dialog = page.getByRole('dialog');
      await dialog.locator('pre, p.hint').first().waitFor();
      assert.deepEqual(await injected(page), { flag: undefined, elements: [] });
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
    }
    const rawText = page.locator('.field textarea, .field input[type=text]');
    const values = await rawText.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value).join('\n'));
    assert.match(values, /<(script|img|svg|iframe|b)\b/, 'some markup reached the fields, as plain text');
    await shot(page, '12-crafted-review', true);

    await page.getByRole('button', { name: 'Commit show' }).click();
    await page.waitForURL(/\/shows\/[0-9a-f-]{36}$/, { waitUntil: 'commit' });
    await page.getByTestId('show-documents').getByText(EVIL_NAME, { exact: true }).waitFor();
    assert.deepEqual(await injected(page), { flag: undefined, elements: [] });
    await shot(page, '13-crafted-show', true);

    await page.getByRole('link', { name: 'Imports', exact: true }).click();
    await page.locator('table.job-table').waitFor();
    assert.deepEqual(await injected(page), { flag: undefined, elements: [] });
    await page.close();
  });
});
