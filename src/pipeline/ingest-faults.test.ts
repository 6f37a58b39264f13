import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, statfsSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../config.js';
import { OnrecordError } from '../errors.js';
import { captureIO } from '../../test/cli-io.js';
import { main } from '../cli/main.js';
import { openPostgresStore } from '../store/postgres/postgres-store.js';
import { dropSchemas, resetSchema, storeTestDatabase } from '../store/postgres/test-database.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { ensureCompiled } from './ensure-compiled.js';
import { PostgresProxy, runCli, storedArticles, waitFor, writeSampleSlice } from './fault-support.js';
import { ingestBatch } from './ingest-batch.js';

/**
 * Faults (issue 7): a SIGKILLed ingest, a read-only database, a full database, PostgreSQL unreachable
 * or restarted mid-ingest. After each: every stored article has all of its statements (none
 * half-written), and a re-run ends with every article exactly once.
 */
const ARTICLES = 60;
const config = readConfig();
const dir = mkdtempSync(join(tmpdir(), 'onrecord-faults-'));
const database = await storeTestDatabase();
const postgresSkip = 'unavailable' in database ? database.unavailable : null;
if (postgresSkip && config.ci) throw new Error(`CI=true but ${postgresSkip}`);
if (postgresSkip) console.warn(`ingest-faults: PostgreSQL cases skipped: ${postgresSkip}`);

let corpus = '';
/**
 * What a clean ingest stores, per writer: the child processes run the compiled dist/, the in-process
 * cases the TypeScript sources, and the extractor may differ between the two while it is being worked on.
 */
const references: Record<'cli' | 'inProcess', { perArticle: Map<string, number>; statements: number }> = {
  cli: { perArticle: new Map(), statements: 0 },
  inProcess: { perArticle: new Map(), statements: 0 },
};
type Writer = keyof typeof references;

beforeAll(async () => {
  ensureCompiled([
    'src/cli/main.ts',
    'src/cli/ingest.ts',
    'src/pipeline/ingest-batch.ts',
    'src/store/sql/sql-store.ts',
  ]);
  corpus = writeSampleSlice(dir, ARTICLES);
  const file = join(dir, 'reference.db');
  const store = await openSqliteStore(file);
  try {
    const summary = await ingestBatch([corpus], { store, shifts: false });
    expect(summary).toMatchObject({ new: ARTICLES, failed: 0 });
  } finally {
    await store.close();
  }
  references.inProcess = await storedArticles(file);
  expect(references.inProcess.perArticle.size).toBe(ARTICLES);
  const cliFile = join(dir, 'reference-cli.db');
  const cli = await runCli(['ingest', corpus, '--db', cliFile]).exited;
  expect(cli.code).toBe(0);
  references.cli = await storedArticles(cliFile);
  expect(references.cli.perArticle.size).toBe(ARTICLES);
}, 180_000);

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  if (!postgresSkip) await dropSchemas((database as { url: string }).url, 'faults_');
});

/** Every stored article has exactly the statements a clean ingest gives it. */
async function expectNoHalfWrittenArticle(location: string, writer: Writer): Promise<number> {
  const { perArticle } = await storedArticles(location);
  for (const [id, count] of perArticle)
    expect([id, count]).toEqual([id, references[writer].perArticle.get(id)]);
  return perArticle.size;
}

async function expectComplete(location: string, writer: Writer): Promise<void> {
  const { perArticle, statements } = await storedArticles(location);
  expect(perArticle).toEqual(references[writer].perArticle);
  expect(statements).toBe(references[writer].statements);
}

const backends: { name: string; location: () => Promise<string>; skip: string | null }[] = [
  { name: 'SQLite', location: async () => join(dir, `kill-${Date.now()}.db`), skip: null },
  {
    name: 'PostgreSQL',
    location: async () => resetSchema((database as { url: string }).url, `faults_kill_${process.pid}`),
    skip: postgresSkip,
  },
];

describe.each(backends)('SIGKILL during ingest on $name', ({ location, skip }) => {
  it.skipIf(skip !== null)(
    'leaves no half-written article, and a re-run stores every article exactly once',
    async () => {
      const db = await location();
      const run = runCli(['ingest', corpus, '--db', db]);
      await waitFor(
        async () => (await storedArticles(db)).perArticle.size >= 8,
        90_000,
        'the first articles',
      );
      run.child.kill('SIGKILL');
      const killed = await run.exited;
      expect(killed.signal).toBe('SIGKILL');
      const survived = await expectNoHalfWrittenArticle(db, 'cli');
      expect(survived).toBeGreaterThanOrEqual(8);
      expect(survived).toBeLessThan(ARTICLES);

      const rerun = await runCli(['ingest', corpus, '--db', db]).exited;
      expect(rerun.stderr).toMatch(
        new RegExp(`${ARTICLES - survived} new, 0 updated, ${survived} unchanged, 0 failed`),
      );
      expect(rerun.code).toBe(0);
      await expectComplete(db, 'cli');
    },
    180_000,
  );
});

describe('a read-only SQLite database', () => {
  it('fails with a clear error and writes nothing', async () => {
    const folder = join(dir, 'readonly');
    const { mkdirSync, copyFileSync } = await import('node:fs');
    mkdirSync(folder);
    const db = join(folder, 'record.db');
    copyFileSync(join(dir, 'reference.db'), db);
    const before = await storedArticles(db);
    const changed = writeSampleSlice(folder, ARTICLES + 5);
    chmodSync(db, 0o444);
    chmodSync(folder, 0o555);
    chmodSync(dir, 0o755);
    const asRoot = process.getuid?.() === 0;
    // root writes through file modes, so the run that must be refused runs as nobody, when nobody can
    // read the project; otherwise the same refusal is checked in-process on a read-only connection
    const nobody = { uid: 65534, gid: 65534 };
    const canRunAsNobody = !asRoot || /onrecord/.test((await runCli(['--version'], nobody).exited).stdout);
    if (canRunAsNobody) {
      const result = await runCli(['ingest', changed, '--db', db], asRoot ? nobody : {}).exited;
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/read-only/);
      expect(result.stderr).toContain(db);
    } else {
      const store = await openSqliteStore(db, { readonly: true });
      try {
        await expect(ingestBatch([changed], { store })).rejects.toMatchObject({ code: 'STORE_READ_ONLY' });
      } finally {
        await store.close();
      }
    }
    chmodSync(folder, 0o755);
    expect((await storedArticles(db)).perArticle).toEqual(before.perArticle);
    expect(statSync(db).mode & 0o777).toBe(0o444);
  }, 120_000);
});

/**
 * A SQLite store that runs out of room mid-batch: the batch stops with an error naming the file and
 * matching `message`, every stored article is whole, and once `makeRoom` has run a re-run completes.
 */
async function expectStopsThenCompletes(
  db: string,
  store: Awaited<ReturnType<typeof openSqliteStore>>,
  message: RegExp,
  makeRoom: () => void,
): Promise<void> {
  let failure: unknown = null;
  try {
    await ingestBatch([corpus], { store });
  } catch (error) {
    failure = error;
  } finally {
    await store.close();
  }
  expect(failure).toBeInstanceOf(OnrecordError);
  expect((failure as OnrecordError).message).toMatch(message);
  expect((failure as OnrecordError).message).toContain(db);
  makeRoom();
  const survived = await expectNoHalfWrittenArticle(db, 'inProcess');
  expect(survived).toBeLessThan(ARTICLES);
  const roomy = await openSqliteStore(db);
  try {
    const summary = await ingestBatch([corpus], { store: roomy });
    expect(summary).toMatchObject({ new: ARTICLES - survived, unchanged: survived, failed: 0 });
  } finally {
    await roomy.close();
  }
  await expectComplete(db, 'inProcess');
}

describe('a full SQLite database', () => {
  it('stops the batch with a clear error, keeps every saved article whole, and a re-run completes', async () => {
    const db = join(dir, 'full.db');
    const empty = await openSqliteStore(db);
    await empty.close();
    const { openSqliteDriver } = await import('../store/sqlite/sqlite-driver.js');
    const probe = openSqliteDriver(db);
    const pages = Number((await probe.get<{ page_count: number }>('PRAGMA page_count'))?.page_count);
    await probe.close();
    const store = await openSqliteStore(db, { pragmas: [`max_page_count = ${pages + 60}`] });
    await expectStopsThenCompletes(db, store, /full/, () => undefined);
  }, 180_000);
});

/**
 * A real full filesystem: a small tmpfs mounted for the test (root only: mounting needs it; elsewhere
 * the test says why it skips), a SQLite file on it, and a filler file that leaves too little room for
 * the batch, WAL included. Freeing the filler is "adding room".
 */
function mountSmallDisk(folder: string, size: string): string | null {
  if (process.getuid?.() !== 0) return 'mounting a small tmpfs needs root';
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', folder]);
  return mounted.status === 0 ? null : `mount -t tmpfs failed: ${String(mounted.stderr).trim()}`;
}

describe('a real full filesystem under SQLite (ENOSPC)', () => {
  const disk = mkdtempSync(join(tmpdir(), 'onrecord-enospc-'));
  const skip = mountSmallDisk(disk, '3m');
  if (skip) console.warn(`skipping the real full-disk test: ${skip}`);
  afterAll(() => {
    if (!skip) spawnSync('umount', [disk]);
    rmSync(disk, { recursive: true, force: true });
  });

  it.skipIf(skip !== null)(
    'stops the batch naming the file, keeps every saved article whole, and completes once there is room',
    async () => {
      const db = join(disk, 'full.db');
      const empty = await openSqliteStore(db);
      await empty.close();
      // leave about 200 KB: less than the 60 articles need, more than one article
      const filler = join(disk, 'filler');
      const { bavail, bsize } = statfsSync(disk);
      writeFileSync(filler, Buffer.alloc(Math.max(0, bavail * bsize - 200 * 1024)));
      const store = await openSqliteStore(db);
      await expectStopsThenCompletes(db, store, /full|disk|I\/O/i, () => rmSync(filler));
    },
    180_000,
  );
});

describe('PostgreSQL faults', () => {
  it('unreachable: the CLI names the server and exits 1', async () => {
    const io = captureIO();
    const code = await main(
      ['ingest', corpus, '--db', 'postgres://postgres@127.0.0.1:1/onrecord_nowhere'],
      io,
    );
    expect(code).toBe(1);
    expect(io.err()).toMatch(
      /PostgreSQL at postgres:\/\/postgres@127\.0\.0\.1:1\/onrecord_nowhere is unreachable/,
    );
  });

  it.skipIf(postgresSkip !== null)(
    'restarted mid-ingest: the batch waits, resumes, and stores every article exactly once',
    async () => {
      const target = new URL(config.testPostgres);
      const proxy = new PostgresProxy({ host: target.hostname, port: Number(target.port || 5432) });
      await proxy.start();
      const direct = await resetSchema((database as { url: string }).url, `faults_restart_${process.pid}`);
      const store = await openPostgresStore(proxy.url(direct), { retryForMs: 20_000 });
      let cuts = 0;
      try {
        const summary = await ingestBatch([corpus], {
          store,
          onProgress(counts) {
            // cut twice, a few milliseconds into the next article's transaction, and come back 1.5 s later
            if ((counts.new === 10 && cuts === 0) || (counts.new === 30 && cuts === 1)) {
              cuts += 1;
              setTimeout(() => {
                proxy.cut();
                setTimeout(() => void proxy.restore(), 1500);
              }, 3);
            }
          },
        });
        expect(cuts).toBe(2);
        expect(summary).toMatchObject({ new: ARTICLES, failed: 0 });
      } finally {
        await store.close();
        proxy.cut();
      }
      await expectComplete(direct, 'inProcess');
    },
    180_000,
  );

  it.skipIf(postgresSkip !== null)(
    'a read issued while the server is away waits for it and answers once it is back',
    async () => {
      const target = new URL(config.testPostgres);
      const proxy = new PostgresProxy({ host: target.hostname, port: Number(target.port || 5432) });
      await proxy.start();
      const direct = await resetSchema((database as { url: string }).url, `faults_read_${process.pid}`);
      const store = await openPostgresStore(proxy.url(direct), { retryForMs: 20_000 });
      try {
        proxy.cut();
        setTimeout(() => void proxy.restore(), 1_000);
        const started = Date.now();
        const article = { id: 'read-during-outage', text: 'Nothing stored yet.', published: '2024-11-30' };
        await expect(store.articleState(article)).resolves.toBe('new');
        expect(Date.now() - started).toBeGreaterThanOrEqual(900);
      } finally {
        await store.close().catch(() => undefined);
        proxy.cut();
      }
    },
    60_000,
  );

  it.skipIf(postgresSkip !== null)(
    'gone for good: a clear error naming it, and nothing half-written',
    async () => {
      const target = new URL(config.testPostgres);
      const proxy = new PostgresProxy({ host: target.hostname, port: Number(target.port || 5432) });
      await proxy.start();
      const direct = await resetSchema((database as { url: string }).url, `faults_gone_${process.pid}`);
      const store = await openPostgresStore(proxy.url(direct), { retryForMs: 1_000 });
      let failure: unknown = null;
      try {
        await ingestBatch([corpus], {
          store,
          onProgress(counts) {
            if (counts.new === 10) setTimeout(() => proxy.cut(), 3);
          },
        });
      } catch (error) {
        failure = error;
      } finally {
        await store.close().catch(() => undefined);
        proxy.cut();
      }
      expect(failure).toBeInstanceOf(OnrecordError);
      expect((failure as OnrecordError).code).toBe('STORE_UNAVAILABLE');
      expect((failure as OnrecordError).message).toMatch(/PostgreSQL at postgres:\/\/.*unreachable/);
      const survived = await expectNoHalfWrittenArticle(direct, 'inProcess');
      expect(survived).toBeGreaterThanOrEqual(10);
      expect(survived).toBeLessThan(ARTICLES);
    },
    180_000,
  );
});
