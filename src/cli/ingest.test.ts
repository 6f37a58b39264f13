import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { captureIO } from '../../test/cli-io.js';
import { readConfig } from '../config.js';
import { main } from './main.js';

const dir = mkdtempSync(join(tmpdir(), 'onrecord-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const fixture = join(readConfig().projectDir, 'test', 'fixtures', 'store', 'council.jsonl');

async function run(...args: string[]) {
  const io = captureIO();
  const code = await main(args, io);
  return { code, out: io.out(), err: io.err() };
}

describe('onrecord ingest, people, search, quotes, export', () => {
  const db = join(dir, 'council.db');
  const input = join(dir, 'council.jsonl');
  copyFileSync(fixture, input);

  it('ingests, then a second run changes nothing', async () => {
    const first = await run('ingest', input, '--db', db);
    expect(first.code).toBe(0);
    expect(first.err).toMatch(/4 new, 0 updated, 0 unchanged, 0 failed, 1 skipped \(non-English\)/);
    const second = await run('ingest', input, '--db', db, '--json');
    expect(second.code).toBe(0);
    expect(JSON.parse(second.out)).toMatchObject({ new: 0, unchanged: 4, statements: 0 });
  });

  it('lists failures with the input and the reason, goes on, and exits 1', async () => {
    const broken = join(dir, 'broken.jsonl');
    writeFileSync(broken, '{"id": "ok-1", "text": "\\"Fine,\\" Ana Lind said."}\n{not json\n');
    const result = await run('ingest', broken, join(dir, 'missing.txt'), '--db', db);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/1 new, .*2 failed/);
    expect(result.err).toContain(`failed: ${broken}:2`);
    expect(result.err).toMatch(/failed: .*missing\.txt/);
  });

  it.each([
    [['ingest', '--db', 'x.db']],
    [['ingest', 'a', '--workers', 'zero']],
    [['ingest', 'a', '--published', '30/11/2024']],
    [['search']],
    [['search', 'toll', '--kind', 'quoted']],
    [['search', 'toll', '--json', '--csv']],
    [['quotes']],
    [['export', '--format', 'xml']],
    [['people', 'merge', 'only-one']],
    [['people', 'rename', 'a', 'b']],
    [['sample', 'extra']],
  ])('exits 2 on a usage error: %j', async (args) => {
    const result = await run(...args);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/usage|must|choose|give|unknown|unexpected/i);
  });

  it.each(['ingest', 'people', 'search', 'quotes', 'export', 'sample'])(
    '%s --help prints usage and exits 0',
    async (name) => {
      const result = await run(name, '--help');
      expect(result.code).toBe(0);
      expect(result.out).toMatch(new RegExp(`^usage: onrecord ${name}`));
    },
  );

  it('lists people, most quoted first, as text and JSON', async () => {
    const text = await run('people', '--db', db);
    expect(text.code).toBe(0);
    expect(text.out.split('\n')[1]).toMatch(/Ana Lind/);
    const json = await run('people', '--db', db, '--json');
    const people = json.out
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    const lind = people.find((person) => person.name === 'Ana Lind');
    expect(lind).toMatchObject({ id: 'ana-lind', kind: 'person' });
    expect(lind.statements).toBeGreaterThanOrEqual(4);
    expect(lind.titles.map((title: { title: string }) => title.title)).toContain('Mayor');
  });

  it('searches with filters, as text, JSON and CSV', async () => {
    const text = await run('search', 'toll', '--db', db);
    expect(text.code).toBe(0);
    expect(text.out).toContain('"We will never raise the toll,"');
    const json = await run(
      'search',
      'toll',
      '--speaker',
      'Lind',
      '--from',
      '2024-06-01',
      '--db',
      db,
      '--json',
    );
    const hits = json.out
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) {
      expect(hit.personId).toBe('ana-lind');
      expect(hit.saidOn.from >= '2024-06-01').toBe(true);
      const article = JSON.parse(
        readFileSync(input, 'utf8')
          .split('\n')
          .find((line) => line.includes(`"${hit.articleId}"`))!,
      );
      expect(article.text.slice(hit.quote.start, hit.quote.end)).toBe(hit.quote.text);
    }
    const csv = await run(
      'search',
      'toll',
      '--outlet',
      'harbour gazette',
      '--kind',
      'direct',
      '--db',
      db,
      '--csv',
    );
    const lines = csv.out.trim().split('\r\n');
    expect(lines[0]).toMatch(/^id,said_from,said_to,said_basis,speaker/);
    expect(lines.length).toBeGreaterThan(1);
    expect(
      lines.slice(1).every((line) => line.includes('Harbour Gazette') && line.includes(',direct,')),
    ).toBe(true);
  });

  it("lists one person's quotes by date, and says when there is no such person", async () => {
    const result = await run('quotes', '--speaker', 'Ana Lind', '--db', db, '--json');
    const dates = result.out
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line).saidOn?.from ?? '');
    expect(dates.length).toBeGreaterThanOrEqual(4);
    // dated statements oldest first, undated ones last
    const dated = dates.filter(Boolean);
    expect([...dated].sort()).toEqual(dated);
    expect(dates.slice(0, dated.length)).toEqual(dated);
    const missing = await run('quotes', '--speaker', 'Nobody Atall', '--db', db);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('No person named "Nobody Atall"');
  });

  it('exports every statement with its person and article', async () => {
    const jsonl = await run('export', '--format', 'jsonl', '--db', db);
    const rows = jsonl.out
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(rows.length).toBeGreaterThanOrEqual(8);
    const lind = rows.find((row) => row.personId === 'ana-lind');
    expect(lind.person).toEqual({ id: 'ana-lind', name: 'Ana Lind' });
    expect(lind.article).toMatchObject({ outlet: expect.any(String), url: expect.stringMatching(/^https:/) });
    const csvFile = join(dir, 'out.csv');
    const csv = await run('export', '--format', 'csv', '--out', csvFile, '--db', db);
    expect(csv.code).toBe(0);
    expect(readFileSync(csvFile, 'utf8').startsWith('id,said_from')).toBe(true);
  });

  it('merges and splits people; both decisions survive re-ingest', async () => {
    const before = await run('people', '--db', db, '--json');
    const ids = before.out
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line).id as string);
    const jan = ids.find((id) => id.startsWith('jan-voss'))!;
    const piet = ids.find((id) => /piet-voss/.test(id))!;
    expect(jan && piet).toBeTruthy();
    const ambiguous = await run('people', 'merge', piet, 'Voss', '--db', db);
    expect(ambiguous.code).toBe(1);
    const merged = await run('people', 'merge', piet, jan, '--db', db);
    expect(merged.code).toBe(0);
    expect(merged.out).toContain(`merged ${jan} into ${piet}`);
    expect((await run('quotes', '--speaker', jan, '--db', db, '--json')).out).toContain(piet);

    // re-ingest with a changed article that quotes Jan Voss again: the merge holds
    const text = readFileSync(input, 'utf8').replace(
      'had already helped his business',
      'had really helped his shop',
    );
    writeFileSync(input, text);
    expect((await run('ingest', input, '--db', db)).err).toMatch(/1 updated/);
    const afterMerge = await run('search', 'shop', '--db', db, '--json');
    expect(JSON.parse(afterMerge.out.trim().split('\n')[0]).personId).toBe(piet);

    const split = await run('people', 'split', piet, 'Jan Voss', '--db', db);
    expect(split.code).toBe(0);
    const splitId = /into (\S+)/.exec(split.out)![1];
    writeFileSync(input, text.replace('had really helped his shop', 'had truly helped his shop'));
    expect((await run('ingest', input, '--db', db)).err).toMatch(/1 updated/);
    const afterSplit = await run('search', 'shop', '--db', db, '--json');
    expect(JSON.parse(afterSplit.out.trim().split('\n')[0]).personId).toBe(splitId);
  });
});
