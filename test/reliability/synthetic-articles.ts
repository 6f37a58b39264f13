import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * News-like articles written here for the reliability tests (no corpus text): each has direct,
 * indirect and "according to" attributions by a few of a fixed cast of invented speakers, on a few
 * invented topics, so people, sightings (a quote repeated across articles) and topics all get rows.
 * Deterministic: the same count gives the same file.
 */
const SPEAKERS = [
  ['Mirela Danko', 'Foreign Minister'],
  ['Tomas Redgrave', 'Prime Minister'],
  ['Aiko Verhoeven', 'central bank governor'],
  ['Pavlo Strand', 'Defence Minister'],
  ['Lucia Okafor', 'opposition leader'],
  ['Henrik Salo', 'Finance Minister'],
  ['Nadia Brecht', 'Health Secretary'],
  ['Oren Kallas', 'mayor of Port Elda'],
  ['Ines Morava', 'union spokeswoman'],
  ['Dmitri Ashby', 'President'],
] as const;

const CLAIMS = [
  'the border will stay open to trade',
  'interest rates will not rise this year',
  'the army needs more air defence systems',
  'the budget deficit is under control',
  'hospitals will get new funding in the spring',
  'the port expansion will create thousands of jobs',
  'the strike will continue until wages rise',
  'talks with the neighbours have stalled',
  'the government will never cede any territory',
  'elections will be held on schedule',
  'fuel prices are expected to fall',
  'the new bridge is behind schedule',
] as const;

const CITIES = ['ELDA', 'VARNO', 'KESTREL BAY', 'NORHAM', 'SILBURG'] as const;
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'] as const;

function pickFrom<T>(list: readonly T[], seed: number): T {
  return list[seed % list.length];
}

function capitalised(claim: string): string {
  return claim.charAt(0).toUpperCase() + claim.slice(1);
}

export interface SyntheticArticle {
  id: string;
  title: string;
  published: string;
  url: string;
  outlet: string;
  text: string;
}

export function syntheticArticle(index: number): SyntheticArticle {
  const [nameA, titleA] = pickFrom(SPEAKERS, index * 7 + 1);
  const [nameB, titleB] = pickFrom(SPEAKERS, index * 3 + 4);
  const [nameC] = pickFrom(SPEAKERS, index * 5 + 2);
  const claimA = pickFrom(CLAIMS, index);
  const claimB = pickFrom(CLAIMS, index * 11 + 3);
  const claimC = pickFrom(CLAIMS, index * 13 + 5);
  const day = 1 + (index % 28);
  const month = 1 + (Math.floor(index / 28) % 12);
  const published = `2024-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const surnameA = nameA.split(' ')[1];
  const paragraphs = [
    `${pickFrom(CITIES, index)} (Synthetic Wire) -- ${titleA} ${nameA} said on ${pickFrom(WEEKDAYS, index)} that ${claimA}, in report number ${index}.`,
    `"${capitalised(claimB)}," ${nameB}, the ${titleB.toLowerCase()}, told reporters. "We have said so many times and we will say it again."`,
    `${surnameA} added: "${capitalised(claimC)}. Nobody should doubt it."`,
    `According to ${nameC}, the figures for item ${index * 17} were published late.`,
    `Officials declined to comment on the ${index % 2 ? 'morning' : 'evening'} session, the ${index}th of the year.`,
  ];
  return {
    id: `synthetic-${index}`,
    title: `${nameA} on ${claimA.split(' ').slice(1, 4).join(' ')} (${index})`,
    published,
    url: `https://synthetic.example/news/${index}`,
    outlet: 'Synthetic Wire',
    text: paragraphs.join('\n\n'),
  };
}

/** Writes `count` synthetic articles as JSONL into `dir`; returns the file. */
export function writeSyntheticJsonl(dir: string, count: number): string {
  const file = join(dir, `synthetic-${count}.jsonl`);
  const lines: string[] = [];
  for (let index = 0; index < count; index += 1) lines.push(JSON.stringify(syntheticArticle(index)));
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}
