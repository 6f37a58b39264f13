import type { Unit } from './segment.js';

/**
 * The index of the first item starting at or after `offset` in items sorted by start (their length when
 * none does): a binary search, so a lookup per statement or pronoun stays logarithmic.
 */
export function firstStartingAt(items: ReadonlyArray<{ start: number }>, offset: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (items[mid].start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Small readers over sentence units, shared by the attribution steps. */
export function lowerOf(unit: Unit | undefined): string {
  return unit && unit.kind === 'token' ? unit.token.lower : '';
}

/** The parts of speech of a noun phrase's words up to its head ("the two new US envoys", "Lee's"): no verb. */
export const NOMINAL_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);

export function posOf(unit: Unit | undefined): string {
  if (!unit) return '';
  return unit.kind === 'token' ? unit.token.pos : 'QUOTE';
}

export function valueOf(unit: Unit | undefined): string {
  return unit && unit.kind === 'token' ? unit.token.value : '';
}

export function isCapitalized(unit: Unit | undefined): boolean {
  if (!unit || unit.kind !== 'token') return false;
  const first = unit.token.value.charCodeAt(0);
  return first >= 65 && first <= 90;
}

export function isQuote(unit: Unit | undefined): boolean {
  return unit !== undefined && unit.kind === 'quote';
}

/** True when the unit ends a sentence: . ! ? (and the closing marks wink-nlp keeps apart). */
export function isTerminal(unit: Unit | undefined): boolean {
  const lower = lowerOf(unit);
  return lower === '.' || lower === '!' || lower === '?' || lower === '...' || lower === '…';
}

export function isComma(unit: Unit | undefined): boolean {
  return lowerOf(unit) === ',';
}

export function isDash(unit: Unit | undefined): boolean {
  const lower = lowerOf(unit);
  return lower === '—' || lower === '–' || lower === '―' || lower === '--' || lower === '-';
}

/** Whether units first..last (clipped to the sentence) hold a verb or an auxiliary: a clause, not a phrase. */
export function holdsVerb(units: ReadonlyArray<Unit>, first: number, last = units.length - 1): boolean {
  for (let i = first; i <= last && i < units.length; i++)
    if (posOf(units[i]) === 'VERB' || posOf(units[i]) === 'AUX') return true;
  return false;
}
