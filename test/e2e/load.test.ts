import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.js';
import { startServer, type RunningServer } from '../../src/api/start-server.js';
import { burst } from './burst.js';
import { openWebStore, type FixtureStore } from './fixture-store.js';

const REQUESTS = 1000;
/** RSS may settle a little after the first burst (JIT, pools); a leak of even 1 KB a request would show. */
const MAX_GROWTH_MB = 48;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function settledRssMb(): number {
  for (let round = 0; round < 3; round++) gc();
  return process.memoryUsage().rss / 1024 / 1024;
}

describe('a burst of 1,000 concurrent requests on loopback', () => {
  let fixture: FixtureStore;
  let server: RunningServer;
  let paths: string[];

  beforeAll(async () => {
    fixture = await openWebStore();
    server = await startServer(createApp(fixture.store, { token: null }), { port: 0, host: '127.0.0.1' });
    const person = (await fixture.store.listPeople({ limit: 1 })).items[0].id;
    const article = (await fixture.store.searchStatements({ limit: 1 })).items[0].articleId;
    paths = [
      '/api/statements?q=NATO',
      '/api/statements?limit=50',
      '/',
      '/?q=territory',
      `/people/${encodeURIComponent(person)}`,
      `/api/people/${encodeURIComponent(person)}`,
      `/articles/${encodeURIComponent(article)}`,
      '/shifts',
      '/topics',
      '/assets/app.css',
    ];
  }, 180_000);

  afterAll(async () => {
    await server?.close();
    await fixture?.close();
  });

  it('answers every request, and memory does not grow over a second burst', async () => {
    const first = await burst(server.url, paths, REQUESTS);
    expect(first.errors).toEqual([]);
    expect(first.statuses).toEqual({ 200: REQUESTS });
    const afterFirst = settledRssMb();
    const second = await burst(server.url, paths, REQUESTS);
    expect(second.errors).toEqual([]);
    expect(second.statuses).toEqual({ 200: REQUESTS });
    const afterSecond = settledRssMb();
    console.log(
      `burst 1: ${first.elapsedMs.toFixed(0)} ms (p50 ${first.p50Ms.toFixed(0)} ms, p99 ${first.p99Ms.toFixed(0)} ms); ` +
        `burst 2: ${second.elapsedMs.toFixed(0)} ms (p50 ${second.p50Ms.toFixed(0)} ms, p99 ${second.p99Ms.toFixed(0)} ms); ` +
        `RSS after burst 1 ${afterFirst.toFixed(1)} MB, after burst 2 ${afterSecond.toFixed(1)} MB`,
    );
    expect(afterSecond - afterFirst).toBeLessThan(MAX_GROWTH_MB);
  }, 300_000);
});
