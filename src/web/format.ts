import type { SaidOn } from '../model/statement.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2024-11-29" → "29 Nov 2024"; anything else is returned as given. Mirrored in assets/search.js. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  return `${Number(match[3])} ${MONTHS[Number(match[2]) - 1] ?? match[2]} ${match[1]}`;
}

/** When a statement was said, as a reader wants it: a day, a range, or "before" a day. */
export function formatSaidOn(saidOn: SaidOn | null | undefined, published?: string | null): string {
  if (!saidOn) return published ? `published ${formatDate(published)}` : 'date unknown';
  if (saidOn.basis === 'before') return `before ${formatDate(saidOn.to)}`;
  if (saidOn.from && saidOn.to && saidOn.from !== saidOn.to) {
    return `${formatDate(saidOn.from)} – ${formatDate(saidOn.to)}`;
  }
  const day = formatDate(saidOn.from || saidOn.to);
  return saidOn.basis === 'published' ? `${day} (published)` : day;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}
