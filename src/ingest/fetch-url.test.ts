import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OnrecordError } from '../errors.js';
import { fetchUrl, openUrl } from './fetch-url.js';
import { type ReadItem, type ReadOptions, readSources } from './index.js';

const paragraph =
  '<p>The harbour council voted to add two evening crossings to the island ferry after a year of complaints from commuters.</p>';
const page = `<!doctype html><html><head><title>Ferry vote</title><meta property="og:site_name" content="Local Test"></head><body><article><h1>Ferry vote</h1>${paragraph.repeat(4)}</article></body></html>`;
const russian = 'Министр заявил, что переговоры возобновятся на следующей неделе, сообщили в пятницу.';

let server: Server;
let port: number;
const requested: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = request.url ?? '/';
    requested.push(path);
    if (path === '/page') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(page);
    } else if (path === '/cp1251') {
      response.writeHead(200, { 'content-type': 'text/html; charset=windows-1251' });
      response.end(
        iconv.encode(
          `<html><body><article><p>${russian}</p><p>${russian}</p></article></body></html>`,
          'windows-1251',
        ),
      );
    } else if (path === '/dump') {
      response.writeHead(200, { 'content-type': 'text/csv; charset=windows-1251' });
      response.end(iconv.encode(`id,text\nr1,"${russian}"\n`, 'windows-1251'));
    } else if (path === '/gzipped') {
      response.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' });
      response.end(gzipSync(page));
    } else if (path === '/feed') {
      response.writeHead(200, { 'content-type': 'application/rss+xml' });
      response.end(
        '<rss version="2.0"><channel><title>T</title><item><title>One</title><link>https://t.example/1</link><description>Short summary of the vote.</description></item></channel></rss>',
      );
    } else if (path === '/to-loopback') {
      response.writeHead(302, { location: `http://127.0.0.1:${port}/secret` });
      response.end();
    } else if (path === '/to-file') {
      response.writeHead(301, { location: 'file:///etc/passwd' });
      response.end();
    } else if (path === '/hop') {
      response.writeHead(307, { location: '/page' });
      response.end();
    } else if (path === '/loop') {
      response.writeHead(302, { location: '/loop' });
      response.end();
    } else if (path === '/big') {
      response.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(2 * 1024 * 1024) });
      response.end(Buffer.alloc(2 * 1024 * 1024, 0x61));
    } else if (path === '/big-chunked') {
      response.writeHead(200, { 'content-type': 'text/plain' });
      for (let index = 0; index < 32; index += 1) response.write(Buffer.alloc(64 * 1024, 0x61));
      response.end();
    } else if (path === '/stall') {
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.write('the start and then nothing');
    } else if (path === '/silent') {
      // never answers
    } else {
      response.writeHead(404);
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

async function collect(inputs: string[], options: ReadOptions): Promise<ReadItem[]> {
  const items: ReadItem[] = [];
  for await (const item of readSources(inputs, options)) items.push(item);
  return items;
}

async function failure(promise: Promise<unknown>): Promise<OnrecordError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof OnrecordError) return error;
    throw error;
  }
  throw new Error('expected a failure');
}

describe('URL inputs with a real local server', () => {
  it('reads a page when private addresses are allowed', async () => {
    const [item] = await collect([`http://127.0.0.1:${port}/page`], { allowPrivate: true });
    expect(item.ok && item.article).toMatchObject({
      title: 'Ferry vote',
      outlet: 'Local Test',
      source: `http://127.0.0.1:${port}/page`,
      url: `http://127.0.0.1:${port}/page`,
    });
  });

  it('decodes Windows-1251 from the Content-Type header, follows redirects, unpacks gzip, reads feeds', async () => {
    const base = `http://127.0.0.1:${port}`;
    const items = await collect([`${base}/cp1251`, `${base}/hop`, `${base}/gzipped`, `${base}/feed`], {
      allowPrivate: true,
    });
    const [cyrillic, redirected, gzipped, feedItem] = items.map((item) => (item.ok ? item.article : null));
    expect(cyrillic?.text).toContain(russian);
    expect(redirected).toMatchObject({ title: 'Ferry vote', url: `${base}/page` });
    expect(gzipped?.title).toBe('Ferry vote');
    expect(feedItem).toMatchObject({ url: 'https://t.example/1', summaryOnly: true });
  });

  it('decodes a dump by the charset of its Content-Type', async () => {
    const [item] = await collect([`http://127.0.0.1:${port}/dump`], { allowPrivate: true });
    expect(item.ok && item.article).toMatchObject({ id: 'r1', text: russian, language: 'ru' });
  });

  it('refuses loopback without allowPrivate, by IP literal and by name (checked when connecting)', async () => {
    const before = requested.length;
    const literal = await failure(fetchUrl(`http://127.0.0.1:${port}/page`));
    expect(literal.code).toBe('FETCH_FORBIDDEN');
    const named = await failure(fetchUrl(`http://localhost:${port}/page`));
    expect(named.code).toBe('FETCH_FORBIDDEN');
    expect(named.message).toMatch(/localhost resolves to (127\.0\.0\.1|::1)/);
    expect(requested.length).toBe(before);
    const [item] = await collect([`http://localhost:${port}/page`], {});
    expect(!item.ok && item.error.code).toBe('FETCH_FORBIDDEN');
  });

  it('re-checks every redirect target: a redirect to loopback is refused', async () => {
    const before = requested.length;
    const error = await failure(
      fetchUrl(`http://localhost:${port}/to-loopback`, { allowHosts: ['localhost'] }),
    );
    expect(error.code).toBe('FETCH_FORBIDDEN');
    expect(error.message).toMatch(/127\.0\.0\.1/);
    expect(requested.slice(before)).toEqual(['/to-loopback']);
    const toFile = await failure(fetchUrl(`http://127.0.0.1:${port}/to-file`, { allowPrivate: true }));
    expect(toFile.code).toBe('FETCH_FORBIDDEN');
  });

  it.each([['127.0.0.1'], ['::ffff:127.0.0.1'], ['169.254.169.254'], ['fd00:ec2::254']])(
    'refuses a name that resolves to %s at connect time (DNS rebinding)',
    async (address) => {
      const before = requested.length;
      let lookups = 0;
      const error = await failure(
        fetchUrl(`http://rebind.test:${port}/page`, {
          resolve: async () => {
            lookups += 1;
            return [{ address, family: address.includes(':') ? 6 : 4 }];
          },
        }),
      );
      expect(error.code).toBe('FETCH_FORBIDDEN');
      expect(lookups).toBeGreaterThan(0);
      expect(requested.length).toBe(before);
    },
  );

  it('fetchUrl returns the body gunzipped', async () => {
    const result = await fetchUrl(`http://127.0.0.1:${port}/gzipped`, { allowPrivate: true });
    expect(result.body.toString('utf8')).toBe(page);
  });

  it('connects through the guarded lookup when the answer is allowed', async () => {
    const result = await fetchUrl(`http://rebind.test:${port}/page`, {
      allowHosts: ['rebind.test'],
      resolve: async () => [{ address: '127.0.0.1', family: 4 }],
    });
    expect(result.body.toString('utf8')).toContain('Ferry vote');
  });

  it('stops after too many redirects', async () => {
    const error = await failure(
      fetchUrl(`http://127.0.0.1:${port}/loop`, { allowPrivate: true, maxRedirects: 3 }),
    );
    expect(error).toMatchObject({
      code: 'FETCH_FAILED',
      message: expect.stringMatching(/more than 3 redirects/),
    });
  });

  it('caps the size, by Content-Length and while streaming', async () => {
    const declared = await failure(
      fetchUrl(`http://127.0.0.1:${port}/big`, { allowPrivate: true, maxBytes: 1024 * 1024 }),
    );
    expect(declared.code).toBe('INPUT_TOO_LARGE');
    const streamed = await failure(
      fetchUrl(`http://127.0.0.1:${port}/big-chunked`, { allowPrivate: true, maxBytes: 1024 * 1024 }),
    );
    expect(streamed.code).toBe('INPUT_TOO_LARGE');
  });

  it('times out on a silent server and on a stalled body', async () => {
    const silent = await failure(
      fetchUrl(`http://127.0.0.1:${port}/silent`, { allowPrivate: true, timeoutMs: 300 }),
    );
    expect(silent.code).toBe('FETCH_TIMEOUT');
    const stalled = await failure(
      fetchUrl(`http://127.0.0.1:${port}/stall`, { allowPrivate: true, timeoutMs: 300 }),
    );
    expect(stalled.code).toBe('FETCH_TIMEOUT');
  });

  it('reports HTTP errors and refuses other protocols', async () => {
    const missing = await failure(fetchUrl(`http://127.0.0.1:${port}/missing`, { allowPrivate: true }));
    expect(missing).toMatchObject({ code: 'INPUT_NOT_FOUND', message: expect.stringMatching(/HTTP 404/) });
    const file = await failure(openUrl('file:///etc/passwd'));
    expect(file.code).toBe('FETCH_FORBIDDEN');
  });
});
