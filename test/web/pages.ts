/** Steps the browser tests share: signing in, reaching an import's review, saving screenshots. */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOTS, type Stack } from './stack.js';

export async function shot(page: Page, name: string, fullPage = false): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage });
}

/** From the sign-in screen (the page must show it) to the New import screen. */
export async function signIn(page: Page, stack: Stack): Promise<void> {
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  await page.getByLabel('E-mail').fill(stack.account.email);
  await page.getByLabel('Password').fill(stack.account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'New import' }).waitFor();
}

/**
 * After "Start import": waits for the worker, passes the finished progress screen if it shows
 * (`atProgress` runs there), and checks that the review opened with data.
 */
export async function reachReview(page: Page, atProgress: () => Promise<void> = async () => {}): Promise<void> {
  await page.waitForURL(/\/imports\/[0-9a-f-]{36}$/, { waitUntil: 'commit' });
  const review = page.getByRole('button', { name: 'Review the data' });
  const heading = page.getByRole('heading', { level: 1, name: /^Review/ });
  await review.or(heading).waitFor({ timeout: 120_000 });
  if (await review.isVisible()) {
    await atProgress();
    await review.click();
  }
  await heading.or(page.getByText('The import finished but produced no data to review.')).waitFor();
  assert.ok(await heading.isVisible(), 'the import produced data to review');
}
