import { detectShifts } from '../ledger/shifts.js';
import type { StatementRecord } from '../model/ledger.js';
import type { Store } from '../store/store.js';

/**
 * Recomputes the position shifts of each person whose statements changed (after an ingest batch, a
 * merge or a split): all of the person's statements, oldest first, through ledger/shifts.
 */
export async function refreshShifts(store: Store, personIds: Iterable<string>): Promise<number> {
  let total = 0;
  for (const personId of personIds) {
    const statements: StatementRecord[] = [];
    let cursor: string | null = null;
    do {
      const page = await store.searchStatements({ speakerId: personId, order: 'date', limit: 1000, cursor });
      statements.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    const shifts = statements.length >= 2 ? detectShifts(statements) : [];
    await store.replaceShifts(personId, shifts);
    total += shifts.length;
  }
  return total;
}
