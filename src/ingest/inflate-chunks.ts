import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { OnrecordError } from '../errors.js';

export interface InflateOptions {
  /** Most bytes one input may produce after decompression. */
  maxBytes: number;
  /**
   * Past 16 MiB of output, a decompressed/compressed ratio above this is refused early: deflate tops out
   * near 1032:1, which only crafted input reaches; news text compresses 3-10 times.
   */
  maxRatio?: number;
}

const RATIO_GRACE_BYTES = 16 * 1024 * 1024;

function asBuffer(chunk: Uint8Array): Buffer {
  return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

function isGzip(chunk: Uint8Array): boolean {
  return chunk.length >= 2 && chunk[0] === 0x1f && chunk[1] === 0x8b;
}

/**
 * Yields the bytes of an input, gunzipped when they start with the gzip magic (whatever the file is
 * called), and refuses inputs whose (decompressed) size passes the cap, so a gzip bomb costs at most
 * `maxBytes` of work and one chunk of memory.
 */
export async function* inflateChunks(
  raw: AsyncIterable<Uint8Array>,
  name: string,
  options: InflateOptions,
): AsyncGenerator<Buffer> {
  const iterator = raw[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) return;
  const firstChunk = asBuffer(first.value);
  const tooLarge = (what: string) =>
    new OnrecordError(
      'INPUT_TOO_LARGE',
      `Cannot read "${name}": ${what} exceeds the limit of ${options.maxBytes} bytes`,
    );

  if (!isGzip(firstChunk)) {
    try {
      let total = firstChunk.length;
      if (total > options.maxBytes) throw tooLarge('its size');
      yield firstChunk;
      for (;;) {
        const next = await iterator.next();
        if (next.done) return;
        total += next.value.length;
        if (total > options.maxBytes) throw tooLarge('its size');
        yield asBuffer(next.value);
      }
    } finally {
      // a reader that stops early must not leave the file open
      await iterator.return?.();
    }
  }

  let compressed = 0;
  async function* rest(): AsyncGenerator<Uint8Array> {
    compressed += firstChunk.length;
    yield firstChunk;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      compressed += next.value.length;
      yield next.value;
    }
  }
  const source = Readable.from(rest());
  const gunzip = createGunzip();
  source.on('error', (error) => gunzip.destroy(error));
  source.pipe(gunzip);
  const maxRatio = options.maxRatio ?? 500;
  let total = 0;
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > options.maxBytes) throw tooLarge('the decompressed size (a gzip bomb?)');
      if (total > RATIO_GRACE_BYTES && total / Math.max(compressed, 1) > maxRatio) {
        throw new OnrecordError(
          'INPUT_TOO_LARGE',
          `Cannot read "${name}": refused as a gzip bomb (more than ${maxRatio} times larger decompressed)`,
        );
      }
      yield chunk;
    }
  } catch (error) {
    if (error instanceof OnrecordError) throw error;
    throw new OnrecordError('INPUT_INVALID', `Cannot read "${name}": broken gzip data`, {
      cause: error,
    });
  } finally {
    source.destroy();
    gunzip.destroy();
    await iterator.return?.();
  }
}

/** Reads a whole (single-document) input into memory, refusing one larger than `maxBytes`. */
export async function collectBytes(
  chunks: AsyncIterable<Buffer>,
  name: string,
  maxBytes: number,
): Promise<Buffer> {
  const parts: Buffer[] = [];
  let total = 0;
  for await (const chunk of chunks) {
    total += chunk.length;
    if (total > maxBytes) {
      throw new OnrecordError(
        'INPUT_TOO_LARGE',
        `Cannot read "${name}": larger than ${maxBytes} bytes, the limit for one document`,
      );
    }
    parts.push(chunk);
  }
  return Buffer.concat(parts, total);
}

const BINARY_MAGIC = ['%PDF-', 'PK\x03\x04', '\x89PNG', 'GIF8', '\xff\xd8\xff'];

/** A file is binary when its first bytes hold NULs or many control characters (UTF-16 with BOM aside). */
export function looksBinary(head: Uint8Array): boolean {
  const sample = head.subarray(0, 8192);
  if (sample.length === 0) return false;
  if ((sample[0] === 0xff && sample[1] === 0xfe) || (sample[0] === 0xfe && sample[1] === 0xff)) {
    return false;
  }
  const start = Buffer.from(sample.subarray(0, 8)).toString('latin1');
  if (BINARY_MAGIC.some((magic) => start.startsWith(magic))) return true;
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1b)) control += 1;
  }
  return control / sample.length > 0.1;
}
