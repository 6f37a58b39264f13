import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A PostgreSQL cluster of the test's own (initdb into a temp folder, its own port on 127.0.0.1), so a
 * test may stop and restart it without touching the shared server other tests use. As root the server
 * binaries refuse to run, so they run as the `postgres` OS user over a folder chowned to it.
 */
export interface ThrowawayPostgres {
  port: number;
  /** postgres://postgres@127.0.0.1:PORT/postgres */
  url: string;
  dir: string;
  /**
   * pg_ctl restart: every connection is terminated and the server comes back on the same port. `fast`
   * shuts down cleanly; `immediate` is a crash (no checkpoint), so the server recovers from its WAL.
   */
  restart(mode?: 'fast' | 'immediate'): void;
  stop(): void;
  /** Starts it again after stop(), with the same port and options. */
  start(): void;
  /** Stops the server (if running) and removes its folder. */
  remove(): void;
  log(): string;
}

/** The pg_ctl/initdb of the newest installed major version, or null. */
export function findPostgresBinaries(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter(
      (entry) =>
        existsSync(join(root, entry, 'bin', 'initdb')) && existsSync(join(root, entry, 'bin', 'pg_ctl')),
    )
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? join(root, versions[0], 'bin') : null;
}

/** The first port from `from` that nothing on 127.0.0.1 listens on. */
export async function freePort(from = 54329, tries = 200): Promise<number> {
  for (let port = from; port < from + tries; port += 1) {
    const free = await new Promise<boolean>((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`no free port on 127.0.0.1 in ${from}..${from + tries - 1}`);
}

function userIds(name: string): { uid: number; gid: number } | null {
  try {
    const uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', name], { encoding: 'utf8' }).trim());
    return Number.isInteger(uid) && Number.isInteger(gid) ? { uid, gid } : null;
  } catch {
    return null;
  }
}

/**
 * Starts a throwaway cluster, or returns why it cannot (no binaries, root without a `postgres` user or
 * runuser, initdb or start failing) so the caller can skip, or fail under CI.
 */
export async function startThrowawayPostgres(): Promise<ThrowawayPostgres | { unavailable: string }> {
  const bin = findPostgresBinaries();
  if (!bin) return { unavailable: 'no PostgreSQL server binaries under /usr/lib/postgresql/*/bin' };
  const asRoot = process.getuid?.() === 0;
  let owner: { uid: number; gid: number } | null = null;
  if (asRoot) {
    owner = userIds('postgres');
    if (!owner)
      return { unavailable: 'running as root and there is no "postgres" OS user to run the server as' };
    if (spawnSync('runuser', ['--help'], { stdio: 'ignore' }).error) {
      return { unavailable: 'running as root and runuser is not installed' };
    }
  }
  const dir = mkdtempSync(join(tmpdir(), 'onrecord-pg-restart-'));
  const data = join(dir, 'data');
  const logFile = join(dir, 'server.log');
  if (owner) chownSync(dir, owner.uid, owner.gid);
  const asOwner = (program: string, args: string[]) => {
    const command = owner ? 'runuser' : join(bin, program);
    const argv = owner ? ['-u', 'postgres', '--', join(bin, program), ...args] : args;
    const result = spawnSync(command, argv, { encoding: 'utf8', cwd: dir, timeout: 120_000 });
    if (result.status !== 0) {
      throw new Error(
        `${program} ${args.join(' ')} failed (${result.error?.message ?? `exit ${result.status}`}): ${result.stderr || result.stdout}`,
      );
    }
  };
  const port = await freePort();
  const serverOptions = `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir}`;
  const remove = () => {
    if (existsSync(join(data, 'postmaster.pid'))) {
      try {
        asOwner('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } catch {
        // already stopped
      }
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    asOwner('initdb', [
      '-D',
      data,
      '-U',
      'postgres',
      '--auth=trust',
      '-E',
      'UTF8',
      '--locale=C',
      '--no-sync',
    ]);
    asOwner('pg_ctl', ['-D', data, '-o', serverOptions, '-l', logFile, '-w', '-t', '60', 'start']);
  } catch (error) {
    const log = existsSync(logFile) ? readFileSync(logFile, 'utf8').slice(-2000) : '';
    remove();
    return { unavailable: `cannot start a throwaway PostgreSQL cluster: ${(error as Error).message}${log}` };
  }
  return {
    port,
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    dir,
    // -l again: without it the restarted server would write to (and hold open) pg_ctl's own stdout
    restart: (mode = 'fast') =>
      asOwner('pg_ctl', ['-D', data, '-l', logFile, '-m', mode, '-w', '-t', '60', 'restart']),
    stop: () => asOwner('pg_ctl', ['-D', data, '-m', 'fast', '-w', '-t', '60', 'stop']),
    start: () =>
      asOwner('pg_ctl', ['-D', data, '-o', serverOptions, '-l', logFile, '-w', '-t', '60', 'start']),
    remove,
    log: () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : ''),
  };
}
