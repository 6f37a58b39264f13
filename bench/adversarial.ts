import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { extract } from '../src/extract/index.js';

/*
 * Issue 7: the extractor's time must stay linear on hostile text. Builds adversarial inputs of 0.25, 0.5
 * and 1 MB, times extract() on each in a fresh child process (so a runaway input is killed at the timeout
 * instead of hanging the run) and reports wall and CPU milliseconds, MB/s and the growth exponent between
 * the smallest and the largest size: 1.0 is linear, 2.0 quadratic. The exponent uses CPU time, which other
 * load on a shared machine disturbs far less than wall time.
 */

const PUBLISHED = '2024-11-30';

/** A small deterministic generator, so every run measures the same texts. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function fill(size: number, next: (index: number) => string): string {
  const pieces: string[] = [];
  let length = 0;
  for (let index = 0; length < size; index++) {
    const piece = next(index);
    pieces.push(piece);
    length += piece.length;
  }
  return pieces.join('').slice(0, size);
}

const NAMES = [
  'Zelensky',
  'Mark Rutte',
  'the Kremlin',
  'officials',
  'she',
  'he',
  'Mr. Smith',
  'the minister',
];
const VERBS = ['said', 'told reporters', 'added', 'warned', 'insisted', 'denied', 'says', 'acknowledged'];
const WORDS =
  'the war could end if talks resume and troops withdraw from the occupied region by spring'.split(' ');

function words(pick: () => number, count: number): string {
  let out = '';
  for (let index = 0; index < count; index++)
    out += `${index ? ' ' : ''}${WORDS[Math.floor(pick() * WORDS.length)]}`;
  return out;
}

const FIRST_NAMES = ['Matti', 'Oleg', 'Anna', 'Denis', 'Maria', 'Ivan', 'Petra', 'Tomas'];
const SYLLABLES = ['ka', 'lo', 'mer', 'vin', 'dra', 'sel', 'tor', 'bri'];

/** An invented surname, one of 512 ("Kalomer"), so a text names many different people. */
function surname(index: number): string {
  const word = [index, index >> 3, index >> 6].map((part) => SYLLABLES[part % SYLLABLES.length]).join('');
  return word[0].toUpperCase() + word.slice(1);
}

/** Each builder returns a text of `size` UTF-16 code units. */
const INPUTS: Record<string, { what: string; build: (size: number) => string }> = {
  'unbalanced-quotes': {
    what: 'one opening mark never closed every ~100 chars (10,000 per MB), in paragraphs of 20 sentences',
    build: (size) => {
      const pick = random(1);
      const marks = ['"', '\u201c', '\u201d', "'", '\u00ab'];
      return fill(size, (index) => {
        const mark = marks[index % marks.length];
        const end = index % 20 === 19 ? '\n' : ' ';
        return `${NAMES[index % NAMES.length]} ${VERBS[index % VERBS.length]} ${mark}${words(pick, 12)}.${end}`;
      });
    },
  },
  'one-paragraph': {
    what: 'ordinary attributed sentences with quotes, no line break at all',
    build: (size) => {
      const pick = random(2);
      return fill(size, (index) => {
        const name = NAMES[index % NAMES.length];
        const verb = VERBS[index % VERBS.length];
        return index % 3 === 0
          ? `"${words(pick, 10)}," ${name} ${verb} on Friday. `
          : `${name} ${verb} that ${words(pick, 12)}. `;
      });
    },
  },
  'reporting-verbs': {
    what: 'reporting verbs and names only, ~100,000 verbs per MB, no sentence end',
    build: (size) => fill(size, (index) => `${index % 2 ? 'said' : 'told'} ${index % 3 ? 'he' : 'X'} `),
  },
  'nested-quotes': {
    what: 'quotation marks nested thousands deep ("\u2018\u201c\u00ab… he said …\u00bb\u201d\u2019")',
    build: (size) => {
      const depth = Math.floor((size - 20) / 8);
      return `${'"\u2018\u201c\u00ab'.repeat(depth)} he said ${'\u00bb\u201d\u2019"'.repeat(depth)}`.slice(
        0,
        size,
      );
    },
  },
  'quote-storm': {
    what: 'quotation marks only, straight and curly, no words',
    build: (size) => fill(size, (index) => (index % 7 === 6 ? '\u201c' : '"')),
  },
  'split-quote-chain': {
    what: '"…," he said, "…," he said, … chained without end across one paragraph',
    build: (size) =>
      fill(
        size,
        (index) =>
          `"${WORDS[index % WORDS.length]} ${WORDS[(index + 3) % WORDS.length]}," ${NAMES[index % NAMES.length]} said, `,
      ),
  },
  'short-paragraphs': {
    what: 'one-line paragraphs each opening a quote that the next continues (multi-paragraph quotes)',
    build: (size) => {
      const pick = random(3);
      return fill(size, (index) =>
        index % 50 === 0 ? `Zelensky said: "${words(pick, 8)}\n` : `"${words(pick, 8)}\n`,
      );
    },
  },
  'credits-and-quotes': {
    what: 'a quote and a photo credit on every line (many statements and many layout credits)',
    build: (size) => fill(size, (index) => `"We will win ${index}," Zelensky said. (Photo: Jane Doe/AP)\n`),
  },
  rtl: {
    what: 'Hebrew and Arabic with quotes, bidi controls and English cues',
    build: (size) =>
      fill(size, (index) =>
        index % 2
          ? '\u202b\u05e9\u05dc\u05d5\u05dd "\u05d0\u05de\u05e8 \u05d4\u05e9\u05e8" said \u05d4\u05d5\u05d0.\u202c '
          : '\u0642\u0627\u0644 \u0627\u0644\u0631\u0626\u064a\u0633 \u00ab\u0627\u0644\u062d\u0631\u0628\u00bb, he told reporters. ',
      ),
  },
  'long-labels': {
    what: 'thousands of people named with a long role ("the Ambassador of Velgaria Orsk Matti Kalomer"), each speaking, and "the ambassador said"',
    build: (size) =>
      fill(size, (index) => {
        const [first, other] = [index, index + 3].map((at) => FIRST_NAMES[at % FIRST_NAMES.length]);
        return (
          `The Ambassador of Velgaria Orsk ${first} ${surname(index)} met the Special Envoy to Norland ${other} ` +
          `${surname(index + 7)}, who said the talks went well. "We agreed," the ambassador said. `
        );
      }),
  },
  'role-descriptions': {
    what: 'thousands of presidents introduced, each taken up as "the president" and "the Velgan leader"',
    build: (size) =>
      fill(size, (index) => {
        const name = `${FIRST_NAMES[index % FIRST_NAMES.length]} ${surname(index)}`;
        return `President ${name} spoke. "We ${WORDS[index % WORDS.length]}," the president said. The Velgan leader added that ${WORDS[(index + 3) % WORDS.length]}. `;
      }),
  },
  'titles-alone': {
    what: 'thousands of "The Duchess Anna Kalomer arrived. \u201c…,\u201d the Duchess said."',
    build: (size) =>
      fill(
        size,
        (index) =>
          `The Duchess ${FIRST_NAMES[index % FIRST_NAMES.length]} ${surname(index)} arrived. "We ${WORDS[index % WORDS.length]}," the Duchess said. `,
      ),
  },
  'honorific-first-names': {
    what: 'thousands of people, each "Kalomerka Vinsel arrived. Mr Kalomerka said …" (an honorific before a first name)',
    build: (size) =>
      fill(size, (index) => {
        // (a first word of its own for each person: each name is counted in the text)
        const first =
          surname(index) +
          SYLLABLES[(index >> 9) % SYLLABLES.length] +
          SYLLABLES[(index >> 12) % SYLLABLES.length];
        return `${first} ${surname(index + 100)} arrived. Mr ${first} said the ${words(random(index), 2)}. `;
      }),
  },
  'control-and-surrogates': {
    what: 'control characters, lone surrogates and emoji between quote marks and cues',
    build: (size) => {
      const pick = random(4);
      const pieces = [
        '\u0000',
        '\u0007',
        '\ud800',
        '\udfff',
        '\ud83d\ude00',
        '"',
        '\u201c',
        ' said ',
        '\r',
        '\u200b',
        'x',
      ];
      return fill(size, () => pieces[Math.floor(pick() * pieces.length)]);
    },
  },
};
const INPUT_NAMES = Object.keys(INPUTS);
const USAGE = `usage: node dist/bench/adversarial.js [--sizes 0.25,0.5,1] [--inputs a,b] [--timeout S] [--json]

MB/s is per CPU second of the extracting process.

inputs: ${INPUT_NAMES.join(', ')}
`;

interface Job {
  input: string;
  size: number;
}
interface Timing {
  input: string;
  size: number;
  mb: number;
  /** Best wall-clock and CPU milliseconds over the runs; null when the input timed out or failed. */
  ms: number | null;
  cpuMs: number | null;
  runs: number;
  statements: number;
  error?: string;
}

const RESULT_PREFIX = 'ADVERSARIAL-RESULT ';

/** In the child: build the input, warm up on a small slice, then time whole runs (best of up to 3). */
function measure(job: Job): Timing {
  const text = INPUTS[job.input].build(job.size);
  const mb = Buffer.byteLength(text, 'utf8') / 1e6;
  const article = (body: string) => ({ id: job.input, text: body, published: PUBLISHED });
  extract(article(text.slice(0, 10_000)), { published: PUBLISHED });
  let best = Infinity;
  let bestCpu = Infinity;
  let statements = 0;
  let runs = 0;
  const started = performance.now();
  while (runs < 3 && (runs === 0 || performance.now() - started < 3000)) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    statements = extract(article(text), { published: PUBLISHED }).length;
    best = Math.min(best, performance.now() - start);
    const used = process.cpuUsage(cpu);
    bestCpu = Math.min(bestCpu, (used.user + used.system) / 1000);
    runs++;
  }
  return { input: job.input, size: job.size, mb, ms: best, cpuMs: bestCpu, runs, statements };
}

function runInChild(job: Job, timeoutMs: number): Promise<Timing> {
  const failed = (error: string): Timing => ({
    ...job,
    mb: job.size / 1e6,
    ms: null,
    cpuMs: null,
    runs: 0,
    statements: 0,
    error,
  });
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--job', JSON.stringify(job)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    let timedOut = false;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => (output += chunk));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      const line = output.split('\n').find((text) => text.startsWith(RESULT_PREFIX));
      if (timedOut) resolve(failed(`over ${timeoutMs / 1000} s`));
      else if (!line) resolve(failed(`exited with code ${code}`));
      else resolve(JSON.parse(line.slice(RESULT_PREFIX.length)) as Timing);
    });
  });
}

/** log(t_large / t_small) / log(size_large / size_small): 1 is linear, 2 quadratic. */
function exponent(rows: Timing[]): number | null {
  const timed = rows.filter((row) => row.cpuMs !== null && row.cpuMs > 0);
  if (timed.length < 2) return null;
  const [small, large] = [timed[0], timed[timed.length - 1]];
  return Math.log(large.cpuMs! / small.cpuMs!) / Math.log(large.size / small.size);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '0.25,0.5,1' },
      inputs: { type: 'string', default: INPUT_NAMES.join(',') },
      timeout: { type: 'string', default: '120' },
      json: { type: 'boolean', default: false },
      job: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.job) {
    process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(measure(JSON.parse(values.job) as Job))}\n`);
    return;
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return;
  }
  const sizes = values.sizes.split(',').map((mb) => Math.round(Number(mb) * 1_000_000));
  const inputs = values.inputs.split(',');
  const unknown = inputs.filter((name) => !INPUTS[name]);
  if (unknown.length > 0 || sizes.some((size) => !(size > 0))) {
    process.stderr.write(
      `Unknown input ${unknown.join(', ') || '(none)'} or bad --sizes "${values.sizes}"\n`,
    );
    process.stderr.write(USAGE);
    process.exitCode = 2;
    return;
  }
  const timeoutMs = Number(values.timeout) * 1000;
  const report: { input: string; what: string; rows: Timing[]; exponent: number | null }[] = [];
  for (const input of inputs) {
    const rows: Timing[] = [];
    for (const size of sizes) {
      const timing = await runInChild({ input, size }, timeoutMs);
      rows.push(timing);
      if (!values.json) {
        const time = timing.ms === null ? timing.error : `${timing.ms.toFixed(0)} ms`;
        const cpu = timing.cpuMs === null ? '-' : `${timing.cpuMs.toFixed(0)} ms cpu`;
        const rate = timing.cpuMs ? `${(timing.mb / (timing.cpuMs / 1000)).toFixed(2)} MB/s` : '-';
        process.stdout.write(
          `${input.padEnd(24)} ${(size / 1e6).toFixed(2).padStart(5)} MB  ${String(time).padStart(10)}  ${cpu.padStart(12)}  ${rate.padStart(11)}  ${timing.statements} statements\n`,
        );
      }
      if (timing.ms === null) break; // larger sizes would only time out too
    }
    const growth = exponent(rows);
    report.push({ input, what: INPUTS[input].what, rows, exponent: growth });
    if (!values.json) {
      const failed = rows.some((row) => row.cpuMs === null);
      const verdict = failed
        ? 'TIMED OUT'
        : growth === null
          ? 'n/a'
          : growth > 1.3
            ? 'SUPER-LINEAR'
            : 'linear';
      process.stdout.write(`${''.padEnd(24)} growth exponent ${growth?.toFixed(2) ?? '-'} (${verdict})\n`);
    }
  }
  if (values.json) process.stdout.write(`${JSON.stringify({ published: PUBLISHED, report }, null, 2)}\n`);
  else {
    const bad = report.filter(
      (entry) => (entry.exponent ?? 0) > 1.3 || entry.rows.some((row) => row.cpuMs === null),
    );
    process.stdout.write(
      bad.length === 0
        ? 'All inputs scale linearly (exponent <= 1.3).\n'
        : `Super-linear or timed out: ${bad.map((entry) => entry.input).join(', ')}\n`,
    );
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`adversarial benchmark failed: ${String(error)}\n`);
  process.exitCode = 1;
});
