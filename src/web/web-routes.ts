import type { Context, Hono } from 'hono';
import type { Store } from '../store/store.js';
import { loadAssets } from './assets.js';
import { renderArticlePage } from './pages/article-page.js';
import { renderPeoplePage } from './pages/people-page.js';
import { renderPersonPage } from './pages/person-page.js';
import { renderSearchPage } from './pages/search-page.js';
import { renderShiftsPage } from './pages/shifts-page.js';
import { renderTopicPage, renderTopicsPage } from './pages/topic-pages.js';

const HTML_HEADERS = { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' };

function page(c: Context, markup: string): Response {
  return c.body(markup, 200, HTML_HEADERS);
}

/** The server-rendered pages and their static assets. */
export function addWebRoutes(app: Hono, store: Store): void {
  const assets = loadAssets();

  app.get('/', async (c) => page(c, await renderSearchPage(store, c.req.url)));
  app.get('/people', async (c) => page(c, await renderPeoplePage(store, c.req.url)));
  app.get('/people/:id', async (c) => {
    return page(c, await renderPersonPage(store, c.req.param('id')));
  });
  app.get('/articles/:id', async (c) => {
    return page(c, await renderArticlePage(store, c.req.param('id')));
  });
  app.get('/shifts', async (c) => page(c, await renderShiftsPage(store, c.req.url)));
  app.get('/topics', async (c) => page(c, await renderTopicsPage(store)));
  app.get('/topics/:key', async (c) => {
    return page(c, await renderTopicPage(store, c.req.param('key')));
  });
  app.get('/assets/:name', (c) => {
    const asset = assets.get(c.req.param('name'));
    if (!asset) return c.notFound();
    return c.body(asset.body as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': asset.type,
      'Cache-Control': 'public, max-age=300',
    });
  });
}
