import { detectShifts } from '../ledger/shifts.js';
import type { Shift, StatementRecord } from '../model/ledger.js';
import type { Store } from '../store/store.js';

/**
 * Recomputes the position shifts of each person whose statements changed (after an ingest batch, a
 * merge or a split): all of the person's statements, oldest first, through ledger/shifts.
 */
export async function refreshShifts(store: Store, personIds: Iterable<string>): Promise<number> {
  let total = 0;
  // Written a few hundred people per transaction: a commit per person was most of this step's cost.
  let pending: { personId: string; shifts: Shift[] }[] = [];
  for (const personId of personIds) {
    const statements: StatementRecord[] = [];
    let cursor: string | null = null;
    do {
      const page = await store.searchStatements({ speakerId: personId, order: 'date', limit: 1000, cursor });
      statements.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    const shifts = statements.length >= 2 ? detectShifts(statements) : [];
    pending.push({ personId, shifts });
    total += shifts.length;
    if (pending.length >= 200) {
      await store.replaceShiftsOf(pending);
      pending = [];
    }
  }
  await store.replaceShiftsOf(pending);
  return total;
}
