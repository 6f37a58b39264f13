/**
 * Offsets-only gold sets (eval/gold/*.spans.jsonl): gold attributions on copyrighted news whose text may
 * not be committed. Each line names the corpus file (relative to ../shared) and the document id, and
 * carries the length and SHA-256 of the text the offsets point into (the whole text, or the excerpt: its
 * first `length` characters); the text and title are joined back from ../shared when the set is read.
 * A text whose hash differs (the corpus changed) is an error, never a silent misalignment of offsets.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { OnrecordError } from '../errors.js';
import type { GoldAttribution, GoldDocument } from './score.js';

/** One line of an offsets-only gold file: where the text is, how to check it, and the attributions. */
export interface SpansGoldLine {
  id: string;
  /** The corpus JSONL, relative to the shared folder (../shared). */
  corpus: string;
  published?: string | null;
  /** The annotated text is the corpus text's first `length` UTF-16 units (an excerpt when shorter). */
  length: number;
  /** SHA-256 (hex) of those `length` units, UTF-8 encoded. */
  sha256: string;
  attributions: GoldAttribution[];
}

/** A parsed gold line that carries no text but says where its text is. */
export function isSpansGoldLine(value: unknown): value is SpansGoldLine {
  const line = value as (Partial<SpansGoldLine> & { text?: unknown }) | null;
  return (
    typeof line === 'object' &&
    line !== null &&
    line.text === undefined &&
    typeof line.corpus === 'string' &&
    typeof line.sha256 === 'string' &&
    Number.isInteger(line.length) &&
    Array.isArray(line.attributions)
  );
}

/** The corpus files the lines need, each resolved in sharedDir. */
export function spansCorpora(lines: SpansGoldLine[], sharedDir: string): string[] {
  return [...new Set(lines.map((line) => resolve(sharedDir, line.corpus)))];
}

interface CorpusRow {
  id: string;
  text: string;
  title?: string | null;
}

/** The rows of a corpus JSONL whose id is wanted (a line is parsed only if it may hold one of them). */
function corpusRows(path: string, wanted: Set<string>): Map<string, CorpusRow> {
  const rows = new Map<string, CorpusRow>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as CorpusRow;
    if (wanted.has(String(row.id))) rows.set(String(row.id), row);
  }
  return rows;
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * The gold documents of offsets-only lines, their text and title read from sharedDir. Throws
 * INPUT_NOT_FOUND when a corpus file or document is missing, INPUT_INVALID when a text is shorter than
 * the offsets need or its hash differs from the one stored.
 */
export function joinSpansGold(lines: SpansGoldLine[], sharedDir: string): GoldDocument[] {
  const byCorpus = new Map<string, Map<string, CorpusRow>>();
  for (const path of spansCorpora(lines, sharedDir)) {
    if (!existsSync(path))
      throw new OnrecordError('INPUT_NOT_FOUND', `Cannot join gold offsets to text: no corpus "${path}"`);
    const wanted = new Set(lines.filter((line) => resolve(sharedDir, line.corpus) === path).map((l) => l.id));
    byCorpus.set(path, corpusRows(path, wanted));
  }
  return lines.map((line) => {
    const path = resolve(sharedDir, line.corpus);
    const row = byCorpus.get(path)?.get(line.id);
    if (!row) throw new OnrecordError('INPUT_NOT_FOUND', `Gold document "${line.id}" is not in "${path}"`);
    const text = row.text.slice(0, line.length);
    if (text.length !== line.length || sha256(text) !== line.sha256)
      throw new OnrecordError(
        'INPUT_INVALID',
        `Gold document "${line.id}" in "${path}" is not the text annotated (length or SHA-256 differ): ` +
          'the corpus changed, so the offsets would point at the wrong words',
      );
    return {
      id: line.id,
      source: line.corpus,
      published: line.published ?? null,
      title: row.title ?? null,
      text,
      attributions: line.attributions,
    };
  });
}
