import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openFixtureStore, type FixtureStore } from '../../test/e2e/fixture-store.js';
import { createApp } from './app.js';

interface Operation {
  parameters?: {
    name: string;
    in: string;
    schema: { type: string; format?: string; enum?: string[]; minimum?: number };
  }[];
  responses: Record<string, unknown>;
}
type Document = { openapi: string; paths: Record<string, Record<string, Operation>> };

let fixture: FixtureStore;
let app: ReturnType<typeof createApp>;
let document: Document;

beforeAll(async () => {
  fixture = await openFixtureStore({ hostile: false });
  app = createApp(fixture.store, { token: null });
  document = (await (await app.request('/openapi.json')).json()) as Document;
});
afterAll(async () => {
  await fixture?.close();
});

/** The app's own routes under /api (and the document itself), as "METHOD /path/{param}". */
function appRoutes(): Map<string, string[]> {
  const routes = new Map<string, string[]>();
  for (const route of app.routes) {
    if (route.method === 'ALL') continue;
    if (!route.path.startsWith('/api/') && route.path !== '/openapi.json') continue;
    const params = [...route.path.matchAll(/:([A-Za-z]+)/g)].map((match) => match[1]);
    routes.set(`${route.method} ${route.path.replace(/:([A-Za-z]+)(\{[^}]*\})?/g, '{$1}')}`, params);
  }
  return routes;
}

function documentRoutes(): Map<string, Operation> {
  const routes = new Map<string, Operation>();
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item))
      routes.set(`${method.toUpperCase()} ${path}`, operation);
  }
  return routes;
}

function sampleValue(schema: { type: string; format?: string; enum?: string[]; minimum?: number }): string {
  if (schema.enum) return schema.enum[0];
  if (schema.type === 'integer') return String(schema.minimum ?? 1);
  if (schema.format === 'date') return '2024-11-29';
  return 'x';
}

describe('/openapi.json', () => {
  it('is an OpenAPI 3 document', () => {
    expect(document.openapi).toMatch(/^3\./);
  });

  it('describes exactly the routes the app serves, with the same path parameters', () => {
    const served = appRoutes();
    const described = documentRoutes();
    expect([...described.keys()].sort()).toEqual([...served.keys()].sort());
    for (const [key, params] of served) {
      const documented = (described.get(key)?.parameters ?? [])
        .filter((param) => param.in === 'path')
        .map((param) => param.name);
      expect(documented.sort(), key).toEqual(params.sort());
    }
  });

  it('documents every query parameter a GET route accepts, and the routes refuse the rest', async () => {
    for (const [key, operation] of documentRoutes()) {
      if (!key.startsWith('GET /api/')) continue;
      const path = key
        .slice(4)
        .replace(
          '{id}',
          key.includes('/people/')
            ? (await fixture.store.listPeople({ limit: 1 })).items[0].id
            : 'fixture-ostrovsky-june',
        );
      for (const param of (operation.parameters ?? []).filter((entry) => entry.in === 'query')) {
        if (param.name === 'cursor') continue;
        const response = await app.request(
          `${path}?${param.name}=${encodeURIComponent(sampleValue(param.schema))}`,
        );
        expect(response.status, `${key} ?${param.name}`).toBe(200);
      }
      const undocumented = await app.request(`${path}?not_a_parameter=1`);
      expect(undocumented.status, `${key} refuses an undocumented parameter`).toBe(400);
    }
  });

  it('lists every status a route answers with', async () => {
    const described = documentRoutes();
    expect(Object.keys(described.get('POST /api/ingest')!.responses)).toEqual(
      expect.arrayContaining(['201', '401', '403', '413']),
    );
    expect(Object.keys(described.get('GET /api/people/{id}')!.responses)).toEqual(
      expect.arrayContaining(['200', '404']),
    );
  });
});
