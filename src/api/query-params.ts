import { OnrecordError } from '../errors.js';

/**
 * Query parameters are declared once: the handlers validate with these specs and /openapi.json
 * publishes the same specs, so the document cannot drift from what the routes accept. Unknown
 * parameters are refused, which keeps typos ("speeker=") from silently returning everything.
 */
export interface ParamSpec {
  name: string;
  description: string;
  type: 'string' | 'integer' | 'date';
  enum?: readonly string[];
  minimum?: number;
  maximum?: number;
  maxLength?: number;
}

export type QueryValues = Record<string, string | number | undefined>;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function readQuery(
  url: string,
  specs: readonly ParamSpec[],
  options: { ignoreUnknown?: boolean } = {},
): QueryValues {
  const params = new URL(url).searchParams;
  const byName = new Map(specs.map((spec) => [spec.name, spec]));
  const values: QueryValues = {};
  for (const [name, rawValue] of params) {
    const spec = byName.get(name);
    if (!spec && options.ignoreUnknown) continue;
    if (!spec) {
      const known = specs.map((entry) => entry.name).join(', ') || 'none';
      throw new OnrecordError('INPUT_INVALID', `unknown query parameter "${name}" (accepted: ${known})`);
    }
    if (values[name] !== undefined) {
      throw new OnrecordError('INPUT_INVALID', `query parameter "${name}" is given more than once`);
    }
    const value = rawValue.trim();
    if (value === '') continue;
    values[name] = parseValue(spec, value);
  }
  return values;
}

function parseValue(spec: ParamSpec, value: string): string | number {
  if (spec.maxLength !== undefined && value.length > spec.maxLength) {
    throw new OnrecordError(
      'INPUT_INVALID',
      `query parameter "${spec.name}" is longer than ${spec.maxLength} characters`,
    );
  }
  if (spec.type === 'integer') {
    if (!/^-?\d+$/.test(value)) {
      throw new OnrecordError(
        'INPUT_INVALID',
        `query parameter "${spec.name}" must be an integer, got "${value}"`,
      );
    }
    const number = Number(value);
    if (
      (spec.minimum !== undefined && number < spec.minimum) ||
      (spec.maximum !== undefined && number > spec.maximum)
    ) {
      throw new OnrecordError(
        'INPUT_INVALID',
        `query parameter "${spec.name}" must be between ${spec.minimum} and ${spec.maximum}, got ${number}`,
      );
    }
    return number;
  }
  if (spec.type === 'date' && (!DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)))) {
    throw new OnrecordError(
      'INPUT_INVALID',
      `query parameter "${spec.name}" must be a date as YYYY-MM-DD, got "${value}"`,
    );
  }
  if (spec.enum && !spec.enum.includes(value)) {
    throw new OnrecordError(
      'INPUT_INVALID',
      `query parameter "${spec.name}" must be one of ${spec.enum.join(', ')}, got "${value}"`,
    );
  }
  return value;
}

const LIMIT: ParamSpec = {
  name: 'limit',
  description: 'Page size.',
  type: 'integer',
  minimum: 1,
  maximum: 200,
};
const CURSOR: ParamSpec = {
  name: 'cursor',
  description: 'The nextCursor of the previous page.',
  type: 'string',
  maxLength: 1000,
};

export const STATEMENT_PARAMS: readonly ParamSpec[] = [
  { name: 'q', description: 'Full-text query over statement content.', type: 'string', maxLength: 500 },
  { name: 'speaker', description: 'Speaker name or alias ("Zelensky").', type: 'string', maxLength: 200 },
  { name: 'speakerId', description: 'Speaker id, as in /api/people.', type: 'string', maxLength: 200 },
  { name: 'topic', description: 'Topic key, as in /api/topics.', type: 'string', maxLength: 200 },
  { name: 'outlet', description: 'Outlet name.', type: 'string', maxLength: 200 },
  { name: 'kind', description: 'Statement kind.', type: 'string', enum: ['direct', 'indirect', 'mixed'] },
  { name: 'from', description: 'Said on or after this date.', type: 'date' },
  { name: 'to', description: 'Said on or before this date.', type: 'date' },
  { name: 'order', description: 'Result order.', type: 'string', enum: ['relevance', 'date', 'date-desc'] },
  LIMIT,
  CURSOR,
];

export const PEOPLE_PARAMS: readonly ParamSpec[] = [
  { name: 'q', description: 'Name or alias prefix.', type: 'string', maxLength: 200 },
  LIMIT,
  CURSOR,
];

export const TOPIC_PARAMS: readonly ParamSpec[] = [
  { name: 'speakerId', description: 'Only topics this person spoke about.', type: 'string', maxLength: 200 },
  LIMIT,
];

export const SHIFT_PARAMS: readonly ParamSpec[] = [
  { name: 'personId', description: 'Only this person’s shifts.', type: 'string', maxLength: 200 },
  { name: 'speaker', description: 'Only shifts of a speaker by name.', type: 'string', maxLength: 200 },
  { name: 'topic', description: 'Topic key.', type: 'string', maxLength: 200 },
  {
    name: 'since',
    description: 'Shifts whose later statement was said on or after this date.',
    type: 'date',
  },
  LIMIT,
];

export function asString(value: string | number | undefined): string | undefined {
  return value === undefined ? undefined : String(value);
}

export function asNumber(value: string | number | undefined): number | undefined {
  return typeof value === 'number' ? value : undefined;
}
