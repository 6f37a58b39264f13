import { afterAll, describe, it } from 'vitest';
import { readConfig } from '../../config.js';
import { registerStoreContract } from '../store.contract.js';
import { openPostgresStore } from './postgres-store.js';
import { dropSchemas, resetSchema, storeTestDatabase } from './test-database.js';

const database = await storeTestDatabase();

if ('unavailable' in database && !readConfig().ci) {
  describe('Store contract: PostgreSQL', () => {
    it.skip(`skipped: ${database.unavailable} (set CI=true to make this a failure)`, () => undefined);
  });
} else {
  if ('unavailable' in database) throw new Error(`CI=true but ${database.unavailable}`);
  let counter = 0;
  let current = '';
  const url = database.url;
  afterAll(() => dropSchemas(url, `contract_${process.pid}_`));
  registerStoreContract('PostgreSQL', {
    async open() {
      counter += 1;
      current = await resetSchema(database.url, `contract_${process.pid}_${counter}`);
      return openPostgresStore(current, { retryForMs: 0 });
    },
    reopen: () => openPostgresStore(current, { retryForMs: 0 }),
  });
}
