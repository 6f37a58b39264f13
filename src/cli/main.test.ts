import { describe, expect, it } from 'vitest';
import { captureIO } from '../../test/cli-io.js';
import { main } from './main.js';

describe('onrecord main', () => {
  it('prints the command list for --help and exits 0', async () => {
    const io = captureIO();
    expect(await main(['--help'], io)).toBe(0);
    expect(io.out()).toContain('extract');
    expect(io.out()).toContain('ingest');
  });

  it('exits 2 with the command list when no command is given', async () => {
    const io = captureIO();
    expect(await main([], io)).toBe(2);
    expect(io.out()).toContain('usage: onrecord <command>');
  });

  it('exits 2 on an unknown command, naming it', async () => {
    const io = captureIO();
    expect(await main(['frobnicate'], io)).toBe(2);
    expect(io.err()).toContain('unknown command "frobnicate"');
  });

  it('exits 2 on an unknown option, naming the command', async () => {
    const io = captureIO();
    expect(await main(['eval', '--no-such-option'], io)).toBe(2);
    expect(io.err()).toContain('onrecord eval');
  });

  it('exits 1 when a gold file does not exist, naming it', async () => {
    const io = captureIO();
    expect(await main(['eval', '/nonexistent/gold.jsonl'], io)).toBe(1);
    expect(io.err()).toContain('/nonexistent/gold.jsonl');
  });
});
