import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../config.js';
import type { ExtractResult } from '../model/statement.js';

// Runs the real CLI as a process: `npm test` builds dist/ before vitest runs.
const projectDir = readConfig().projectDir;
const bin = resolve(projectDir, 'bin/onrecord');
const built = existsSync(resolve(projectDir, 'dist/src/cli/extract.js'));
const fixtures = resolve(projectDir, 'test/fixtures/extract');

function onrecord(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [bin, 'extract', ...args], {
    input,
    encoding: 'utf8',
    cwd: projectDir,
    timeout: 60_000,
  });
  const lines = result.stdout.trim() === '' ? [] : result.stdout.trim().split('\n');
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, lines };
}

describe.skipIf(!built)('onrecord extract (process)', () => {
  it('reports stances with no quoted words only with --stances', () => {
    const text =
      'Mayor Ivo Rask criticised the harbour plan. Petra Holm said the ferry would sail on Monday.\n';
    const quotes = (args: string[]) => {
      const run = onrecord(['--published', '2024-11-30', ...args], text);
      expect(run.code).toBe(0);
      return (JSON.parse(run.lines[0]) as ExtractResult).statements.map((statement) => statement.quote.text);
    };
    expect(quotes([])).toEqual(['the ferry would sail on Monday']);
    expect(quotes(['--stances'])).toEqual(['the harbour plan', 'the ferry would sail on Monday']);
  });

  it('reads a .txt file and prints one JSON line with offsets into the text', async () => {
    const { readFile } = await import('node:fs/promises');
    const path = resolve(fixtures, 'city-hall.txt');
    const text = await readFile(path, 'utf8');
    const run = onrecord([path, '--published', '2024-11-30']);
    expect(run.code).toBe(0);
    expect(run.lines).toHaveLength(1);
    const result = JSON.parse(run.lines[0]) as ExtractResult;
    expect(result.id).toBe(path);
    const speakers = result.statements.map((statement) => statement.speaker.name);
    expect(speakers).toContain('Ellen Park');
    expect(speakers).toContain('Tom Reed');
    for (const statement of result.statements) {
      expect(text.slice(statement.quote.start, statement.quote.end)).toBe(statement.quote.text);
    }
    const tuesday = result.statements.find((statement) =>
      statement.quote.text.includes('Main Street bridge'),
    );
    expect(tuesday?.saidOn?.to).toBe('2024-11-26');
  });

  it('reads JSONL, reports a broken line with file and line number, goes on, and exits 1', () => {
    const path = resolve(fixtures, 'city-hall.jsonl');
    const run = onrecord([path]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${path}:3:`);
    const results = run.lines.map((line) => JSON.parse(line) as ExtractResult);
    expect(results.map((result) => result.id)).toEqual(['city-1', 'city-2', 'city-3']);
    expect(results[0].statements[0].speaker.name).toBe('Ellen Park');
    expect(results[2].statements[0].venue?.text).toBe('Channel 4 News');
  });

  it('reads an HTML page and prints the extracted body it points into', () => {
    const run = onrecord([resolve(fixtures, 'city-hall.html')]);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.lines[0]) as ExtractResult;
    expect(typeof result.text).toBe('string');
    expect(result.statements.length).toBeGreaterThan(0);
    for (const statement of result.statements) {
      expect(result.text?.slice(statement.quote.start, statement.quote.end)).toBe(statement.quote.text);
    }
  });

  it('reads stdin, with --published as the reference date', () => {
    const run = onrecord(['--published', '2024-11-30'], 'Tom Reed said on Friday that the bridge was safe.');
    expect(run.code).toBe(0);
    const result = JSON.parse(run.lines[0]) as ExtractResult;
    expect(result.statements[0].saidOn?.to).toBe('2024-11-29');
  });

  it('--pretty prints a table', () => {
    const run = onrecord(['--pretty'], '"The roads are open," Tom Reed said.');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Tom Reed');
    expect(run.stdout).toContain('speaker');
    // Columns line up, a long quote is cut with an ellipsis, and no line ends in padding.
    const long = onrecord(['--pretty'], `"${'The roads are open again. '.repeat(6)}" Tom Reed said.`);
    const row = long.stdout.split('\n').find((line) => line.includes('Tom Reed'))!;
    expect(row).toMatch(/…$/);
    for (const line of run.stdout.split('\n')) expect(line).toBe(line.trimEnd());
  });

  it('--help exits 0; a bad date and a missing file are errors', () => {
    expect(onrecord(['--help']).code).toBe(0);
    expect(onrecord(['--published', 'Friday'], '').code).toBe(2);
    const missing = onrecord([resolve(fixtures, 'no-such-file.txt')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no-such-file.txt');
  });
});
