export type * from './statement.js';
export type * from './article.js';
