export type * from './statement.js';
export type * from './article.js';
export type * from './ledger.js';
