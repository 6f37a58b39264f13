import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../config.js';
import { openPostgresDriver } from '../postgres/postgres-driver.js';
import { dropSchemas, resetSchema, storeTestDatabase } from '../postgres/test-database.js';
import { openSqliteDriver } from '../sqlite/sqlite-driver.js';
import type { SqlDriver } from './driver.js';
import { SCHEMA_VERSION, migrate } from './migrations.js';
import { quoteKeyNumber } from './quote-key-number.js';

const dir = mkdtempSync(join(tmpdir(), 'onrecord-migrations-'));
const database = await storeTestDatabase();
const postgresUrl = 'url' in database ? database.url : null;
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  if (postgresUrl) await dropSchemas(postgresUrl, `migrations_${process.pid}_`);
});

const backends: [string, () => Promise<SqlDriver>][] = [
  ['SQLite', async () => openSqliteDriver(join(dir, `v5-${Math.random()}.db`))],
];
if (postgresUrl || readConfig().ci) {
  backends.push([
    'PostgreSQL',
    async () => {
      if (!postgresUrl) throw new Error('CI=true but PostgreSQL is unreachable');
      return openPostgresDriver(await resetSchema(postgresUrl, `migrations_${process.pid}_v5`));
    },
  ]);
}

describe.each(backends)('migration 6 on %s', (_, open) => {
  it('keeps every version-5 quote key, as the number pointing at its statement by seq', async () => {
    const driver = await open();
    try {
      await migrate(driver, { upTo: 5 });
      await driver.run(
        `INSERT INTO articles (id, article_key, content_hash, extraction_hash, text, ingested_at, updated_at)
         VALUES ('a1', 'k1', 'c', 'e', 'text', 'now', 'now')`,
      );
      for (const [ordinal, id] of ['s1', 's2'].entries()) {
        await driver.run(
          `INSERT INTO statements (id, article_id, ordinal, kind, quote_start, quote_end, quote_text, speaker_name,
                  speaker_kind, confidence, fingerprint)
           VALUES (?, 'a1', ?, 'direct', 0, 4, 'text', 'Ann Lee', 'person', 1, 'f')`,
          [id, ordinal],
        );
      }
      // shingle keys, a hex fingerprint and a key of another rule set, as version 2 stored them
      const keys: [string, string][] = [
        ['wabc123', 's1'],
        ['0123456789abcdef01234567', 's1'],
        ['ann lee said so', 's2'],
        ['wabc123', 's2'],
      ];
      for (const [key, statement] of keys) {
        await driver.run(`INSERT INTO statement_quote_keys (quote_key, statement_id) VALUES (?, ?)`, [
          key,
          statement,
        ]);
      }
      expect(await migrate(driver)).toBe(SCHEMA_VERSION - 5);
      const rows = await driver.all<{ id: string; quote_key: number | string }>(
        `SELECT s.id, k.quote_key FROM statement_quote_keys k JOIN statements s ON s.seq = k.statement_seq`,
      );
      const found = rows.map((row) => `${row.id} ${Number(row.quote_key)}`).sort();
      expect(found).toEqual(keys.map(([key, statement]) => `${statement} ${quoteKeyNumber(key)}`).sort());
      // the rows still go with their statement
      await driver.run(`DELETE FROM statements WHERE id = 's1'`);
      const left = await driver.all(`SELECT quote_key FROM statement_quote_keys`);
      expect(left).toHaveLength(2);
    } finally {
      await driver.close();
    }
  });
});

describe('quoteKeyNumber', () => {
  it.each([
    ['a shingle key reads back as its hash', 'w1z0', 36 * 36 + 35 * 36],
    ['a hex fingerprint is its first 13 digits', '0123456789abcdef01234567', 0x0123456789abc],
  ])('%s', (_, key, number) => {
    expect(quoteKeyNumber(key)).toBe(number);
  });

  it('hashes any other key into a safe integer, the same every time', () => {
    const number = quoteKeyNumber('ann lee said so');
    expect(Number.isSafeInteger(number)).toBe(true);
    expect(quoteKeyNumber('ann lee said so')).toBe(number);
    expect(quoteKeyNumber('ann lee said no')).not.toBe(number);
  });
});
