import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

/** The axe-core tags every sweep checks: WCAG 2.2 at level AA, with the levels before it. */
export const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Debian's Chromium, headless, with a fresh profile (Playwright makes one per launch) and no background traffic (the machine has no network). */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Ids more than one element of the page carries: a label or an in-page link then reaches the wrong one. */
export async function duplicateIds(page: Page): Promise<string[]> {
  return page.evaluate(`(() => {
    const counts = new Map();
    for (const { id } of document.querySelectorAll('[id]')) counts.set(id, (counts.get(id) || 0) + 1);
    return [...counts].filter(([, count]) => count > 1).map(([id]) => id);
  })()`);
}
