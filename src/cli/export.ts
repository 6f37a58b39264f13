import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { readConfig } from '../config.js';
import { OnrecordError } from '../errors.js';
import {
  allStatements,
  csvLine,
  personNames,
  STATEMENT_COLUMNS,
  statementColumns,
} from '../store/export-rows.js';
import { openStore } from '../store/open-store.js';
import type { Article } from '../model/article.js';
import type { Command } from './main.js';
import { type CommandSpec, parseOrHelp } from './args.js';

const spec = {
  name: 'export',
  usage: 'onrecord export --format jsonl|csv [--out FILE] [--db FILE|URL]',
  summary:
    'Export every statement with its person and its article, oldest first: JSON lines (the full stored\n' +
    'statement plus "person" and "article") or CSV. Syndicated copies are one statement with "sightings".',
  help: `options:
  --format F       jsonl or csv
  --out FILE       write to FILE instead of stdout
  --db FILE|URL    the record (default onrecord.db, or ONRECORD_DB)

example:
  onrecord export --format csv --out statements.csv`,
  options: {
    format: { type: 'string' },
    out: { type: 'string' },
    db: { type: 'string' },
  },
} satisfies CommandSpec<Record<string, { type: 'string' | 'boolean' }>>;

class StopExport extends Error {}

export const command: Command = {
  name: spec.name,
  summary: spec.summary,
  async run(args, io) {
    const parsed = parseOrHelp(spec, args, io);
    if (!parsed) return 0;
    const { values, positionals } = parsed;
    if (values.format !== 'jsonl' && values.format !== 'csv') {
      throw new OnrecordError(
        'USAGE',
        `onrecord export: --format must be jsonl or csv\nusage: ${spec.usage}`,
      );
    }
    if (positionals.length)
      throw new OnrecordError(
        'USAGE',
        `onrecord export: unexpected "${positionals[0]}"\nusage: ${spec.usage}`,
      );
    const store = await openStore(values.db ?? readConfig().database);
    const out: NodeJS.WritableStream = values.out ? createWriteStream(values.out) : io.stdout;
    // A reader that goes away (| head) ends the export quietly, as Unix tools do.
    let closed = false;
    out.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') closed = true;
    });
    const write = async (text: string) => {
      if (closed) throw new StopExport();
      if (!out.write(text)) await once(out, 'drain');
    };
    let count = 0;
    try {
      const nameOf = personNames(store);
      const articles = new Map<
        string,
        Pick<Article, 'id' | 'title' | 'url' | 'outlet' | 'published'> | null
      >();
      if (values.format === 'csv') await write(csvLine(STATEMENT_COLUMNS));
      for await (const item of allStatements(store, { order: 'date' })) {
        const personName = await nameOf(item.personId);
        if (values.format === 'csv') {
          await write(csvLine(statementColumns(item, personName)));
        } else {
          if (!articles.has(item.articleId)) {
            // one article's statements come together often enough; keep the cache small
            if (articles.size > 1000) articles.clear();
            const record = await store.getArticle(item.articleId);
            articles.set(
              item.articleId,
              record && {
                id: record.id,
                title: record.title,
                url: record.url,
                outlet: record.outlet,
                published: record.published,
              },
            );
          }
          const person = item.personId ? { id: item.personId, name: personName } : null;
          await write(`${JSON.stringify({ ...item, person, article: articles.get(item.articleId) })}\n`);
        }
        count += 1;
      }
    } catch (error) {
      if (!(error instanceof StopExport) && (error as NodeJS.ErrnoException).code !== 'EPIPE') throw error;
      return 0;
    } finally {
      await store.close();
      if (values.out) {
        out.end();
        await once(out, 'finish');
      }
    }
    io.stderr.write(`exported ${count} statements\n`);
    return 0;
  },
};
