import type { Unit } from './segment.js';
import { isComma, lowerOf } from './units.js';

/*
 * "One official, who asked not to be named, said …", "a diplomat speaking on condition of anonymity
 * said …", "an official who requested anonymity said …": wire copy says why a source is unnamed between
 * the source and the verb. The clause names no one (its last word is no speaker) and asks for nothing
 * said.
 */

/** Verbs of asking that, before "not to be named" or "anonymity", ask for a source to go unnamed. */
const ASKING = new Set([
  'asked',
  'requested',
  'sought',
  'demanded',
  'declined',
  'refused',
  'spoke',
  'speaking',
]);

/**
 * Unit index where a closing "not to be named", "to remain anonymous" or "(on condition of) anonymity"
 * clause starts, or -1.
 */
export function anonymityClause(units: Unit[], last: number): number {
  const word = lowerOf(units[last]);
  let i: number;
  if (word === 'anonymity') {
    i = last - 1;
    // "on (the) condition of anonymity", "for anonymity", "anonymity"
    if (lowerOf(units[i]) === 'of' && lowerOf(units[i - 1]) === 'condition') {
      i -= 2;
      if (lowerOf(units[i]) === 'the') i--;
      if (lowerOf(units[i]) !== 'on') return -1;
      i--;
    } else if (lowerOf(units[i]) === 'for') i--;
  } else if (word === 'named' || word === 'identified') {
    // "(asked) not to be named", "(declined) to be identified"
    i = last - 1;
    if (lowerOf(units[i]) !== 'be' || lowerOf(units[i - 1]) !== 'to') return -1;
    i -= 2;
    if (lowerOf(units[i]) === 'not') i--;
  } else if (word === 'anonymous' || word === 'unnamed') {
    // "(asked) to remain anonymous"
    if (lowerOf(units[last - 1]) !== 'remain' || lowerOf(units[last - 2]) !== 'to') return -1;
    i = last - 3;
  } else return -1;
  if (!ASKING.has(lowerOf(units[i]))) return -1;
  if (lowerOf(units[i - 1]) === 'who') i--;
  return i;
}

/**
 * The index to read a verb's subject back from once a clause of anonymity right before it (ending at
 * `index`, with its commas) is skipped; `index` itself when there is none.
 */
export function skipAnonymity(units: Unit[], index: number): number {
  const closed = isComma(units[index]);
  const start = anonymityClause(units, closed ? index - 1 : index);
  if (start < 1) return index;
  const opened = isComma(units[start - 1]);
  // set off by two commas, or by none
  if (opened !== closed) return index;
  return opened ? start - 2 : start - 1;
}
