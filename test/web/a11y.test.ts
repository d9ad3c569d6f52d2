/**
 * Every screen checked with axe-core (WCAG 2 A and AA rules: labels, names, roles, contrast, landmarks)
 * in Chromium against the real stack, on a laptop and a phone width. axe is injected as a script tag,
 * which the app's own CSP would refuse, so this browser ignores the CSP.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { reachReview, shot, signIn } from './pages.js';
import { skipWithoutChromium, useStack } from './stack.js';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const FIXTURES = new URL('../fixtures/web/', import.meta.url).pathname;

interface AxeViolation { id: string; help: string; nodes: { target: string[] }[] }

/** axe's findings on the screen as it is now; a screenshot of it goes with them. */
async function violations(page: Page, screen: string): Promise<string[]> {
  const width = page.viewportSize()?.width;
  await shot(page, `a11y-${width}-${screen.replace(/\W+/g, '-').replace(/^-|-$/g, '')}`, true);
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] })).violations;
  });
  return found.map((v) => `${screen}: ${v.id} (${v.help}) at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('web app accessibility', { skip: skipWithoutChromium }, () => {
  const stackOf = useStack({ bypassCSP: true });

  for (const width of [1280, 390]) {
    test(`every screen passes axe's WCAG 2.1 A/AA rules at ${width} px`, { timeout: 180_000 }, async () => {
      const stack = stackOf();
      await stack.context.clearCookies();
      const page = await stack.context.newPage();
      await page.setViewportSize({ width, height: 900 });
      const found: string[] = [];
      await page.goto(stack.baseUrl + '/');
      await page.getByRole('heading', { name: 'Sign in' }).waitFor();
      found.push(...await violations(page, 'sign in'));
      await signIn(page, stack);
      await page.locator('#files').setInputFiles([
        { name: 'contract.txt', mimeType: 'text/plain', buffer: readFileSync(join(FIXTURES, 'contract.txt')) },
        { name: 'song.mp3', mimeType: 'audio/mpeg', buffer: Buffer.from('ID3') },
      ]);
      await page.getByText(/Not sent: Unsupported type/).waitFor();
      found.push(...await violations(page, 'new import'));
      await page.getByRole('button', { name: 'Remove song.mp3' }).click();
      await page.getByRole('button', { name: /^Start import/ }).click();

      await reachReview(page, async () => void found.push(...await violations(page, 'progress')));
      found.push(...await violations(page, 'review'));

      await page.getByRole('button', { name: /^Source of / }).first().click();
      await page.getByRole('dialog').locator('pre, p.hint').first().waitFor();
      found.push(...await violations(page, 'provenance'));
      await page.keyboard.press('Escape');

      await page.getByRole('button', { name: 'Commit show' }).click();
      await page.waitForURL(/\/shows\/[0-9a-f-]{36}$/, { waitUntil: 'commit' });
      await page.getByTestId('show-documents').waitFor();
      found.push(...await violations(page, 'show'));

      for (const [path, ready] of [['/imports', 'table.job-table'], ['/shows', 'table.job-table'], ['/queue', 'dl.tiles']] as const) {
        await page.goto(stack.baseUrl + path);
        await page.locator(ready).first().waitFor();
        found.push(...await violations(page, path));
      }
      assert.deepEqual(found, []);
      await page.close();
    });
  }
});
