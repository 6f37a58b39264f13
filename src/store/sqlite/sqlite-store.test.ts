import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { registerStoreContract } from '../store.contract.js';
import { openSqliteStore } from './sqlite-store.js';

const dir = mkdtempSync(join(tmpdir(), 'onrecord-sqlite-'));
let counter = 0;
let current = '';
afterAll(() => rmSync(dir, { recursive: true, force: true }));

registerStoreContract('SQLite', {
  async open() {
    counter += 1;
    current = join(dir, `contract-${counter}.db`);
    return openSqliteStore(current);
  },
  reopen: () => openSqliteStore(current),
});
