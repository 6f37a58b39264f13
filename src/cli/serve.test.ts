import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestArticle } from '../api/ingest-one.js';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import { FIXTURE_ARTICLES } from '../../test/e2e/fixture-articles.js';
import { main } from './main.js';
import { serveStore } from './serve.js';

function captureIO() {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk) => (out += chunk));
  stderr.on('data', (chunk) => (err += chunk));
  return { io: { stdin: new PassThrough(), stdout, stderr }, out: () => out, err: () => err };
}

describe('onrecord serve', () => {
  let dir: string;
  let store: Store;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'onrecord-serve-'));
    store = await openStore(join(dir, 'serve.db'));
    await ingestArticle(store, FIXTURE_ARTICLES[0]);
  });
  afterAll(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the record over real HTTP on a free port until told to stop', async () => {
    const { io, out } = captureIO();
    let stop: () => void = () => {};
    const until = new Promise<void>((resolve) => (stop = resolve));
    const running = serveStore(store, { port: 0, host: '127.0.0.1', token: null, io, until });
    for (let wait = 0; wait < 100 && !/http:\/\/127\.0\.0\.1:\d+/.test(out()); wait++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const url = /http:\/\/127\.0\.0\.1:\d+/.exec(out())?.[0];
    expect(url).toBeDefined();
    expect(out()).toContain('write routes off');
    const response = await fetch(`${url}/api/statements?speaker=Ostrovsky`);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { items: unknown[] }).items.length).toBeGreaterThan(0);
    const page = await fetch(`${url}/`);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    stop();
    await running;
    await expect(fetch(`${url}/`)).rejects.toThrow();
  });

  it.each([
    [['serve', '--help'], 0, /usage: onrecord serve/],
    [['serve', '--port', 'eighty'], 2, /--port must be a number/],
    [['serve', '--bogus'], 2, /usage: onrecord serve/],
  ])('%j exits %i', async (argv, code, message) => {
    const { io, out, err } = captureIO();
    expect(await main(argv, io)).toBe(code);
    expect(out() + err()).toMatch(message);
  });
});
