import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureIO } from '../../test/cli-io.js';
import { extract } from '../extract/index.js';
import { frameStatement } from '../ledger/frame.js';
import { openStore } from '../store/open-store.js';
import { main } from './main.js';

// Articles written for these tests: an invented minister, invented outlets.
const ARTICLES = [
  {
    id: 'wire-2023-03-01',
    published: '2023-03-01',
    outlet: 'Example Wire',
    text:
      'Defence Minister Ana Petrenko said on Tuesday that Ukraine would never give up its land.\n\n' +
      '"We will not cede a single village," Petrenko told reporters in Kyiv.\n\n' +
      'Petrenko also said the grain harvest had been good.',
  },
  {
    id: 'radio-2024-06-11',
    published: '2024-06-11',
    outlet: 'Example Radio',
    text:
      'Ana Petrenko said on Monday that Kyiv might be willing to cede some occupied districts in exchange ' +
      'for security guarantees.\n\nShe said talks with the allies would continue next month.',
  },
];

const dir = mkdtempSync(join(tmpdir(), 'onrecord-positions-'));
const db = join(dir, 'record.db');

beforeAll(async () => {
  const store = await openStore(db);
  try {
    for (const article of ARTICLES) {
      const statements = extract(article);
      await store.saveArticle({
        article,
        statements,
        frames: statements.map((statement) => frameStatement(statement, article.text)),
      });
    }
  } finally {
    await store.close();
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('onrecord positions', () => {
  it("lists a person's statements on a topic in the order said, with stances", async () => {
    const io = captureIO();
    expect(await main(['positions', '--speaker', 'Petrenko', '--topic', 'territory', '--db', db], io)).toBe(
      0,
    );
    const out = io.out();
    expect(out).toContain('Ana Petrenko');
    expect(out).toContain('ceding territory');
    const lines = out.split('\n').filter((line) => /^\s+\d{4}-/.test(line));
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines[0]).toContain('against');
    expect(lines.at(-1)).toContain('for, hedged');
    expect(lines.at(-1)).toContain('[in exchange for security guarantees]');
  });

  it('prints JSON per topic', async () => {
    const io = captureIO();
    expect(await main(['positions', '--speaker', 'Ana Petrenko', '--json', '--db', db], io)).toBe(0);
    const topics = io
      .out()
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { topic: string; statements: { stance: string; saidOn: string }[] });
    const territory = topics.find((item) => item.topic === 'cede-territory');
    expect(territory?.statements.map((item) => item.stance)).toContain('for');
    expect(territory?.statements[0].saidOn.startsWith('2023')).toBe(true);
  });

  it('exits 1 for an unknown person and 2 without --speaker', async () => {
    const unknown = captureIO();
    expect(await main(['positions', '--speaker', 'Nobody Atall', '--db', db], unknown)).toBe(1);
    expect(unknown.err()).toContain('Nobody Atall');
    const usage = captureIO();
    expect(await main(['positions', '--db', db], usage)).toBe(2);
  });
});

describe('onrecord shifts', () => {
  it('recomputes, stores and lists the shift with both statements', async () => {
    const io = captureIO();
    expect(await main(['shifts', '--recompute', '--speaker', 'Petrenko', '--db', db], io)).toBe(0);
    const out = io.out();
    expect(out).toContain('Ana Petrenko on ceding territory');
    expect(out).toMatch(
      /said (we will not cede a single village|ukraine would never give up its land) \(2023-0[23]-\d\d, Example Wire\); now Kyiv might be willing to cede some occupied districts in exchange for security guarantees \(2024-06-10, Example Radio\)/i,
    );
    expect(out).toContain('[wire-2023-03-01]');
    expect(out).toContain('[radio-2024-06-11]');

    const stored = captureIO();
    expect(await main(['shifts', '--json', '--since', '2024-01-01', '--db', db], stored)).toBe(0);
    const shifts = stored
      .out()
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { topic: string; earlier: { articleId: string } });
    expect(shifts).toHaveLength(1);
    expect(shifts[0].topic).toBe('cede-territory');

    const later = captureIO();
    expect(await main(['shifts', '--since', '2025-01-01', '--db', db], later)).toBe(0);
    expect(later.out()).toBe('No shifts found.\n');
  });

  it('rejects a bad date with exit 2', async () => {
    const io = captureIO();
    expect(await main(['shifts', '--since', 'yesterday', '--db', db], io)).toBe(2);
    expect(io.err()).toContain('--since');
  });
});
