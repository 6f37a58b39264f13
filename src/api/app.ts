import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { OnrecordError } from '../errors.js';
import type { Store } from '../store/store.js';
import { renderErrorPage } from '../web/pages/error-page.js';
import { addWebRoutes } from '../web/web-routes.js';
import { addApiRoutes } from './api-routes.js';
import { logInternal, toHttpError } from './http-errors.js';
import type { IngestOne } from './ingest-request.js';
import { buildOpenApiDocument } from './openapi.js';
import { securityHeaders } from './security-headers.js';

export interface AppOptions {
  /** The write token (readConfig().token); null turns the write routes off. */
  token: string | null;
  /** Runs the pipeline for one article (POST /api/ingest); defaults to the real pipeline on `store`. */
  ingest?: IngestOne;
  /** Largest request body accepted, in bytes (413 beyond). */
  maxBodyBytes?: number;
}

export const DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024;

/** The whole HTTP surface: JSON API, OpenAPI document, web pages and assets, behind one error mapping. */
export function createApp(store: Store, options: AppOptions): Hono {
  const app = new Hono();
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const ingest = options.ingest ?? defaultIngest(store);

  app.use('*', securityHeaders());
  app.use(
    '*',
    bodyLimit({
      maxSize: maxBodyBytes,
      onError: () => {
        throw new OnrecordError('INPUT_TOO_LARGE', `the request body is larger than ${maxBodyBytes} bytes`);
      },
    }),
  );

  const openapi = JSON.stringify(buildOpenApiDocument());
  app.get('/openapi.json', (c) =>
    c.body(openapi, 200, { 'Content-Type': 'application/json; charset=utf-8' }),
  );
  addApiRoutes(app, store, { token: options.token, ingest });
  addWebRoutes(app, store);

  app.notFound((c) =>
    respondWithError(
      c,
      new OnrecordError('NOT_FOUND', `nothing at ${c.req.method} ${new URL(c.req.url).pathname}`),
    ),
  );
  app.onError((error, c) => respondWithError(c, error));
  return app;
}

function wantsJson(c: Context): boolean {
  const path = new URL(c.req.url).pathname;
  return path.startsWith('/api/') || path === '/api' || path.startsWith('/assets/') || c.req.method !== 'GET';
}

function respondWithError(c: Context, error: unknown): Response {
  logInternal(error);
  const { status, body } = toHttpError(error);
  const headers: Record<string, string> = { 'Cache-Control': 'no-store' };
  if (body.error.code === 'UNAUTHORIZED') headers['WWW-Authenticate'] = 'Bearer realm="onrecord"';
  if (wantsJson(c)) {
    return c.body(JSON.stringify(body), status as 400, {
      ...headers,
      'Content-Type': 'application/json; charset=utf-8',
    });
  }
  return c.body(renderErrorPage(status, body.error.code, body.error.message), status as 400, {
    ...headers,
    'Content-Type': 'text/html; charset=utf-8',
  });
}

/** The real pipeline, loaded on first use: read-only servers never load the NLP model. */
function defaultIngest(store: Store): IngestOne {
  let loaded: Promise<IngestOne> | null = null;
  return async (request) => {
    loaded ??= import('./ingest-one.js').then((module) => module.createIngestOne(store));
    return (await loaded)(request);
  };
}
