import type { StatementKind } from '../model/statement.js';
import type { StatementQuery } from '../store/store.js';
import { asNumber, asString, type QueryValues } from './query-params.js';

/** Validated query values (STATEMENT_PARAMS) to a store query; shared by the API and the search page. */
export function toStatementQuery(values: QueryValues, defaults: { limit?: number } = {}): StatementQuery {
  const q = asString(values.q);
  const order = asString(values.order) as StatementQuery['order'] | undefined;
  return {
    q,
    speaker: asString(values.speaker),
    speakerId: asString(values.speakerId),
    topic: asString(values.topic),
    outlet: asString(values.outlet),
    kind: asString(values.kind) as StatementKind | undefined,
    from: asString(values.from),
    to: asString(values.to),
    limit: asNumber(values.limit) ?? defaults.limit ?? 25,
    cursor: asString(values.cursor) ?? null,
    // Without a query there is nothing to rank by: newest first reads best.
    order: order ?? (q ? 'relevance' : 'date-desc'),
  };
}
