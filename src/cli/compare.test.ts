import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { captureIO } from '../../test/cli-io.js';
import { main } from './main.js';

const dir = mkdtempSync(join(tmpdir(), 'onrecord-compare-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Statements written for these tests.
describe('onrecord compare', () => {
  it('answers for two statements, with the reason', async () => {
    const io = captureIO();
    expect(
      await main(['compare', 'We will never give up our land.', 'We might cede some land for peace.'], io),
    ).toBe(0);
    expect(io.out()).toMatch(/^inconsistent \(0\.\d\d\): opposite stances on ceding territory\n$/);
  });

  it('prints JSON with --json', async () => {
    const io = captureIO();
    expect(await main(['compare', '--json', 'Sanctions must stay.', 'Hospitals need nurses.'], io)).toBe(0);
    const result = JSON.parse(io.out()) as { relation: string; reason: string; confidence: number };
    expect(['consistent', 'inconsistent', 'unrelated']).toContain(result.relation);
    expect(result.reason).not.toBe('');
  });

  it('reads --pairs, reports bad lines with their number and exits 1', async () => {
    const file = join(dir, 'pairs.jsonl');
    writeFileSync(
      file,
      [
        JSON.stringify({
          id: 'p1',
          a: 'The allies must not lift sanctions.',
          b: 'Sanctions should be tightened.',
        }),
        '{not json',
        JSON.stringify({ id: 'p3', a: 'only a' }),
        '',
        JSON.stringify({ id: 'p5', a: 'We will never give up our land.', b: 'We might cede land.' }),
      ].join('\n'),
    );
    const io = captureIO();
    expect(await main(['compare', '--pairs', file], io)).toBe(1);
    const lines = io
      .out()
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: string; relation: string; reason: string });
    expect(lines.map((line) => [line.id, line.relation])).toEqual([
      ['p1', 'consistent'],
      ['p5', 'inconsistent'],
    ]);
    expect(Object.keys(lines[0])).toEqual(['id', 'relation', 'reason']);
    expect(io.err()).toContain(`${file}:2: not JSON`);
    expect(io.err()).toContain(`${file}:3: needs string fields "a" and "b"`);
  });

  it('reads pairs from standard input with --pairs -', async () => {
    const io = captureIO(
      `${JSON.stringify({ id: 'x', a: 'Taxes should rise.', b: 'Taxes should fall.' })}\n`,
    );
    expect(await main(['compare', '--pairs', '-'], io)).toBe(0);
    expect(JSON.parse(io.out())).toMatchObject({ id: 'x' });
  });

  it('exits 2 on a wrong number of statements and 1 on a missing pairs file', async () => {
    const usage = captureIO();
    expect(await main(['compare', 'only one'], usage)).toBe(2);
    expect(usage.err()).toContain('give two statements');
    const missing = captureIO();
    expect(await main(['compare', '--pairs', join(dir, 'nope.jsonl')], missing)).toBe(1);
    expect(missing.err()).toContain('nope.jsonl');
  });
});
