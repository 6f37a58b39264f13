import { createHash } from 'node:crypto';

/** A short, stable content key: "sha256:" and the first 16 hex digits of the text's SHA-256. */
export function contentHash(text: string): string {
  return `sha256:${createHash('sha256').update(text).digest('hex').slice(0, 16)}`;
}

/** The input's own id, else the canonical URL, else a content hash. */
export function articleId(text: string, options: { id?: string | null; url?: string | null } = {}): string {
  const own = options.id?.trim();
  if (own) return own;
  const url = options.url?.trim();
  if (url) return url;
  return contentHash(text);
}
