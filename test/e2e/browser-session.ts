import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { readConfig } from '../../src/config.js';

export const CHROMIUM = '/usr/bin/chromium';

/** Flags that keep Debian's chromium quiet on a machine with no outside network. */
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumMissingReason(): string | null {
  if (existsSync(CHROMIUM)) return null;
  return `${CHROMIUM} is missing (apt-get install chromium); browser tests skipped`;
}

export const ARTIFACTS = join(readConfig().projectDir, 'test-artifacts');

export interface BrowserSession {
  browser: Browser;
  context: BrowserContext;
  /** Console errors and page errors seen so far (a CSP violation shows up here). */
  problems: string[];
  newPage(options?: { width?: number; height?: number; dark?: boolean }): Promise<Page>;
  close(): Promise<void>;
}

/** A real headless Chromium with a fresh profile; every page reports console errors into `problems`. */
export async function openBrowser(): Promise<BrowserSession> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), 'onrecord-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: ARGS,
    headless: true,
    viewport: { width: 1280, height: 900 },
  });
  const problems: string[] = [];
  const watch = (page: Page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
    page.on('dialog', (dialog) => {
      problems.push(`${page.url()}: dialog ${dialog.message()}`);
      void dialog.dismiss();
    });
  };
  context.on('page', watch);
  return {
    browser: context.browser() as Browser,
    context,
    problems,
    async newPage(options = {}) {
      const page = await context.newPage();
      await page.setViewportSize({ width: options.width ?? 1280, height: options.height ?? 900 });
      await page.emulateMedia({ colorScheme: options.dark ? 'dark' : 'light' });
      return page;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
