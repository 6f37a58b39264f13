import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The only reader of process.env. */
export interface Config {
  /** `--db` default: a SQLite path or a postgres:// URL. */
  database: string;
  /** Bearer token for write routes; write routes are off without it. */
  token: string | null;
  port: number;
  /** Where ../shared lives (eval sets and corpora), for eval and bench. */
  sharedDir: string;
  /** The project's own folder (sample corpus, web assets). */
  projectDir: string;
  /** Under CI, tests that need PostgreSQL must run rather than skip. */
  ci: boolean;
  /** PostgreSQL URL for the tests and benchmarks that need one. */
  testPostgres: string;
  /**
   * Appended to the names of the databases the tests create (ONRECORD_TEST_DB_SUFFIX), so two
   * checkouts can run their suites against one server side by side. Lower-case letters, digits, _.
   */
  testDatabaseSuffix: string;
}

/** The folder holding onrecord's package.json, whether running from src/ or dist/. */
export function findProjectDir(from: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  for (;;) {
    const manifest = resolve(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if (JSON.parse(readFileSync(manifest, 'utf8')).name === 'onrecord') return dir;
      } catch {
        // not ours; keep walking up
      }
    }
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const projectDir = findProjectDir();
  return {
    database: env.ONRECORD_DB || 'onrecord.db',
    token: env.ONRECORD_TOKEN || null,
    port: Number(env.ONRECORD_PORT || env.PORT || 8080),
    sharedDir: env.ONRECORD_SHARED || resolve(projectDir, '..', 'shared'),
    projectDir,
    ci: env.CI === 'true' || env.CI === '1',
    testPostgres: env.ONRECORD_TEST_POSTGRES || 'postgres://postgres@127.0.0.1:5432/test',
    testDatabaseSuffix: databaseSuffix(env.ONRECORD_TEST_DB_SUFFIX ?? ''),
  };
}

function databaseSuffix(suffix: string): string {
  if (!/^[a-z0-9_]{0,24}$/.test(suffix)) {
    throw new Error(
      `ONRECORD_TEST_DB_SUFFIX "${suffix}" is not a database-name suffix (up to 24 of a-z, 0-9, _)`,
    );
  }
  return suffix;
}
