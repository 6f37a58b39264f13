import type { Statement } from '../model/statement.js';
import { namesNoOne, speakerNamesAgree } from './speaker-names.js';

/** One line of a gold attribution file (../shared/eval/README.md). */
export interface GoldDocument {
  id: string;
  source?: string;
  published?: string | null;
  title?: string | null;
  text: string;
  attributions: GoldAttribution[];
}

export type GoldSpans = [number, number][];

export interface GoldAttribution {
  content: GoldSpans;
  source: GoldSpans;
  cue: GoldSpans;
  speaker?: string | null;
  direct: boolean;
  venue?: string;
  said_on?: string;
}

export interface MatchCounts {
  theta: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  speakerMention: Ratio;
  cue: Ratio;
  reference: Ratio;
  directRecall: Ratio;
  /** Over matches whose gold names a venue: the predicted venue names it too (case-insensitive). */
  venue: Ratio;
  /** Over matches whose gold has said_on: the predicted saidOn, written the gold's way, is equal. */
  saidOn: Ratio;
  whoSaidWhat: { correct: number; precision: number; recall: number; f1: number } | null;
}

export interface Ratio {
  correct: number;
  total: number;
  /** correct / total, or null when total is 0. */
  value: number | null;
}

export interface EvalReport {
  documents: number;
  gold: number;
  predicted: number;
  hasSpeakers: boolean;
  at: MatchCounts[];
}

export interface ScoredDocument {
  gold: GoldDocument;
  predicted: Statement[];
}

export const THETAS = [0.3, 0.8];

interface Match {
  gold: GoldAttribution;
  predicted: Statement;
}

function coveredLength(pieces: GoldSpans): number {
  return mergeSpans(pieces).reduce((sum, [start, end]) => sum + Math.max(0, end - start), 0);
}

function mergeSpans(pieces: GoldSpans): GoldSpans {
  const sorted = [...pieces].filter(([s, e]) => e > s).sort((x, y) => x[0] - y[0]);
  const merged: GoldSpans = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

function overlap(pieces: GoldSpans, start: number, end: number): number {
  let sum = 0;
  for (const [s, e] of mergeSpans(pieces)) sum += Math.max(0, Math.min(e, end) - Math.max(s, start));
  return sum;
}

/** Greedy matching in gold file order, as the README defines it. */
export function matchDocument(document: ScoredDocument, theta: number): Match[] {
  const free = new Set(document.predicted.map((_, index) => index));
  const matches: Match[] = [];
  for (const gold of document.gold.attributions) {
    const goldLength = coveredLength(gold.content);
    if (goldLength === 0) continue;
    let best = -1;
    let bestShare = 0;
    for (const index of free) {
      const quote = document.predicted[index].quote;
      const share = overlap(gold.content, quote.start, quote.end) / goldLength;
      if (share > bestShare) {
        bestShare = share;
        best = index;
      }
    }
    if (best >= 0 && bestShare > theta) {
      free.delete(best);
      matches.push({ gold, predicted: document.predicted[best] });
    }
  }
  return matches;
}

function spanText(text: string, pieces: GoldSpans): string {
  return pieces.map(([start, end]) => text.slice(start, end)).join(' ');
}

/** Speaker-mention accuracy's test: the mention overlaps the gold source, or both are absent. */
export function mentionAgrees(gold: GoldAttribution, predicted: Statement): boolean {
  const mention = predicted.speaker.mention;
  return gold.source.length === 0
    ? mention === null
    : mention !== null && overlap(gold.source, mention.start, mention.end) >= 1;
}

/**
 * Reference accuracy's test: the predicted speaker names the gold speaker (speakerNamesAgree), or, for a
 * gold attribution with no canonical speaker (a group, an unnamed source, an agentless passive), names no
 * one in particular (namesNoOne).
 */
export function speakerAgrees(gold: GoldAttribution, predicted: Statement): boolean {
  return typeof gold.speaker === 'string'
    ? speakerNamesAgree(predicted.speaker.name, gold.speaker)
    : namesNoOne(predicted.speaker);
}

/** Cue accuracy's test (for a gold attribution with a cue): the same text, lower-cased. */
export function cueAgrees(text: string, gold: GoldAttribution, predicted: Statement): boolean {
  return (predicted.cue?.text.toLowerCase() ?? null) === spanText(text, gold.cue).toLowerCase();
}

function ratio(correct: number, total: number): Ratio {
  return { correct, total, value: total === 0 ? null : correct / total };
}

function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

export function scoreDocuments(documents: ScoredDocument[]): EvalReport {
  const gold = documents.reduce((sum, d) => sum + d.gold.attributions.length, 0);
  const predicted = documents.reduce((sum, d) => sum + d.predicted.length, 0);
  const hasSpeakers = documents.some((d) => d.gold.attributions.some((a) => typeof a.speaker === 'string'));
  const at = THETAS.map((theta) => {
    let matched = 0;
    let mentionCorrect = 0;
    let cueCorrect = 0;
    let cueTotal = 0;
    let referenceCorrect = 0;
    let referenceTotal = 0;
    let directMatched = 0;
    let directTotal = 0;
    let venueCorrect = 0;
    let venueTotal = 0;
    let saidOnCorrect = 0;
    let saidOnTotal = 0;
    for (const document of documents) {
      directTotal += document.gold.attributions.filter((a) => a.direct).length;
      for (const { gold: g, predicted: p } of matchDocument(document, theta)) {
        matched += 1;
        if (g.direct) directMatched += 1;
        if (mentionAgrees(g, p)) mentionCorrect += 1;
        if (g.cue.length > 0) {
          cueTotal += 1;
          if (cueAgrees(document.gold.text, g, p)) cueCorrect += 1;
        }
        if (g.venue) {
          venueTotal += 1;
          if (p.venue && p.venue.text.toLowerCase().includes(g.venue.toLowerCase())) venueCorrect += 1;
        }
        if (g.said_on) {
          saidOnTotal += 1;
          if (formatSaidOn(p) === g.said_on) saidOnCorrect += 1;
        }
        if (hasSpeakers) {
          referenceTotal += 1;
          if (speakerAgrees(g, p)) referenceCorrect += 1;
        }
      }
    }
    const precision = predicted === 0 ? 0 : matched / predicted;
    const recall = gold === 0 ? 0 : matched / gold;
    // Who-said-what, as ../shared/eval/README.md defines it: precision over all predictions, recall over
    // all gold; a gold attribution with no canonical speaker is said right by a prediction naming no one.
    const wswPrecision = predicted === 0 ? 0 : referenceCorrect / predicted;
    const wswRecall = gold === 0 ? 0 : referenceCorrect / gold;
    return {
      theta,
      matched,
      precision,
      recall,
      f1: f1(precision, recall),
      speakerMention: ratio(mentionCorrect, matched),
      cue: ratio(cueCorrect, cueTotal),
      reference: ratio(referenceCorrect, referenceTotal),
      directRecall: ratio(directMatched, directTotal),
      venue: ratio(venueCorrect, venueTotal),
      saidOn: ratio(saidOnCorrect, saidOnTotal),
      whoSaidWhat: hasSpeakers
        ? {
            correct: referenceCorrect,
            precision: wswPrecision,
            recall: wswRecall,
            f1: f1(wswPrecision, wswRecall),
          }
        : null,
    };
  });
  return { documents: documents.length, gold, predicted, hasSpeakers, at };
}

/** saidOn written as the seed gold writes it: "2024-11-29", "2024-11-24..2024-11-29", "before 2024-11-30". */
export function formatSaidOn(statement: Statement): string | null {
  const saidOn = statement.saidOn;
  if (!saidOn) return null;
  if (saidOn.basis === 'before') return `before ${saidOn.to}`;
  return saidOn.from === saidOn.to ? saidOn.from : `${saidOn.from}..${saidOn.to}`;
}
