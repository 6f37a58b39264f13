import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { findProjectDir, readConfig } from '../config.js';
import type { Article } from '../model/article.js';
import type { Statement } from '../model/statement.js';
import { isPostgresLocation, openStore } from './open-store.js';
import { openSqliteDriver } from './sqlite/sqlite-driver.js';
import { openPostgresDriver, splitSchema } from './postgres/postgres-driver.js';
import { dropSchemas, resetSchema, storeTestDatabase } from './postgres/test-database.js';
import type { SqlDriver } from './sql/driver.js';

/**
 * Issue 7: every SQL statement is parameterised. Two checks:
 *
 * 1. Static, over src/store/**: a value reaches SQL text only as a `?` parameter. A `${…}` inside SQL
 *    text (a template that reads as SQL, the first argument of a query call, or a fragment pushed onto
 *    a `where` list) must be built by the code itself: string literals, `?` placeholder lists, literal
 *    fragments, constants, conditionals between literals, followed through local declarations,
 *    assignments, pushes, imports and call sites. The only exceptions are listed in TRUSTED with the
 *    reason each is safe. SQL built with `+` is refused outright.
 * 2. Behavioural: SQL-injection payloads as article text, quotes, speaker names, ids and search
 *    queries on a real SQLite store (and PostgreSQL, in a schema of its own, when reachable) come back
 *    verbatim, and every table is still there.
 */
const projectDir = findProjectDir();
const storeDir = join(projectDir, 'src', 'store');

/** Interpolations that are not built from literals, each with why it cannot carry a value into SQL. */
const TRUSTED: { file: string; expression: string; why: string }[] = [
  {
    file: 'src/store/postgres/postgres-driver.ts',
    expression: 'schema',
    why: 'the ?schema= of --db, refused by splitSchema unless it matches ^[a-z_][a-z0-9_]{0,62}$ (checked below)',
  },
  {
    file: 'src/store/postgres/test-database.ts',
    expression: 'name',
    why: 'test support: the database name comes from test code (default onrecord_store_test), never from input',
  },
  {
    file: 'src/store/postgres/test-database.ts',
    expression: 'schema',
    why: 'test support: schema names come from test code (faults_kill_<pid>, …), never from input',
  },
  {
    file: 'src/store/postgres/test-database.ts',
    expression: 'row.nspname',
    why: 'test support: a schema name read from pg_namespace, one the tests created themselves',
  },
];

/** Calls whose first argument is SQL text. */
const SQL_METHODS = new Set(['all', 'get', 'run', 'exec', 'query', 'prepare', 'pragma']);
/** Arrays of WHERE fragments that are joined into SQL: everything pushed onto them is SQL text. */
const FRAGMENT_LISTS = new Set(['where']);
const SQL_WORDS =
  /\b(SELECT|INSERT|UPDATE|DELETE|FROM|WHERE|JOIN|VALUES|CREATE|ALTER|DROP|PRAGMA|MATCH|ORDER BY|GROUP BY|LIMIT|OFFSET|IN|AND|OR|NOT|SET|LIKE|NULL|EXISTS|SCHEMA|TABLE|INDEX|DATABASE)\b|[=(,]\s*\?/;

function listSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listSources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

interface Source {
  file: string;
  ast: ts.SourceFile;
}

const sources: Source[] = listSources(storeDir).map((path) => ({
  file: relative(projectDir, path),
  ast: ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true),
}));

function walk(node: ts.Node, visit: (node: ts.Node) => void): void {
  visit(node);
  node.forEachChild((child) => walk(child, visit));
}

function squeeze(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function staticText(node: ts.TemplateExpression): string {
  return node.head.text + node.templateSpans.map((span) => ` ${span.literal.text}`).join('');
}

function calledMethod(node: ts.Node): string | null {
  const call = node.parent;
  if (!call || !ts.isCallExpression(call) || call.arguments[0] !== node) return null;
  return ts.isPropertyAccessExpression(call.expression) ? call.expression.name.text : null;
}

function pushedOnto(node: ts.Node): string | null {
  const call = node.parent;
  if (!call || !ts.isCallExpression(call) || !call.arguments.includes(node as ts.Expression)) return null;
  const callee = call.expression;
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== 'push') return null;
  return ts.isIdentifier(callee.expression) ? callee.expression.text : null;
}

/** Whether a template is SQL text: reads as SQL, is a query call's SQL, or is a WHERE fragment. */
function isSqlTemplate(node: ts.TemplateExpression): boolean {
  const method = calledMethod(node);
  const list = pushedOnto(node);
  return (
    SQL_WORDS.test(staticText(node)) ||
    (method !== null && SQL_METHODS.has(method)) ||
    (list !== null && FRAGMENT_LISTS.has(list))
  );
}

function line(source: Source, node: ts.Node): number {
  return source.ast.getLineAndCharacterOfPosition(node.getStart()).line + 1;
}

/** Top-level `const NAME = …` of every store file, so imported SQL constants can be followed. */
const constants = new Map<string, ts.Expression>();
for (const source of sources) {
  for (const statement of source.ast.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (ts.isIdentifier(declaration.name) && declaration.initializer)
        constants.set(declaration.name.text, declaration.initializer);
    }
  }
}

/** Every value a local name is given in a file: its declaration, assignments and pushes. */
function valuesOf(source: Source, name: string, scope: ts.Node): ts.Expression[] | null {
  const values: ts.Expression[] = [];
  let declared = false;
  walk(scope, (node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === name) {
      declared = true;
      if (node.initializer) values.push(node.initializer);
    } else if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      ts.isIdentifier(node.left) &&
      node.left.text === name
    ) {
      values.push(node.right);
    } else if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const target = node.expression.expression;
      if (node.expression.name.text === 'push' && ts.isIdentifier(target) && target.text === name)
        values.push(...node.arguments);
    }
  });
  return declared ? values : null;
}

/**
 * The values a parameter gets at every call of its (unexported) function in the file; null if the name
 * is no parameter, empty when the callers are not all here.
 */
function argumentsFor(source: Source, identifier: ts.Identifier): ts.Expression[] | null {
  for (let node: ts.Node | undefined = identifier.parent; node; node = node.parent) {
    if (!ts.isFunctionDeclaration(node) || !node.name) continue;
    const index = node.parameters.findIndex(
      (parameter) => ts.isIdentifier(parameter.name) && parameter.name.text === identifier.text,
    );
    if (index < 0) continue;
    // an exported function's callers are elsewhere: what they pass is not known here
    if (node.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword)) return [];
    const functionName = node.name.text;
    const found: ts.Expression[] = [];
    walk(source.ast, (call) => {
      if (
        ts.isCallExpression(call) &&
        ts.isIdentifier(call.expression) &&
        call.expression.text === functionName &&
        call.arguments[index]
      )
        found.push(call.arguments[index]);
    });
    return found;
  }
  return null;
}

/**
 * Whether an expression is SQL the code wrote itself. `why` collects the first reason it is not.
 * Arrays (WHERE lists, placeholder lists) are built when every element they are given is.
 */
function isBuilt(source: Source, node: ts.Expression, seen: Set<string>, why: string[]): boolean {
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node))
    return isBuilt(source, node.expression, seen, why);
  if (
    ts.isStringLiteral(node) ||
    ts.isNoSubstitutionTemplateLiteral(node) ||
    ts.isNumericLiteral(node) ||
    node.kind === ts.SyntaxKind.NullKeyword
  )
    return true;
  if (ts.isArrayLiteralExpression(node))
    return node.elements.every((element) => isBuilt(source, element, seen, why));
  if (ts.isTemplateExpression(node))
    return node.templateSpans.every((span) => isBuilt(source, span.expression, seen, why));
  if (ts.isConditionalExpression(node))
    return isBuilt(source, node.whenTrue, seen, why) && isBuilt(source, node.whenFalse, seen, why);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken)
    return isBuilt(source, node.left, seen, why) && isBuilt(source, node.right, seen, why);
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
    const method = node.expression.name.text;
    const target = node.expression.expression;
    // list.join(', '): built when the list is
    if (method === 'join' && node.arguments.every((argument) => ts.isStringLiteral(argument)))
      return isBuilt(source, target, seen, why);
    // anything.map(() => '?'): the list holds what the callback returns, whatever `anything` holds
    if (method === 'map' && node.arguments.length === 1) {
      const callback = node.arguments[0];
      if (ts.isArrowFunction(callback) && !ts.isBlock(callback.body))
        return isBuilt(source, callback.body, seen, why);
    }
  }
  if (ts.isIdentifier(node)) {
    const key = `${source.file}:${node.text}`;
    if (seen.has(key)) return true;
    seen.add(key);
    const local = valuesOf(source, node.text, source.ast);
    if (local) return local.every((value) => isBuilt(source, value, seen, why));
    const passed = argumentsFor(source, node);
    if (passed?.length) return passed.every((value) => isBuilt(source, value, seen, why));
    const constant = constants.get(node.text);
    if (constant) return isBuilt(source, constant, seen, why);
  }
  why.push(`${squeeze(node.getText())} (line ${line(source, node)}) is not built from literals`);
  return false;
}

interface Finding {
  file: string;
  line: number;
  expression: string;
  problem: string;
}

function scan(): { findings: Finding[]; trustedSeen: Set<string>; interpolations: number } {
  const findings: Finding[] = [];
  const trustedSeen = new Set<string>();
  let interpolations = 0;
  for (const source of sources) {
    walk(source.ast, (node) => {
      if (ts.isTemplateExpression(node) && isSqlTemplate(node)) {
        for (const span of node.templateSpans) {
          interpolations += 1;
          const expression = squeeze(span.expression.getText());
          const trusted = TRUSTED.find(
            (entry) => entry.file === source.file && entry.expression === expression,
          );
          if (trusted) {
            trustedSeen.add(`${trusted.file}:${trusted.expression}`);
            continue;
          }
          const why: string[] = [];
          if (!isBuilt(source, span.expression, new Set(), why))
            findings.push({
              file: source.file,
              line: line(source, span.expression),
              expression,
              problem: `interpolated into SQL: ${why[0]}`,
            });
        }
      }
      if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
        const sides = [node.left, node.right].filter(
          (side) => ts.isStringLiteral(side) || ts.isNoSubstitutionTemplateLiteral(side),
        ) as (ts.StringLiteral | ts.NoSubstitutionTemplateLiteral)[];
        if (sides.some((side) => SQL_WORDS.test(side.text)))
          findings.push({
            file: source.file,
            line: line(source, node),
            expression: squeeze(node.getText()).slice(0, 80),
            problem: 'SQL built with +',
          });
      }
      // a query call whose SQL is neither a literal nor a checked template nor a name
      if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
        const first = node.arguments[0];
        if (
          first &&
          SQL_METHODS.has(node.expression.name.text) &&
          ts.isBinaryExpression(first) &&
          first.operatorToken.kind === ts.SyntaxKind.PlusToken
        )
          findings.push({
            file: source.file,
            line: line(source, first),
            expression: squeeze(first.getText()).slice(0, 80),
            problem: 'query text concatenated with +',
          });
      }
      // whatever is pushed onto a WHERE list is SQL text too
      const list = pushedOnto(node);
      if (list && FRAGMENT_LISTS.has(list) && !ts.isTemplateExpression(node)) {
        const why: string[] = [];
        if (!isBuilt(source, node as ts.Expression, new Set(), why))
          findings.push({
            file: source.file,
            line: line(source, node),
            expression: squeeze(node.getText()),
            problem: `pushed onto ${list}: ${why[0]}`,
          });
      }
    });
  }
  return { findings, trustedSeen, interpolations };
}

describe('every SQL statement in src/store is parameterised (static check)', () => {
  const result = scan();

  it('reads the store sources and finds the interpolations it must judge', () => {
    expect(sources.length).toBeGreaterThan(10);
    // the store does build SQL with ${…} (placeholder lists, WHERE fragments, dialect types): a scan
    // finding none would mean the scan is broken, not that the code is clean
    expect(result.interpolations).toBeGreaterThan(15);
  });

  it('interpolates nothing into SQL but code-built text and the listed, justified names', () => {
    const report = result.findings.map((f) => `${f.file}:${f.line}: \${${f.expression}} ${f.problem}`);
    expect(report).toEqual([]);
  });

  it('lists no exception that no longer exists (the TRUSTED list stays exact)', () => {
    const stale = TRUSTED.filter((entry) => !result.trustedSeen.has(`${entry.file}:${entry.expression}`));
    expect(stale).toEqual([]);
  });

  it('the check itself catches a value interpolated into SQL, concatenation, and unbuilt WHERE fragments', () => {
    const bad = ts.createSourceFile(
      'bad.ts',
      `
      const where: string[] = [];
      export async function find(db: any, name: string, id: string) {
        where.push(\`s.name = '\${name}'\`);
        where.push(name);
        await db.all(\`SELECT * FROM t WHERE id = \${id}\`);
        await db.all('SELECT * FROM t WHERE id = ' + id);
        const ok = [id].map(() => '?').join(', ');
        await db.all(\`SELECT * FROM t WHERE id IN (\${ok}) AND \${where.join(' AND ')}\`, [id]);
      }`,
      ts.ScriptTarget.ES2022,
      true,
    );
    const saved = sources.splice(0, sources.length, { file: 'bad.ts', ast: bad });
    try {
      const found = scan().findings.map(
        (finding) => `${finding.line}: ${finding.expression}: ${finding.problem}`,
      );
      expect(found.some((text) => /^4: name: interpolated/.test(text))).toBe(true);
      expect(found.some((text) => /^5: name: pushed onto where/.test(text))).toBe(true);
      expect(found.some((text) => /^6: id: interpolated/.test(text))).toBe(true);
      expect(found.some((text) => /^7: .*SQL built with \+/.test(text))).toBe(true);
      expect(found.some((text) => /^7: .*concatenated with \+/.test(text))).toBe(true);
      // the WHERE list is tainted by the two pushes above, so joining it is reported as well
      expect(found.some((text) => /^9: where\.join/.test(text))).toBe(true);
      expect(found.some((text) => /^9: ok:/.test(text))).toBe(false);
    } finally {
      sources.splice(0, sources.length, ...saved);
    }
  });

  it.each(['a;DROP TABLE statements', 'public, pg_catalog', "x' OR '1'='1", 'Upper', 'a b', 'x'.repeat(64)])(
    'refuses the --db schema %j (the one value the store interpolates as an identifier)',
    (schema) => {
      expect(() => splitSchema(`postgres://u@127.0.0.1/db?schema=${encodeURIComponent(schema)}`)).toThrow(
        /Invalid schema/,
      );
    },
  );
});

const dir = mkdtempSync(join(tmpdir(), 'onrecord-sql-parameters-'));
const postgres = await storeTestDatabase();
const postgresSkip = 'unavailable' in postgres ? postgres.unavailable : null;
if (postgresSkip && readConfig().ci) throw new Error(`CI=true but ${postgresSkip}`);
if (postgresSkip) console.warn(`sql-parameters: PostgreSQL case skipped: ${postgresSkip}`);
const SCHEMA = `sqlparams_${process.pid}`;
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  if (!postgresSkip) await dropSchemas((postgres as { url: string }).url, SCHEMA);
});

/** Where each backend keeps the record, and how to open a raw driver on it. */
const BACKENDS = [
  {
    name: 'SQLite',
    skip: null,
    location: async () => join(dir, 'payloads.db'),
    objects: `SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger', 'index') ORDER BY name`,
  },
  {
    name: 'PostgreSQL',
    skip: postgresSkip,
    location: () => resetSchema((postgres as { url: string }).url, SCHEMA),
    objects: `SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema()
              UNION ALL SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() ORDER BY name`,
  },
];

describe.each(BACKENDS)('SQL-injection payloads on a real $name store come back verbatim', (backend) => {
  const PAYLOADS = [
    "'); DROP TABLE statements; --",
    '" OR 1=1 --',
    "Robert'); DELETE FROM articles WHERE ('1'='1",
    "x' UNION SELECT name, sql FROM sqlite_master --",
    "1; UPDATE people SET name = 'pwned'; --",
    '%_\\ LIKE wildcards',
    '$1 ?1 :name @p placeholders',
    'NEAR(a b) AND "quoted" OR body:* -excluded ^start',
  ];

  /** One article per payload: the payload is the quote, the speaker, the id, the title and the outlet. */
  function articleFor(payload: string, index: number): { article: Article; statements: Statement[] } {
    const quote = `"${payload} is what I said"`;
    const text = `${quote}, ${payload} told reporters on Friday. Nothing else happened in story ${index}.`;
    const start = 0;
    const mentionStart = quote.length + 2;
    const article: Article = {
      id: `${payload}#${index}`,
      text,
      title: payload,
      published: '2024-11-30',
      url: `https://example.org/${encodeURIComponent(payload)}`,
      outlet: payload,
      byline: payload,
      language: 'en',
      source: payload,
    };
    const statement: Statement = {
      kind: 'direct',
      quote: { start, end: quote.length, text: quote },
      speaker: {
        name: payload,
        kind: 'person',
        mention: { start: mentionStart, end: mentionStart + payload.length, text: payload },
        title: payload,
      },
      cue: {
        start: mentionStart + payload.length + 1,
        end: mentionStart + payload.length + 5,
        text: 'told',
        lemma: 'tell',
      },
      venue: { text: payload },
      saidOn: { from: '2024-11-29', to: '2024-11-29', text: 'on Friday', basis: 'relative' },
      confidence: 0.9,
    };
    return { article, statements: [statement] };
  }

  async function rawDriver(location: string): Promise<SqlDriver> {
    return isPostgresLocation(location) ? openPostgresDriver(location) : openSqliteDriver(location);
  }

  async function tablesOf(location: string): Promise<string[]> {
    const driver = await rawDriver(location);
    try {
      const rows = await driver.all<{ name: string }>(backend.objects);
      return rows.map((row) => row.name);
    } finally {
      await driver.close();
    }
  }

  it.skipIf(backend.skip !== null)(
    'saves, reads, searches and filters with payloads everywhere; the tables stay intact',
    async () => {
      const file = await backend.location();
      const store = await openStore(file);
      let tablesBefore: string[] = [];
      try {
        tablesBefore = await tablesOf(file);
        expect(tablesBefore).toEqual(expect.arrayContaining(['articles', 'statements', 'people', 'shifts']));
        const saved = [];
        for (const [index, payload] of PAYLOADS.entries()) {
          const input = articleFor(payload, index);
          const result = await store.saveArticle(input);
          expect(result.status).toBe('new');
          saved.push({ payload, articleId: result.articleId, input });
        }
        for (const { payload, articleId, input } of saved) {
          expect(articleId).toBe(input.article.id);
          const article = await store.getArticle(articleId);
          expect(article).not.toBeNull();
          expect(article!.text).toBe(input.article.text);
          expect(article!.title).toBe(payload);
          expect(article!.outlet).toBe(payload);
          expect(article!.byline).toBe(payload);
          expect(article!.statements).toHaveLength(1);
          const [statement] = article!.statements;
          expect(statement.quote.text).toBe(input.statements[0].quote.text);
          expect(statement.speaker.name).toBe(payload);
          expect(statement.venue?.text).toBe(payload);
          expect(await store.getStatement(statement.id)).toMatchObject({
            quote: { text: statement.quote.text },
          });

          // the payload as a full-text query, a speaker filter and an outlet filter finds its own statement
          const byText = await store.searchStatements({ q: payload, limit: 50 });
          expect(byText.items.map((item) => item.quote.text)).toContain(statement.quote.text);
          const bySpeaker = await store.searchStatements({ speaker: payload, limit: 50 });
          expect(bySpeaker.items.map((item) => item.quote.text)).toContain(statement.quote.text);
          const byOutlet = await store.searchStatements({ outlet: payload, limit: 50 });
          expect(byOutlet.items.map((item) => item.quote.text)).toEqual([statement.quote.text]);
          const byArticle = await store.searchStatements({ articleId, limit: 50 });
          expect(byArticle.items).toHaveLength(1);

          // every other way a string reaches SQL: nothing matches, nothing throws
          await expect(
            store.searchStatements({ topic: payload, kind: 'direct', from: payload }),
          ).resolves.toMatchObject({
            items: [],
          });
          await expect(store.searchStatements({ speakerId: payload })).resolves.toMatchObject({ items: [] });
          await expect(store.getStatement(payload)).resolves.toBeNull();
          await expect(store.getPerson(payload)).resolves.toBeNull();
          await expect(store.listPeople({ q: payload })).resolves.toBeDefined();
          await expect(store.findPeople(payload)).resolves.toBeDefined();
          await expect(store.listTopics({ speakerId: payload })).resolves.toEqual([]);
          await expect(
            store.listShifts({ speaker: payload, topic: payload, since: payload }),
          ).resolves.toEqual([]);
        }

        // the same article again is unchanged (its key was read back by a parameterised lookup)
        const again = await store.saveArticle(articleFor(PAYLOADS[0], 0));
        expect(again.status).toBe('unchanged');
        const counts = await store.counts();
        expect(counts.articles).toBe(PAYLOADS.length);
        expect(counts.statements + counts.sightings).toBe(PAYLOADS.length);
      } finally {
        await store.close();
      }
      expect(await tablesOf(file)).toEqual(tablesBefore);
      const driver = await rawDriver(file);
      try {
        const rows = await driver.all<{ speaker_name: string }>(
          `SELECT speaker_name FROM statements ORDER BY seq`,
        );
        expect(rows.map((row) => row.speaker_name)).toEqual(PAYLOADS);
      } finally {
        await driver.close();
      }
    },
  );
});
