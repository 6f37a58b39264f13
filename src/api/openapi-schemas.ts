import { ALL_ERROR_CODES } from './http-errors.js';

/** The component schemas of /openapi.json: the shapes the API returns and accepts. */
export type Json = Record<string, unknown>;

export const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });

const span = {
  type: 'object',
  required: ['start', 'end'],
  properties: { start: { type: 'integer' }, end: { type: 'integer' } },
};
const textSpan = {
  type: 'object',
  required: ['start', 'end', 'text'],
  properties: { start: { type: 'integer' }, end: { type: 'integer' }, text: { type: 'string' } },
};

export const SCHEMAS: Json = {
  Error: {
    type: 'object',
    required: ['error'],
    properties: {
      error: {
        type: 'object',
        required: ['code', 'message'],
        properties: { code: { type: 'string', enum: ALL_ERROR_CODES }, message: { type: 'string' } },
      },
    },
  },
  SaidOn: {
    type: ['object', 'null'],
    properties: {
      from: { type: 'string' },
      to: { type: 'string' },
      text: { type: 'string' },
      basis: { type: 'string', enum: ['explicit', 'relative', 'published', 'before'] },
    },
  },
  Statement: {
    type: 'object',
    description:
      'A stored statement: the Statement contract (offsets are UTF-16 indices into the article text) plus its place in the record.',
    required: ['id', 'articleId', 'kind', 'quote', 'speaker', 'confidence'],
    properties: {
      id: { type: 'string' },
      articleId: { type: 'string' },
      personId: { type: ['string', 'null'] },
      kind: { type: 'string', enum: ['direct', 'indirect', 'mixed'] },
      quote: textSpan,
      parts: { type: 'array', items: span },
      speaker: {
        type: 'object',
        properties: {
          name: { type: 'string' },
          kind: { type: 'string', enum: ['person', 'organization', 'group', 'unknown'] },
          mention: { oneOf: [textSpan, { type: 'null' }] },
          title: { type: 'string' },
        },
      },
      cue: { type: ['object', 'null'] },
      venue: { type: ['object', 'null'] },
      saidOn: ref('SaidOn'),
      confidence: { type: 'number' },
      published: { type: ['string', 'null'] },
      outlet: { type: ['string', 'null'] },
      articleTitle: { type: ['string', 'null'] },
      frame: { type: ['object', 'null'] },
      sightings: { type: 'integer' },
    },
  },
  PersonSummary: {
    type: 'object',
    required: ['id', 'name', 'kind', 'statements', 'articles'],
    properties: {
      id: { type: 'string' },
      name: { type: 'string' },
      kind: { type: 'string' },
      title: { type: ['string', 'null'] },
      statements: { type: 'integer' },
      articles: { type: 'integer' },
    },
  },
  Person: {
    type: 'object',
    required: ['id', 'name', 'kind', 'aliases', 'titles'],
    properties: {
      id: { type: 'string' },
      name: { type: 'string' },
      kind: { type: 'string' },
      aliases: { type: 'array', items: { type: 'string' } },
      titles: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            title: { type: 'string' },
            firstSeen: { type: ['string', 'null'] },
            lastSeen: { type: ['string', 'null'] },
          },
        },
      },
    },
  },
  PersonView: {
    type: 'object',
    required: ['person', 'counts', 'outlets', 'positions', 'statementsUrl', 'shifts', 'truncated'],
    properties: {
      person: ref('Person'),
      counts: { type: 'object' },
      outlets: { type: 'array', items: { type: 'object' } },
      positions: {
        type: 'array',
        description: 'Statements grouped by topic, by date, each with its stance.',
        items: { type: 'object' },
      },
      statementsUrl: {
        type: 'string',
        description: 'The person’s statements, by date, through /api/statements (cursor pagination).',
      },
      shifts: { type: 'array', items: ref('Shift') },
      truncated: { type: 'boolean' },
    },
  },
  Article: {
    type: 'object',
    required: ['id', 'text', 'statements'],
    properties: {
      id: { type: 'string' },
      text: { type: 'string' },
      title: { type: ['string', 'null'] },
      published: { type: ['string', 'null'] },
      url: { type: ['string', 'null'] },
      outlet: { type: ['string', 'null'] },
      byline: { type: ['string', 'null'] },
      dateline: { type: ['object', 'null'] },
      captions: { type: 'array', items: { type: 'object' } },
      statements: { type: 'array', items: ref('Statement') },
    },
  },
  Topic: {
    type: 'object',
    required: ['key', 'label', 'statementCount'],
    properties: { key: { type: 'string' }, label: { type: 'string' }, statementCount: { type: 'integer' } },
  },
  Shift: {
    type: 'object',
    required: [
      'id',
      'personId',
      'personName',
      'topic',
      'earlier',
      'later',
      'relation',
      'confidence',
      'reason',
    ],
    properties: {
      id: { type: 'string' },
      personId: { type: 'string' },
      personName: { type: 'string' },
      topic: { type: 'string' },
      earlier: { type: 'object' },
      later: { type: 'object' },
      relation: { type: 'string', enum: ['polarity', 'modality', 'condition'] },
      confidence: { type: 'number' },
      reason: { type: 'string' },
    },
  },
  IngestRequest: {
    type: 'object',
    description: 'Exactly one of text, html or url.',
    properties: {
      text: { type: 'string' },
      html: { type: 'string' },
      url: { type: 'string', format: 'uri' },
      id: { type: 'string' },
      title: { type: 'string' },
      published: { type: 'string', format: 'date' },
      outlet: { type: 'string' },
    },
  },
  IngestResult: {
    type: 'object',
    properties: {
      articleId: { type: 'string' },
      status: { type: 'string', enum: ['new', 'updated', 'unchanged'] },
      statements: { type: 'integer' },
      touchedPeople: { type: 'array', items: { type: 'string' } },
    },
  },
  MergeRequest: {
    type: 'object',
    required: ['keep', 'merge'],
    properties: { keep: { type: 'string' }, merge: { type: 'string' } },
  },
};
