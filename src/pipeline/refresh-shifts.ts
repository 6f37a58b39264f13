import { detectShifts } from '../ledger/shifts.js';
import type { Store } from '../store/store.js';

/**
 * Recomputes the position shifts of each person whose statements changed (after an ingest batch, a
 * merge or a split): all of the person's statements, oldest first, through ledger/shifts.
 */
export async function refreshShifts(store: Store, personIds: Iterable<string>): Promise<number> {
  let total = 0;
  const ids = [...personIds];
  // Read and written a few hundred people at a time: a commit, or two queries, per person were most of
  // this step's cost.
  for (let start = 0; start < ids.length; start += 200) {
    const part = ids.slice(start, start + 200);
    const statementsOf = await store.statementsByPerson(part);
    const entries = part.map((personId) => {
      const statements = statementsOf.get(personId) ?? [];
      return { personId, shifts: statements.length >= 2 ? detectShifts(statements) : [] };
    });
    for (const entry of entries) total += entry.shifts.length;
    await store.replaceShiftsOf(entries);
  }
  return total;
}
