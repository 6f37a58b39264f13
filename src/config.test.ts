import { describe, expect, it } from 'vitest';
import { readConfig } from './config.js';

describe('readConfig', () => {
  it('takes a test-database suffix of plain identifier characters', () => {
    expect(readConfig({ ONRECORD_TEST_DB_SUFFIX: '_wt2' }).testDatabaseSuffix).toBe('_wt2');
    expect(readConfig({}).testDatabaseSuffix).toBe('');
  });

  it('refuses a suffix that could change the SQL it is put into, naming the variable', () => {
    expect(() => readConfig({ ONRECORD_TEST_DB_SUFFIX: 'x; DROP DATABASE test' })).toThrow(
      /ONRECORD_TEST_DB_SUFFIX "x; DROP DATABASE test" is not a database-name suffix/,
    );
  });

  it('reads the database, token, port and CI flag from the environment', () => {
    const config = readConfig({ ONRECORD_DB: 'x.db', ONRECORD_TOKEN: 't', PORT: '9', CI: 'true' });
    expect(config).toMatchObject({ database: 'x.db', token: 't', port: 9, ci: true });
  });
});
