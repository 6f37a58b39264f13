import { SCHEMAS, ref, type Json } from './openapi-schemas.js';
import {
  PEOPLE_PARAMS,
  SHIFT_PARAMS,
  STATEMENT_PARAMS,
  TOPIC_PARAMS,
  type ParamSpec,
} from './query-params.js';

/**
 * The OpenAPI 3 description of /api. Query parameters come from the same specs the handlers validate
 * with; paths, methods and path parameters are checked against the app's routes by openapi.test.ts.
 */
const errorResponses = (...statuses: number[]): Json =>
  Object.fromEntries(
    statuses.map((status) => [
      String(status),
      {
        description: ERROR_DESCRIPTIONS[status] ?? 'Error',
        content: { 'application/json': { schema: ref('Error') } },
      },
    ]),
  );
const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input (INPUT_INVALID)',
  401: 'Missing or wrong bearer token (UNAUTHORIZED)',
  403: 'Write routes are off: no ONRECORD_TOKEN configured (WRITE_DISABLED)',
  404: 'Not found (NOT_FOUND)',
  413: 'Request body too large (INPUT_TOO_LARGE)',
};
const ok = (schema: Json, description = 'OK'): Json => ({
  '200': { description, content: { 'application/json': { schema } } },
});

function queryParameter(spec: ParamSpec): Json {
  const schema: Json =
    spec.type === 'integer'
      ? { type: 'integer', minimum: spec.minimum, maximum: spec.maximum }
      : spec.type === 'date'
        ? { type: 'string', format: 'date' }
        : {
            type: 'string',
            ...(spec.enum ? { enum: [...spec.enum] } : {}),
            ...(spec.maxLength ? { maxLength: spec.maxLength } : {}),
          };
  return { name: spec.name, in: 'query', required: false, description: spec.description, schema };
}

const idParameter = (description: string): Json => ({
  name: 'id',
  in: 'path',
  required: true,
  description,
  schema: { type: 'string' },
});

const pageOf = (item: string): Json => ({
  type: 'object',
  required: ['items', 'nextCursor'],
  properties: {
    items: { type: 'array', items: ref(item) },
    nextCursor: { type: ['string', 'null'] },
    total: { type: 'integer' },
  },
});
const listOf = (item: string): Json => ({
  type: 'object',
  required: ['items'],
  properties: { items: { type: 'array', items: ref(item) } },
});

const bearer = [{ bearer: [] }];

export function buildOpenApiDocument(): Json {
  return {
    openapi: '3.1.0',
    info: {
      title: 'onrecord',
      version: '0.1.0',
      description:
        'Who said what in the news. Read routes are open; write routes need "Authorization: Bearer <ONRECORD_TOKEN>" and are off when no token is configured. Errors are {"error": {"code", "message"}}.',
    },
    servers: [{ url: '/' }],
    components: {
      schemas: SCHEMAS,
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    },
    paths: {
      '/api/statements': {
        get: {
          operationId: 'searchStatements',
          summary: 'Search statements (full text and filters), with cursor pagination',
          parameters: STATEMENT_PARAMS.map(queryParameter),
          responses: { ...ok(pageOf('Statement')), ...errorResponses(400) },
        },
      },
      '/api/people': {
        get: {
          operationId: 'listPeople',
          summary: 'People and organisations in the record, most quoted first',
          parameters: PEOPLE_PARAMS.map(queryParameter),
          responses: { ...ok(pageOf('PersonSummary')), ...errorResponses(400) },
        },
      },
      '/api/people/{id}': {
        get: {
          operationId: 'getPerson',
          summary: 'A person: aliases, titles, counts, outlets, positions by topic, statements and shifts',
          parameters: [idParameter('Person id')],
          responses: { ...ok(ref('PersonView')), ...errorResponses(400, 404) },
        },
      },
      '/api/people/merge': {
        post: {
          operationId: 'mergePeople',
          summary: 'Merge one person into another (a manual decision that survives re-ingest)',
          security: bearer,
          requestBody: { required: true, content: { 'application/json': { schema: ref('MergeRequest') } } },
          responses: { ...ok(ref('Person')), ...errorResponses(400, 401, 403, 404, 413) },
        },
      },
      '/api/articles/{id}': {
        get: {
          operationId: 'getArticle',
          summary: 'An article: text, caption, dateline and its statements with offsets',
          parameters: [idParameter('Article id (URL-encode ids that are URLs)')],
          responses: { ...ok(ref('Article')), ...errorResponses(400, 404) },
        },
      },
      '/api/topics': {
        get: {
          operationId: 'listTopics',
          summary: 'Topics, most discussed first',
          parameters: TOPIC_PARAMS.map(queryParameter),
          responses: { ...ok(listOf('Topic')), ...errorResponses(400) },
        },
      },
      '/api/shifts': {
        get: {
          operationId: 'listShifts',
          summary: 'Position shifts with their two statements as evidence',
          parameters: SHIFT_PARAMS.map(queryParameter),
          responses: { ...ok(listOf('Shift')), ...errorResponses(400) },
        },
      },
      '/api/ingest': {
        post: {
          operationId: 'ingest',
          summary: 'Ingest one article (text, HTML or a URL) through the pipeline',
          security: bearer,
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: ref('IngestRequest') },
              'text/plain': { schema: { type: 'string' } },
              'text/html': { schema: { type: 'string' } },
            },
          },
          responses: {
            '201': {
              description: 'New article',
              content: { 'application/json': { schema: ref('IngestResult') } },
            },
            ...ok(ref('IngestResult'), 'Updated or unchanged article'),
            ...errorResponses(400, 401, 403, 413),
          },
        },
      },
      '/openapi.json': {
        get: {
          operationId: 'openapi',
          summary: 'This document',
          responses: ok({ type: 'object' }),
        },
      },
    },
  };
}
