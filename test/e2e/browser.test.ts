import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createApp } from '../../src/api/app.js';
import { startServer, type RunningServer } from '../../src/api/start-server.js';
import { readConfig } from '../../src/config.js';
import { ARTIFACTS, chromiumMissingReason, openBrowser, type BrowserSession } from './browser-session.js';
import { PAYLOADS } from './fixture-articles.js';
import { openWebStore, type FixtureStore } from './fixture-store.js';
import { seedStoryPath } from '../../src/cli/sample.js';

// The timeline shift to look for: Zelensky's, from the seed story, when ../shared is present (as in CI);
// else the fictional leader of the fixture articles, whose two statements make the same kind of shift.
const leader = seedStoryPath()
  ? { query: 'Zelensky', link: /Zelensk/, heading: /Volodymyr Zelensk/ }
  : { query: 'Ostrovsky', link: /Ostrovsk/, heading: /Danylo Ostrovsk/ };

const missing = chromiumMissingReason();
if (missing && readConfig().ci) throw new Error(`CI must run the browser tests: ${missing}`);
if (missing) console.warn(missing);

describe.skipIf(missing !== null)('web UI in headless Chromium', () => {
  let fixture: FixtureStore;
  let server: RunningServer;
  let session: BrowserSession;
  let leaderId: string;

  beforeAll(async () => {
    fixture = await openWebStore();
    server = await startServer(createApp(fixture.store, { token: null }), { port: 0, host: '127.0.0.1' });
    session = await openBrowser();
    leaderId = (await fixture.store.findPeople(leader.query))[0].id;
  }, 180_000);

  afterAll(async () => {
    await session?.close();
    await server?.close();
    await fixture?.close();
  });

  const shot = (page: Page, name: string) =>
    page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });

  it('searches as you type: "NATO"', async () => {
    const page = await session.newPage();
    await page.goto(`${server.url}/`);
    await page.locator('#q').pressSequentially('NATO', { delay: 40 });
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'NATO');
    await page.waitForFunction(() => !document.querySelector('#search-form')?.hasAttribute('aria-busy'));
    const quotes = await page.locator('#results .quote').allTextContents();
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(quote).toMatch(/nato/i);
    expect(await page.locator('#results-status').textContent()).toMatch(/\d+ statements?/);
    // A filter narrows the list without a reload.
    await page.locator('#kind').selectOption('direct');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('kind') === 'direct');
    await page.waitForFunction(() => !document.querySelector('#search-form')?.hasAttribute('aria-busy'));
    for (const kind of await page.locator('#results .kind').allTextContents()) expect(kind).toBe('direct');
    await page.locator('#kind').selectOption('');
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('kind'));
    await page.waitForFunction(() => !document.querySelector('#search-form')?.hasAttribute('aria-busy'));
    await shot(page, 'search-nato');
    await page.close();
  });

  it("shows the territory shift on Zelensky's timeline (the fixture leader's without ../shared)", async () => {
    const page = await session.newPage();
    await page.goto(`${server.url}/people`);
    await page.getByRole('link', { name: leader.link }).first().click();
    await page.waitForURL(`**/people/${encodeURIComponent(leaderId)}`);
    expect(await page.locator('h1').textContent()).toMatch(leader.heading);
    const arc = page.locator('svg.timeline-svg a.shift-link[aria-label*="territory" i]');
    expect(await arc.count()).toBeGreaterThan(0);
    // The arc joins two dots that are really on the chart.
    const box = await arc.first().locator('path.shift-arc').boundingBox();
    expect(box && box.width).toBeGreaterThan(10);
    expect(await page.locator('svg.timeline-svg circle.dot').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('.lane-label', { hasText: /territory/i }).count()).toBeGreaterThan(0);
    await shot(page, 'person-zelensky');
    await page.setViewportSize({ width: 1280, height: 1400 });
    await page.screenshot({ path: join(ARTIFACTS, 'person-zelensky-top.png') });
    // The shift's evidence links to its article, where the statement is highlighted.
    await page.locator('.shift .source').first().click();
    await page.waitForURL(/\/articles\/.+#s-/);
    const target = await page.evaluate(() => document.querySelector(':target')?.className ?? '');
    expect(target).toContain('hl-quote');
    await page.close();
  }, 60_000);

  it('shows a tooltip when a highlighted statement gets keyboard focus', async () => {
    const page = await session.newPage();
    const article = (await fixture.store.searchStatements({ speakerId: leaderId, limit: 1, order: 'date' }))
      .items[0];
    await page.goto(`${server.url}/articles/${encodeURIComponent(article.articleId)}`);
    let focused = '';
    for (let press = 0; press < 40 && !focused.includes('hl-quote'); press++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.className ?? '');
    }
    expect(focused).toContain('hl-quote');
    const tip = await page.evaluate(() => {
      const mark = document.activeElement as HTMLElement;
      const tooltip = document.getElementById(mark.getAttribute('aria-describedby') ?? '');
      return tooltip ? { text: tooltip.textContent, display: getComputedStyle(tooltip).display } : null;
    });
    expect(tip?.display).toBe('block');
    expect(tip?.text).toMatch(/·/);
    await shot(page, 'article-focus-tooltip');
    await page.keyboard.press('Escape');
    const hidden = await page.evaluate(() => {
      const mark = document.activeElement as HTMLElement;
      return getComputedStyle(document.getElementById(mark.getAttribute('aria-describedby') ?? '')!).display;
    });
    expect(hidden).toBe('none');
    // Caption and dateline are shown apart from the body.
    expect(await page.locator('.article-head, .caption').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('renders script and attribute-injection payloads as plain text that never runs', async () => {
    const page = await session.newPage();
    await page.goto(`${server.url}/articles/fixture-hostile-markup`);
    await page.mouse.move(200, 300);
    for (const mark of await page.locator('mark, .article-text').all()) await mark.hover();
    const report = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
      images: document.querySelectorAll('main img').length,
      scripts: Array.from(document.querySelectorAll('script')).map((script) => script.getAttribute('src')),
      handlers: Array.from(document.querySelectorAll('main *')).filter((node) =>
        Array.from(node.attributes).some((attribute) => attribute.name.startsWith('on')),
      ).length,
      text: document.querySelector('.article-text')?.textContent ?? '',
      title: document.querySelector('h1')?.textContent ?? '',
      kicker: document.querySelector('.kicker')?.textContent ?? '',
    }));
    expect(report.pwned).toBeNull();
    expect(report.images).toBe(0);
    expect(report.handlers).toBe(0);
    expect(report.scripts).toEqual(['/assets/article.js']);
    // The tooltip text sits inside the body flow; the payloads read whole once it is left out.
    const flow = await page.evaluate(() => {
      const copy = document.querySelector('.article-text')!.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.tip').forEach((tip) => tip.remove());
      return copy.textContent ?? '';
    });
    for (const payload of PAYLOADS) expect(flow).toContain(payload);
    // Where the extractor found the quote that carries markup, the highlight holds it as text too.
    const marked = await page.locator('mark.hl-quote').allTextContents();
    if (marked.length > 0) expect(marked.join(' ')).toMatch(/<script>|<img/);
    expect(report.title).toContain('<img src=x onerror=');
    expect(report.kicker).toContain('<script>window.__pwned="outlet"</script>');
    await shot(page, 'article-hostile');
    // And in search results rendered by the browser from JSON.
    await page.goto(`${server.url}/`);
    await page.locator('#q').fill('alliance');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'alliance');
    await page.waitForFunction(() => !document.querySelector('#search-form')?.hasAttribute('aria-busy'));
    const results = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
      images: document.querySelectorAll('main img').length,
      text: document.getElementById('results')?.textContent ?? '',
    }));
    expect(results.pwned).toBeNull();
    expect(results.images).toBe(0);
    await page.close();
  });

  it('opens every page type without console errors, at desktop and phone width, light and dark', async () => {
    const topic = (await fixture.store.listTopics({ limit: 1 }))[0].key;
    const article = (
      await fixture.store.searchStatements({ speakerId: leaderId, limit: 1, order: 'date-desc' })
    ).items[0].articleId;
    const pages: [string, string][] = [
      ['search', '/'],
      ['people', '/people'],
      ['person', `/people/${encodeURIComponent(leaderId)}`],
      ['article', `/articles/${encodeURIComponent(article)}`],
      ['shifts', '/shifts'],
      ['topics', '/topics'],
      ['topic', `/topics/${encodeURIComponent(topic)}`],
    ];
    const variants = [
      { suffix: 'desktop', width: 1280, dark: false },
      { suffix: 'phone', width: 390, dark: false },
      { suffix: 'dark', width: 1280, dark: true },
    ];
    for (const variant of variants) {
      const page = await session.newPage({ width: variant.width, height: 844, dark: variant.dark });
      for (const [name, path] of pages) {
        const response = await page.goto(`${server.url}${path}`);
        expect(response?.status(), path).toBe(200);
        expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
        // Landmarks and the skip link are there, and the page does not scroll sideways at phone width.
        expect(await page.locator('header[role=banner], main#main, footer[role=contentinfo]').count()).toBe(
          3,
        );
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, `${path} at ${variant.width}px`).toBeLessThanOrEqual(1);
        await shot(page, `${name}-${variant.suffix}`);
      }
      await page.close();
    }
    // The skip link is the first stop and takes focus to the content.
    const page = await session.newPage();
    await page.goto(`${server.url}/shifts`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
    expect(session.problems).toEqual([]);
  }, 180_000);
});
