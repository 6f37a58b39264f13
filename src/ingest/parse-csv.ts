export type CsvRecord = { line: number; fields: string[] } | { line: number; error: string };

type State = 'start' | 'unquoted' | 'quoted' | 'quote' | 'skip';

export interface CsvParserOptions {
  /** A record (raw text) longer than this is an error; also bounds memory for an unclosed quote. */
  maxRecordChars?: number;
  delimiter?: string;
}

/**
 * A streaming RFC 4180 parser: quoted fields may hold delimiters, doubled quotes and line breaks. A broken
 * record (text after a closing quote, a quote never closed, a record past the size cap) becomes an error
 * naming its line, and parsing resumes: after an unclosed quote, from the line after the one that opened
 * the record, so one stray quote costs one record rather than the rest of the file.
 */
export class CsvParser {
  private readonly maxRecordChars: number;
  private readonly delimiter: string;
  private state: State = 'start';
  private fields: string[] = [];
  private field = '';
  private raw = '';
  private line = 1;
  private recordLine = 1;
  private skipError = '';
  private afterCarriageReturn = false;

  constructor(options: CsvParserOptions = {}) {
    this.maxRecordChars = options.maxRecordChars ?? 1_000_000;
    this.delimiter = options.delimiter ?? ',';
  }

  *push(chunk: string): Generator<CsvRecord> {
    const queue = [chunk];
    while (queue.length > 0) {
      const text = queue.shift() as string;
      for (let index = 0; index < text.length; index += 1) {
        const char = text[index];
        if (this.afterCarriageReturn) {
          this.afterCarriageReturn = false;
          if (char === '\n') continue;
        }
        if (this.state === 'quoted' || this.state === 'unquoted') {
          // Plain runs are copied in one slice: per-character appends made the parser four times slower.
          const run = this.plainRun(text, index);
          if (run > 0) {
            const piece = text.slice(index, index + run);
            this.field += piece;
            this.raw += piece;
            index += run - 1;
            continue;
          }
        }
        const newline = char === '\n' || char === '\r';
        if (newline) this.afterCarriageReturn = char === '\r';
        if (this.state !== 'skip') this.raw += char;

        if (this.raw.length > this.maxRecordChars) {
          const line = this.recordLine;
          if (this.state === 'quoted' && /[\r\n]/.test(this.raw)) {
            const rest = this.restAfterFirstLine();
            queue.unshift(rest + text.slice(index + 1));
            this.reset(line + 1);
            yield {
              line,
              error: `a quoted field is never closed (record longer than ${this.maxRecordChars} characters)`,
            };
            break;
          }
          this.raw = '';
          this.skipError = `record longer than ${this.maxRecordChars} characters`;
          this.state = 'skip';
        }

        switch (this.state) {
          case 'start':
            if (char === '"') this.state = 'quoted';
            else if (char === this.delimiter) this.fields.push('');
            else if (newline) yield* this.endRecord();
            else {
              this.field = char;
              this.state = 'unquoted';
            }
            break;
          case 'unquoted':
            if (char === this.delimiter) this.endField();
            else if (newline) yield* this.endRecord();
            else this.field += char;
            break;
          case 'quoted':
            if (char === '"') this.state = 'quote';
            else {
              if (newline) this.line += 1;
              this.field += newline ? '\n' : char;
              if (char === '\r') this.afterCarriageReturn = true;
            }
            break;
          case 'quote':
            if (char === '"') {
              this.field += '"';
              this.state = 'quoted';
            } else if (char === this.delimiter) this.endField();
            else if (newline) yield* this.endRecord();
            else {
              this.skipError = `unexpected ${JSON.stringify(char)} after a closing quote`;
              this.state = 'skip';
            }
            break;
          case 'skip':
            if (newline) {
              const line = this.recordLine;
              const error = this.skipError;
              this.reset(this.line + 1);
              yield { line, error };
            }
            break;
        }
      }
    }
  }

  *end(): Generator<CsvRecord> {
    while (this.state === 'quoted') {
      const line = this.recordLine;
      const rest = this.restAfterFirstLine();
      this.reset(line + 1);
      yield { line, error: 'a quoted field is never closed' };
      yield* this.push(rest);
    }
    if (this.state === 'skip') {
      yield { line: this.recordLine, error: this.skipError };
    } else if (this.state !== 'start' || this.fields.length > 0) {
      yield* this.endRecord();
    }
    this.reset(this.line);
  }

  /** Length of the run from `index` holding no character the current state reacts to, within the cap. */
  private plainRun(text: string, index: number): number {
    const room = this.maxRecordChars - this.raw.length;
    const limit = Math.min(text.length, index + room);
    let end = index;
    if (this.state === 'quoted') {
      while (end < limit) {
        const code = text.charCodeAt(end);
        if (code === 34 || code === 10 || code === 13) break;
        end += 1;
      }
    } else {
      const delimiter = this.delimiter.charCodeAt(0);
      while (end < limit) {
        const code = text.charCodeAt(end);
        if (code === delimiter || code === 10 || code === 13) break;
        end += 1;
      }
    }
    return end - index;
  }

  private restAfterFirstLine(): string {
    const match = /\r\n?|\n/.exec(this.raw);
    return match ? this.raw.slice(match.index + match[0].length) : '';
  }

  private endField(): void {
    this.fields.push(this.field);
    this.field = '';
    this.state = 'start';
  }

  private *endRecord(): Generator<CsvRecord> {
    const blank = this.fields.length === 0 && this.field === '' && this.state === 'start';
    this.fields.push(this.field);
    const record = { line: this.recordLine, fields: this.fields };
    this.reset(this.line + 1);
    if (!blank) yield record;
  }

  private reset(nextLine: number): void {
    this.fields = [];
    this.field = '';
    this.raw = '';
    this.state = 'start';
    this.line = nextLine;
    this.recordLine = nextLine;
  }
}
