import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { readConfig } from '../config.js';
import { openPostgresDriver } from '../store/postgres/postgres-driver.js';
import { openSqliteDriver } from '../store/sqlite/sqlite-driver.js';
import { isPostgresLocation } from '../store/open-store.js';

/**
 * Helpers for the fault tests (ingest-faults.test.ts): a slice of the sample corpus, the statement
 * count of every stored article read straight from the tables, the real CLI in a child process, and a
 * TCP proxy in front of PostgreSQL that can be cut and restored like a server restart, without
 * touching the shared server itself.
 */

/** The first `count` articles of the bundled sample corpus as a plain JSONL file. */
export function writeSampleSlice(dir: string, count: number): string {
  const corpus = join(readConfig().projectDir, 'sample', 'articles.jsonl.gz');
  const lines = gunzipSync(readFileSync(corpus)).toString('utf8').split('\n').filter(Boolean).slice(0, count);
  const file = join(dir, `sample-${count}.jsonl`);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

/** article id → statement rows, plus a total, read with SQL so nothing in the Store hides a half-write. */
export async function storedArticles(
  location: string,
): Promise<{ perArticle: Map<string, number>; statements: number }> {
  const driver = isPostgresLocation(location)
    ? await openPostgresDriver(location, { retryForMs: 0 })
    : openSqliteDriver(location);
  try {
    const rows = await driver.all<{ id: string; n: number | string }>(
      `SELECT a.id, (SELECT COUNT(*) FROM statements s WHERE s.article_id = a.id) AS n FROM articles a ORDER BY a.id`,
    );
    const total = await driver.get<{ n: number | string }>(`SELECT COUNT(*) AS n FROM statements`);
    return {
      perArticle: new Map(rows.map((row) => [row.id, Number(row.n)])),
      statements: Number(total?.n ?? 0),
    };
  } catch {
    return { perArticle: new Map(), statements: 0 };
  } finally {
    await driver.close();
  }
}

export interface ChildRun {
  child: ChildProcess;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string; stdout: string }>;
}

/** Runs the compiled CLI (bin/onrecord → dist/) as a real process. */
export function runCli(args: string[], options: { uid?: number; gid?: number; cwd?: string } = {}): ChildRun {
  const projectDir = readConfig().projectDir;
  const child = spawn(process.execPath, [join(projectDir, 'bin', 'onrecord'), ...args], {
    cwd: options.cwd ?? projectDir,
    env: { ...process.env, CI: process.env.CI ?? '' },
    stdio: ['ignore', 'pipe', 'pipe'],
    uid: options.uid,
    gid: options.gid,
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    stderr: string;
    stdout: string;
  }>((resolve) =>
    child.on('exit', (code, signal) => setImmediate(() => resolve({ code, signal, stderr, stdout }))),
  );
  return { child, exited };
}

/** Polls until `check` is true, or throws after `timeoutMs`. */
export async function waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** A loopback TCP proxy to PostgreSQL: `cut()` drops every connection and refuses new ones, `restore()` listens again. */
export class PostgresProxy {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  port = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  async start(): Promise<void> {
    const server = createServer((client) => {
      const upstream = connect(this.target.port, this.target.host);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => undefined);
      }
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.address() as { port: number }).port;
    this.server = server;
  }

  cut(): void {
    this.server?.close();
    this.server = null;
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
  }

  restore(): Promise<void> {
    return this.start();
  }

  /** The URL of a database through the proxy. */
  url(databaseUrl: string): string {
    const url = new URL(databaseUrl);
    url.hostname = '127.0.0.1';
    url.port = String(this.port);
    return url.toString();
  }
}
