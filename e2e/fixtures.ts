import { test as base, expect, type Page } from '@playwright/test';
import { Host } from './host.js';

export { expect };

export const test = base.extend<{ host: Host }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture's dependencies from this pattern.
  host: async ({}, use) => {
    const host = await Host.start();
    await use(host);
    await host.dispose();
  },
});

/** Saves a screenshot under test-results/screens/ for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });
}
