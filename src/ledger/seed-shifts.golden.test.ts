import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../config.js';
import { extract } from '../extract/index.js';
import type { StatementRecord } from '../model/ledger.js';
import { toStatementRecords } from './statement-records.js';
import { detectShifts } from './shifts.js';

// The seed story is UPI's copyright: read from ../shared, never copied here.
const seedPath = resolve(readConfig().sharedDir, 'seed', 'upi-2024-11-30-zelensky-nato.txt');
const hasSeed = existsSync(seedPath);

describe.skipIf(!hasSeed)('seed story: shifts', () => {
  it('finds exactly one shift: Zelensky on ceding territory, with its two statements as evidence', () => {
    const text = readFileSync(seedPath, 'utf8');
    const statements = extract({ id: 'seed', text, published: '2024-11-30' });
    const records = toStatementRecords(statements, text, {
      id: 'seed',
      published: '2024-11-30',
      outlet: 'UPI',
    });
    const bySpeaker = new Map<string, StatementRecord[]>();
    for (const record of records) {
      bySpeaker.set(record.speaker.name, [...(bySpeaker.get(record.speaker.name) ?? []), record]);
    }
    const shifts = [...bySpeaker.values()].flatMap((list) => detectShifts(list));
    expect(shifts).toHaveLength(1);
    const [shift] = shifts;
    expect(shift.personName).toMatch(/Zelensky/);
    expect(shift.topic).toBe('cede-territory');
    expect(shift.earlier.text).toMatch(/would not cede any territory/);
    expect(shift.earlier.saidOn?.basis).toBe('before');
    expect(shift.later.text).toMatch(/might be willing to cede/);
    expect(shift.reason).toMatch(
      /^said he would not cede any territory \(before 2024-11-30.*\); now might be willing to cede/,
    );
  });
});
