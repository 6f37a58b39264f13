import iconv from 'iconv-lite';

/** Where an encoding can be learnt from, besides the bytes themselves. */
export interface EncodingHints {
  /** An HTTP Content-Type header ("text/html; charset=windows-1251"). */
  contentType?: string | null;
  /** Look for <meta charset> (HTML) or <?xml encoding?> (feeds) in the first bytes. */
  markup?: boolean;
  /** Forced by the caller; wins over everything but a BOM. */
  encoding?: string | null;
}

export interface DecodedText {
  text: string;
  encoding: string;
}

const BOMS: Array<[number[], string]> = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

/** The encoding named by a byte-order mark and the mark's length, if the bytes start with one. */
export function sniffBom(bytes: Uint8Array): { encoding: string; length: number } | null {
  for (const [mark, encoding] of BOMS) {
    if (bytes.length >= mark.length && mark.every((byte, index) => bytes[index] === byte)) {
      return { encoding, length: mark.length };
    }
  }
  return null;
}

export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const match = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '');
  return match ? normalizeEncoding(match[1]) : null;
}

/** <meta charset>, <meta http-equiv content="...charset=">, or <?xml encoding?> in the first 4 KB. */
export function charsetFromMarkup(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml) return normalizeEncoding(xml[1]);
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return meta ? normalizeEncoding(meta[1]) : null;
}

function normalizeEncoding(name: string): string | null {
  const lower = name.toLowerCase();
  // Browsers read "iso-8859-1" and "us-ascii" as windows-1252; publishers rely on it (curly quotes).
  if (lower === 'iso-8859-1' || lower === 'latin1' || lower === 'latin-1' || lower === 'us-ascii') {
    return 'windows-1252';
  }
  return iconv.encodingExists(lower) ? lower : null;
}

/** True when the bytes are well-formed UTF-8 (a cut-off sequence at the very end is tolerated). */
export function isUtf8(bytes: Uint8Array): boolean {
  let index = 0;
  const length = bytes.length;
  while (index < length) {
    const byte = bytes[index];
    if (byte < 0x80) {
      index += 1;
      continue;
    }
    let needed: number;
    if (byte >= 0xc2 && byte <= 0xdf) needed = 1;
    else if (byte >= 0xe0 && byte <= 0xef) needed = 2;
    else if (byte >= 0xf0 && byte <= 0xf4) needed = 3;
    else return false;
    if (index + needed >= length) return true;
    for (let offset = 1; offset <= needed; offset += 1) {
      if ((bytes[index + offset] & 0xc0) !== 0x80) return false;
    }
    index += needed + 1;
  }
  return true;
}

/**
 * Without any declaration, non-UTF-8 bytes are either a Cyrillic single-byte text (almost every letter
 * is a high byte) or a Western one (a few accented letters among ASCII).
 */
export function guessSingleByteEncoding(bytes: Uint8Array): string {
  let high = 0;
  let asciiLetters = 0;
  const end = Math.min(bytes.length, 65536);
  for (let index = 0; index < end; index += 1) {
    const byte = bytes[index];
    if (byte >= 0xc0) high += 1;
    else if ((byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a)) asciiLetters += 1;
  }
  return high > 0 && high / (high + asciiLetters) > 0.3 ? 'windows-1251' : 'windows-1252';
}

/** Picks the encoding of a whole document: BOM, then forced, then header, then markup, then the bytes. */
export function detectEncoding(bytes: Uint8Array, hints: EncodingHints = {}): string {
  const bom = sniffBom(bytes);
  if (bom) return bom.encoding;
  const forced = hints.encoding ? normalizeEncoding(hints.encoding) : null;
  if (forced) return forced;
  const declared =
    charsetFromContentType(hints.contentType) ?? (hints.markup ? charsetFromMarkup(bytes) : null);
  // A page declaring a single-byte charset but holding valid multi-byte UTF-8 was re-encoded upstream.
  if (declared && !(declared !== 'utf-8' && hasMultiByteUtf8(bytes))) return declared;
  return isUtf8(bytes) ? 'utf-8' : guessSingleByteEncoding(bytes);
}

function hasMultiByteUtf8(bytes: Uint8Array): boolean {
  return isUtf8(bytes) && bytes.some((byte) => byte >= 0x80);
}

/** Decodes a whole document, dropping the BOM and normalising line ends to "\n". */
export function decodeText(bytes: Uint8Array, hints: EncodingHints = {}): DecodedText {
  const encoding = detectEncoding(bytes, hints);
  const text = iconv.decode(Buffer.from(bytes), encoding, { stripBOM: true });
  return { text: normalizeNewlines(text), encoding };
}

export function normalizeNewlines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/** A streaming decoder for dumps: encoding from the BOM of the first chunk, else forced, else UTF-8. */
export function createStreamDecoder(firstChunk: Uint8Array, forced?: string | null) {
  const bom = sniffBom(firstChunk);
  const encoding =
    bom?.encoding ??
    (forced ? normalizeEncoding(forced) : null) ??
    (isUtf8(firstChunk.subarray(0, 65536)) ? 'utf-8' : guessSingleByteEncoding(firstChunk));
  const decoder = iconv.getDecoder(encoding, { stripBOM: true });
  return {
    encoding,
    write: (chunk: Uint8Array): string => decoder.write(Buffer.from(chunk)),
    end: (): string => decoder.end() ?? '',
  };
}
