import { PassThrough } from 'node:stream';
import type { CommandIO } from '../src/cli/main.js';

/** Real streams for running a command in-process and reading what it printed. */
export function captureIO(stdinText = ''): CommandIO & { out(): string; err(): string } {
  const stdin = new PassThrough();
  stdin.end(stdinText);
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const outChunks: Buffer[] = [];
  const errChunks: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => outChunks.push(chunk));
  stderr.on('data', (chunk: Buffer) => errChunks.push(chunk));
  return {
    stdin,
    stdout,
    stderr,
    out: () => Buffer.concat(outChunks).toString('utf8'),
    err: () => Buffer.concat(errChunks).toString('utf8'),
  };
}
