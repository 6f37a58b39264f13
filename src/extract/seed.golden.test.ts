import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../config.js';
import type { Statement } from '../model/statement.js';
import { extract } from './index.js';

// The seed story is UPI's copyright: it is read from ../shared and never copied into the repository.
const seedDir = resolve(readConfig().sharedDir, 'seed');
const textPath = resolve(seedDir, 'upi-2024-11-30-zelensky-nato.txt');
const goldPath = resolve(seedDir, 'upi-2024-11-30-zelensky-nato.gold.jsonl');
const present = existsSync(textPath) && existsSync(goldPath);

interface GoldAttribution {
  content: Array<[number, number]>;
  source: Array<[number, number]>;
  cue: Array<[number, number]>;
  speaker: string | null;
  venue?: string;
  said_on?: string;
}

function share(gold: GoldAttribution, statement: Statement): number {
  let total = 0;
  let inside = 0;
  for (const [start, end] of gold.content) {
    total += end - start;
    inside += Math.max(0, Math.min(end, statement.quote.end) - Math.max(start, statement.quote.start));
  }
  return total === 0 ? 0 : inside / total;
}

function saidOnText(statement: Statement): string | null {
  const saidOn = statement.saidOn;
  if (!saidOn || saidOn.basis === 'published') return null;
  if (saidOn.basis === 'before') return `before ${saidOn.to}`;
  return saidOn.from === saidOn.to ? saidOn.to : `${saidOn.from}..${saidOn.to}`;
}

describe.skipIf(!present)('seed story (../shared/seed, UPI 2024-11-30)', () => {
  const gold = present
    ? (JSON.parse(readFileSync(goldPath, 'utf8').trim().split('\n')[0]) as {
        text: string;
        published: string;
        attributions: GoldAttribution[];
      })
    : null;
  const text = present ? readFileSync(textPath, 'utf8') : '';
  const statements = present ? extract({ text, published: '2024-11-30' }) : [];

  it('reads the same text as the gold file', () => {
    expect(gold?.text).toBe(text);
  });

  it('finds all 17 statements, each with the right canonical speaker, and nothing else', () => {
    const used = new Set<number>();
    for (const attribution of gold?.attributions ?? []) {
      const index = statements.findIndex(
        (statement, i) => !used.has(i) && share(attribution, statement) > 0.8,
      );
      expect(index, `missing: ${text.slice(...attribution.content[0])}`).toBeGreaterThanOrEqual(0);
      used.add(index);
      expect(statements[index].speaker.name).toBe(attribution.speaker);
      if (attribution.venue) expect(statements[index].venue?.text).toBe(attribution.venue);
      if (attribution.said_on) expect(saidOnText(statements[index])).toBe(attribution.said_on);
    }
    expect(statements).toHaveLength(17);
  });

  it('takes nothing from the photo credit, the dateline or the unattributed sentences', () => {
    const forbidden = ['Photo by', 'Nov. 30 (UPI)', 'They also spoke by phone', 'There is no formal offer'];
    for (const statement of statements) {
      for (const phrase of forbidden) {
        expect(statement.quote.text).not.toContain(phrase);
        expect(statement.speaker.mention?.text ?? '').not.toContain(phrase);
      }
    }
  });

  it('splits titles off names and keeps the second verb and the continuation quote', () => {
    const rutte = statements.find((statement) => statement.speaker.name === 'Mark Rutte');
    expect(rutte?.speaker.title).toBe('NATO Secretary-General');
    const zelensky = statements[0].speaker;
    expect(zelensky.title).toBe('Ukrainian President');
    expect(
      statements.some((statement) => statement.cue?.text === 'said' && statement.speaker.mention === null),
    ).toBe(true);
    const continuation = statements.find((statement) => statement.quote.text.startsWith('"That\'s why'));
    expect(continuation?.kind).toBe('direct');
    expect(continuation?.speaker.name).toBe('Volodymyr Zelensky');
    expect(statements.filter((statement) => statement.venue?.text === 'Sky News')).toHaveLength(4);
  });
});
