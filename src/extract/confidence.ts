import type { Speaker, StatementKind } from '../model/statement.js';
import type { Attribution } from './attribute.js';

const BASE: Record<Attribution['pattern'], number> = {
  before: 0.9,
  asked: 0.9,
  inverted: 0.9,
  after: 0.85,
  according: 0.85,
  shared: 0.8,
  colon: 0.75,
  dash: 0.7,
  floating: 0.7,
};

/** How sure the extractor is that this is an attributed statement with the right speaker (0..1). */
export function scoreConfidence(attribution: Attribution, speaker: Speaker, kind: StatementKind): number {
  let score = BASE[attribution.pattern];
  if (kind === 'direct') score += 0.05;
  if (attribution.cueClass === 'belief') score -= 0.25;
  if (attribution.cueClass === 'attitude') score -= 0.4;
  if (speaker.kind === 'unknown') score -= 0.15;
  if (attribution.source?.pronoun && speaker.name === speaker.mention?.text.toLowerCase()) score -= 0.3;
  return Math.round(Math.min(1, Math.max(0.05, score)) * 100) / 100;
}
