#!/usr/bin/env node
// Builds sample/ (the bundled sample corpus) from ../shared/corpora/free: every Wikinews article
// (CC BY 2.5), the president.gov.ua items richest in attributed quotes and in NATO / negotiation talk,
// and the en.kremlin.ru items with the most reported speech (both CC BY 4.0). Deterministic: the same
// inputs give byte-identical outputs. Usage: node scripts/build-sample.mjs [SHARED_DIR]
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const projectDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sharedDir = resolve(process.argv[2] ?? process.env.ONRECORD_SHARED ?? join(projectDir, '..', 'shared'));
const freeDir = join(sharedDir, 'corpora', 'free');
const UKRAINE = 150;
const KREMLIN = 50;

function readJsonl(file) {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line));
}

function count(text, pattern) {
  return (text.match(pattern) ?? []).length;
}

/** Quotes with a speaker, and the topics the shift detector knows, make a good demo. */
function score(item) {
  const text = item.text;
  const said = count(text, /\b(said|says|stated|noted|stressed|emphasized|told|added)\b/g);
  const quoted = count(text, /"[^"]{20,}"/g);
  const topics = count(
    text,
    /\b(NATO|negotiat\w*|ceasefire|cease-fire|territor\w*|security guarantees?|sanctions|neutral\w*|membership)\b/gi,
  );
  return Math.min(said, 8) + Math.min(quoted, 10) + Math.min(topics, 8) * 0.75;
}

function pickTop(items, n) {
  return items
    .filter((item) => item.text.length >= 400 && item.text.length <= 30_000)
    .map((item) => ({ item, score: score(item) }))
    .sort((a, b) => b.score - a.score || a.item.id.localeCompare(b.item.id))
    .slice(0, n)
    .map(({ item }) => item)
    .sort((a, b) => a.published.localeCompare(b.published) || a.id.localeCompare(b.id));
}

const wikinews = readJsonl(join(freeDir, 'gum_wikinews', 'articles.jsonl'));
const presidential = readJsonl(join(freeDir, 'ua_president_kremlin', 'articles.jsonl'));
const ukraine = pickTop(
  presidential.filter((item) => item.url.includes('president.gov.ua')),
  UKRAINE,
);
const kremlin = pickTop(
  presidential.filter((item) => item.url.includes('kremlin.ru')),
  KREMLIN,
);

const OUTLETS = {
  wikinews: 'Wikinews',
  ukraine: 'President of Ukraine (president.gov.ua)',
  kremlin: 'President of Russia (en.kremlin.ru)',
};

const records = [
  ...wikinews
    .slice()
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((item) => ({ ...item, outlet: OUTLETS.wikinews, origin: 'wikinews' })),
  ...ukraine.map((item) => ({ ...item, outlet: OUTLETS.ukraine, origin: 'ukraine' })),
  ...kremlin.map((item) => ({ ...item, outlet: OUTLETS.kremlin, origin: 'kremlin' })),
].map((item) => ({
  id: item.id,
  title: item.title,
  published: item.published,
  url: item.url,
  outlet: item.outlet,
  text: item.text,
  license: item.origin === 'wikinews' ? 'CC BY 2.5' : 'CC BY 4.0',
  attribution: item.attribution,
}));

const outDir = join(projectDir, 'sample');
mkdirSync(outDir, { recursive: true });
const jsonl = records.map((record) => JSON.stringify(record)).join('\n') + '\n';
writeFileSync(join(outDir, 'articles.jsonl.gz'), gzipSync(jsonl, { level: 9 }));

const list = (origin) =>
  records
    .filter((record) => record.outlet === OUTLETS[origin])
    .map((record) => `- ${record.title.replace(/\s+/g, ' ').trim()}: <${record.url}>`)
    .join('\n');

writeFileSync(
  join(outDir, 'README.md'),
  `# The onrecord sample corpus

\`articles.jsonl.gz\`: ${records.length} news articles and official readouts, one JSON object per line
(\`id, title, published, url, outlet, text, license, attribution\`), ${(jsonl.length / 1e6).toFixed(1)} MB unpacked.
\`onrecord sample\` ingests it into a fresh SQLite file and serves it; \`onrecord ingest sample/articles.jsonl.gz\`
does the ingest alone. Built by \`node scripts/build-sample.mjs\` from ../shared/corpora/free (deterministic).

| part | items | source | licence |
|---|---|---|---|
| Wikinews | ${wikinews.length} | every Wikinews article of the GUM corpus (news and interviews, 2006–2023) | [CC BY 2.5](https://creativecommons.org/licenses/by/2.5/) |
| President of Ukraine | ${ukraine.length} | president.gov.ua/en press releases and addresses, 2021-10 to 2022-06, the ${UKRAINE} richest in attributed quotes and in NATO, negotiation, territory and ceasefire talk | [CC BY 4.0](https://creativecommons.org/licenses/by/4.0/) |
| President of Russia | ${kremlin.length} | en.kremlin.ru news items of the same months with the most reported speech | [CC BY 4.0](https://creativecommons.org/licenses/by/4.0/) |

## Attribution

- Wikinews articles: text from **Wikinews** (https://en.wikinews.org), under the Creative Commons Attribution
  2.5 licence (https://creativecommons.org/licenses/by/2.5/). The text is as annotated in the GUM corpus
  (UniversalDependencies/UD_English-GUM, commit afb41ee9): images and captions dropped, the dateline
  moved out of the text; Wikinews boilerplate (sources, related news) may be missing.
- President of Ukraine items: © **Office of the President of Ukraine, president.gov.ua**, under Creative
  Commons Attribution 4.0 (https://creativecommons.org/licenses/by/4.0/), as scraped in 2022 by
  PeiYiZhuo/zelenskyy-putin. **Changed**: paragraphs joined with spaces and curly quotes straightened by
  that scraper. The licence evidence for president.gov.ua is secondary (Wikimedia Commons credits it as
  CC BY 4.0; Ukrainian law also excludes official news from copyright); check the site's footer before
  redistributing further.
- President of Russia items: © **Kremlin.ru** (Presidential Executive Office of Russia, en.kremlin.ru),
  under Creative Commons Attribution 4.0 (https://creativecommons.org/licenses/by/4.0/). **Changed**:
  paragraphs joined, quotes straightened, linked biography text removed, the lead summary put in front.
  These are official state communications, not independent journalism.
- Every line of \`articles.jsonl.gz\` carries its own \`license\`, \`attribution\` and \`url\`.
- Not included: the seed story (UPI, copyrighted) and the news corpora of ../shared (not redistributable).

## Items

### Wikinews (CC BY 2.5)

${list('wikinews')}

### President of Ukraine, president.gov.ua (CC BY 4.0)

${list('ukraine')}

### President of Russia, en.kremlin.ru (CC BY 4.0)

${list('kremlin')}
`,
);
console.log(
  `sample/articles.jsonl.gz: ${records.length} articles (${wikinews.length} Wikinews, ${ukraine.length} president.gov.ua, ${kremlin.length} kremlin.ru), ${(jsonl.length / 1e6).toFixed(2)} MB unpacked`,
);
