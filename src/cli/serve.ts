import { createApp } from '../api/app.js';
import { startServer, type RunningServer } from '../api/start-server.js';
import { readConfig } from '../config.js';
import { OnrecordError } from '../errors.js';
import { openStore } from '../store/open-store.js';
import type { Store } from '../store/store.js';
import { type CommandSpec, parseOrHelp } from './args.js';
import type { Command, CommandIO } from './main.js';

const spec = {
  name: 'serve',
  usage: 'onrecord serve [--db FILE|postgres://…] [--port N] [--host 127.0.0.1]',
  summary: 'Serve the web UI and the JSON API over the record.',
  help: `options:
  --db FILE|URL   the record: a SQLite file (default onrecord.db, or ONRECORD_DB) or postgres://…
  --port N        port to listen on (default 8080, or ONRECORD_PORT; 0 picks a free port)
  --host HOST     address to listen on (default 127.0.0.1; use 0.0.0.0 to listen on every interface)

Write routes (POST /api/ingest, POST /api/people/merge) need "Authorization: Bearer $ONRECORD_TOKEN";
without ONRECORD_TOKEN set they are off. The API is described at /openapi.json.

example:
  onrecord serve --db news.db --port 8080`,
  options: {
    db: { type: 'string' },
    port: { type: 'string' },
    host: { type: 'string' },
  },
} satisfies CommandSpec<Record<string, { type: 'string' }>>;

export interface ServeOptions {
  port: number;
  host: string;
  token: string | null;
  io: CommandIO;
  /** Resolves when the server should stop; defaults to SIGINT or SIGTERM. */
  until?: Promise<unknown>;
}

function readPort(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) {
    throw new OnrecordError('USAGE', `--port must be a number from 0 to 65535, got "${value}"`);
  }
  return port;
}

function signalled(): Promise<string> {
  return new Promise((resolve) => {
    const stop = (signal: string) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/** Serves an open store until stopped; `onrecord sample` calls this after loading the sample corpus. */
export async function serveStore(store: Store, options: ServeOptions): Promise<void> {
  const app = createApp(store, { token: options.token });
  let server: RunningServer;
  try {
    server = await startServer(app, { port: options.port, host: options.host });
  } catch (error) {
    const reason =
      (error as NodeJS.ErrnoException).code === 'EADDRINUSE' ? 'the port is in use' : String(error);
    throw new OnrecordError(
      'USAGE',
      `onrecord serve: cannot listen on ${options.host}:${options.port}: ${reason}`,
      { cause: error },
    );
  }
  const counts = await store.counts();
  options.io.stdout.write(
    `onrecord: serving ${counts.statements} statements from ${counts.articles} articles at ${server.url}/\n` +
      `  API: ${server.url}/openapi.json · write routes ${options.token ? 'on (bearer token)' : 'off (set ONRECORD_TOKEN)'}\n` +
      `  press Ctrl-C to stop\n`,
  );
  await (options.until ?? signalled());
  await server.close();
}

export const command: Command = {
  name: 'serve',
  summary: spec.summary,
  async run(args, io) {
    const parsed = parseOrHelp(spec, args, io);
    if (!parsed) return 0;
    const { values } = parsed;
    const config = readConfig();
    const port = readPort(values.port as string | undefined, config.port);
    const host = (values.host as string | undefined) ?? '127.0.0.1';
    const store = await openStore((values.db as string | undefined) ?? config.database);
    try {
      await serveStore(store, { port, host, token: config.token, io });
    } finally {
      await store.close();
    }
    return 0;
  },
};
