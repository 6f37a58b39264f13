import { describe, expect, it } from 'vitest';
import { extract } from '../extract/index.js';
import type { Shift, StatementRecord } from '../model/ledger.js';
import type { SaidOn, StatementKind } from '../model/statement.js';
import { frameText } from './frame.js';
import { detectShifts } from './shifts.js';
import { toStatementRecords } from './statement-records.js';

// Statements written for these tests: one invented speaker, invented outlets.
let counter = 0;
function record(
  text: string,
  saidOn: SaidOn | null,
  options: { article?: string; kind?: StatementKind; venue?: string; frame?: boolean } = {},
): StatementRecord {
  counter++;
  return {
    id: `s${counter}`,
    articleId: options.article ?? `a${counter}`,
    personId: 'p1',
    published: saidOn?.to ?? null,
    outlet: 'Example Wire',
    articleTitle: null,
    frame: options.frame === false ? null : frameText(text),
    sightings: 0,
    kind: options.kind ?? 'indirect',
    quote: { start: 0, end: text.length, text },
    speaker: { name: 'Ana Petrenko', kind: 'person', mention: null },
    cue: null,
    venue: options.venue ? { text: options.venue } : null,
    saidOn,
    confidence: 0.9,
  };
}
const on = (date: string): SaidOn => ({ from: date, to: date, text: date, basis: 'explicit' });
const before = (date: string): SaidOn => ({ from: '', to: date, text: 'previously', basis: 'before' });

describe('detectShifts', () => {
  it('finds the turn from "would not cede" to "might cede" with a condition, earlier back-reference first', () => {
    const later = record(
      'she might be willing to cede occupied districts in exchange for a security guarantee',
      on('2024-03-08'),
      { article: 'x', venue: 'Radio Example' },
    );
    const earlier = record('she would not cede any territory', before('2024-03-09'), { article: 'x' });
    const shifts = detectShifts([later, earlier]);
    expect(shifts).toHaveLength(1);
    const [shift] = shifts;
    expect(shift.topic).toBe('cede-territory');
    expect(shift.earlier.statementId).toBe(earlier.id);
    expect(shift.later.statementId).toBe(later.id);
    expect(shift.relation).toBe('condition');
    expect(shift.reason).toBe(
      'said she would not cede any territory (before 2024-03-09, Example Wire); now might be willing to cede occupied districts in exchange for a security guarantee (2024-03-08, Example Wire, to Radio Example)',
    );
    expect(shift.confidence).toBeGreaterThan(0.7);
  });

  it('reports nothing when the stance holds', () => {
    const shifts = detectShifts([
      record('We will never give up our land.', on('2023-01-10')),
      record('Ukraine refused to hand over the region.', on('2023-05-10')),
      record('He said talks were possible.', on('2023-05-11')),
    ]);
    expect(shifts).toEqual([]);
  });

  it('ignores a contradiction inside one article unless one side is a back-reference', () => {
    const shifts = detectShifts([
      record('We will never give up our land.', on('2023-01-10'), { article: 'same' }),
      record('We might cede some land.', on('2023-01-10'), { article: 'same' }),
    ]);
    expect(shifts).toEqual([]);
  });

  it('frames statements stored without a frame, and orders by the day said', () => {
    const shifts = detectShifts([
      record('Sanctions could be lifted soon.', on('2023-06-01'), { frame: false }),
      record('The allies must not lift sanctions.', on('2022-04-01'), { frame: false, kind: 'direct' }),
    ]);
    expect(shifts).toHaveLength(1);
    expect(shifts[0].earlier.text).toBe('The allies must not lift sanctions.');
    expect(shifts[0].relation).toBe('modality');
  });

  it('skips statements it cannot date and repeated copies of one quote', () => {
    const shifts = detectShifts([
      record('We will never give up our land.', null),
      record('We will never give up our land.', on('2023-01-01')),
      record('We will never give up our land!', on('2023-02-01')),
    ]);
    expect(shifts).toEqual([]);
  });
});

describe('detectShifts without dates', () => {
  it('still orders a back-reference before its article, and compares nothing across undated articles', () => {
    const undated = (text: string, article: string, saidOn: SaidOn | null) => ({
      ...record(text, saidOn, { article }),
      published: null,
    });
    const previously: SaidOn = { from: '', to: '', text: 'previously', basis: 'before' };
    const inOne = detectShifts([
      undated('she might be willing to cede occupied districts', 'u1', null),
      undated('she would not cede any territory', 'u1', previously),
    ]);
    expect(inOne).toHaveLength(1);
    expect(inOne[0].earlier.text).toBe('she would not cede any territory');
    expect(inOne[0].reason).toBe(
      'said she would not cede any territory (before the report, Example Wire); now might be willing to cede occupied districts (undated, Example Wire)',
    );
    expect(
      detectShifts([
        undated('she would not cede any territory', 'u2', null),
        undated('she might be willing to cede occupied districts', 'u3', null),
      ]),
    ).toEqual([]);
  });
});

describe('detectShifts precision rules', () => {
  it('does not pair different acts on one topic', () => {
    const shifts = detectShifts([
      record('We will lift sanctions on our own citizens who defend the state.', on('2022-02-24'), {
        kind: 'direct',
      }),
      record('I want tougher sanctions against the aggressor.', on('2022-04-21'), { kind: 'direct' }),
    ]);
    expect(shifts).toEqual([]);
  });

  it('does not count a reported fact as a position', () => {
    const shifts = detectShifts([
      record('the government lifted sanctions on the pipeline last year', on('2022-02-17')),
      record('the government must not lift sanctions', on('2022-05-02')),
    ]);
    expect(shifts).toEqual([]);
  });

  it('does not take a conditional refusal as the old position', () => {
    const shifts = detectShifts([
      record('We will not negotiate until the troops leave.', on('2022-03-01')),
      record('We are ready to negotiate.', on('2022-09-01')),
    ]);
    expect(shifts).toEqual([]);
  });
});

// Short stories written for these tests: invented people, countries and outlets, run through the whole
// extractor, so each rule is checked on sentences as news writes them.
interface Story {
  published: string;
  text: string;
  /** Extract with stances (no words quoted) reported too, as `onrecord extract --stances` prints them. */
  stances?: boolean;
}

function shiftsIn(stories: Story[]): Shift[] {
  const records = stories.flatMap((story, index) => {
    const id = `story-${index + 1}`;
    const statements = extract(
      { id, text: story.text, published: story.published },
      { stances: story.stances ?? false },
    );
    // One person per surname: enough to join "Marta Kowalczyk" and "Kowalczyk" across these stories.
    return toStatementRecords(
      statements,
      story.text,
      { id, published: story.published, outlet: 'Example Wire' },
      (statement) => statement.speaker.name.split(' ').at(-1) ?? null,
    );
  });
  const byPerson = new Map<string, StatementRecord[]>();
  for (const item of records) {
    const key = item.personId ?? item.speaker.name;
    byPerson.set(key, [...(byPerson.get(key) ?? []), item]);
  }
  return [...byPerson.values()].flatMap((list) => detectShifts(list));
}

interface Expected {
  count: number;
  person?: string;
  topic?: string;
  relation?: Shift['relation'];
  earlierBasis?: SaidOn['basis'];
  earlier?: RegExp;
  later?: RegExp;
  reason?: RegExp;
}

const NEVER_SEND =
  'Marta Kowalczyk, the Freedonian defence minister, said on Monday that Freedonia would never send troops to Sylvania.';

const storyCases: [string, Story[], Expected][] = [
  [
    'what "no one" wants is no one\'s position: "No one wants to negotiate with them" then "ready to negotiate"',
    [
      {
        published: '2023-03-01',
        text: '"It is hard. No one wants to negotiate with those who shelled our towns," Marta Kowalczyk said on Monday.',
      },
      {
        published: '2023-09-12',
        text: 'Marta Kowalczyk said on Tuesday that Freedonia was ready to negotiate with the rebels.',
      },
    ],
    { count: 0 },
  ],
  [
    "a thing's stance in the speaker's words is not the speaker's position: \"the report did not rule out\"",
    [
      {
        published: '2023-03-01',
        text: 'Marta Kowalczyk said on Monday that she would rule out a ceasefire in the winter.',
      },
      {
        published: '2023-09-12',
        text: 'Marta Kowalczyk said on Tuesday that the report did not rule out a ceasefire in the winter.',
      },
    ],
    { count: 0 },
  ],
  [
    'a pronoun for a thing ("That could …") is not the speaker either',
    [
      {
        published: '2023-03-01',
        text: 'Marta Kowalczyk said on Monday that Freedonia should avoid sending troops to Sylvania.',
      },
      {
        published: '2023-09-12',
        text: '"That could send troops to Sylvania within a week," Marta Kowalczyk said on Tuesday of the plan.',
      },
    ],
    { count: 0 },
  ],
  [
    'a reversal across two articles: one shift, earlier first',
    [
      { published: '2023-03-01', text: NEVER_SEND },
      {
        published: '2023-09-12',
        text: 'Freedonian defence minister Marta Kowalczyk said on Tuesday that Freedonia would send troops to Sylvania.',
      },
    ],
    {
      count: 1,
      person: 'Marta Kowalczyk',
      topic: 'troops-to-ukraine',
      relation: 'polarity',
      earlier: /would never send troops/,
      later: /would send troops/,
    },
  ],
  [
    'the same position repeated: none',
    [
      { published: '2023-03-01', text: NEVER_SEND },
      {
        published: '2023-09-12',
        text: 'Kowalczyk told the Daily Example on Tuesday that Freedonia would not send troops to Sylvania.',
      },
    ],
    { count: 0 },
  ],
  [
    'different topics: none',
    [
      { published: '2023-03-01', text: NEVER_SEND },
      {
        published: '2023-09-12',
        text: 'Marta Kowalczyk said on Tuesday that Freedonia would impose sanctions on Sylvania.',
      },
    ],
    { count: 0 },
  ],
  [
    'a back-reference ("previously said") is the earlier statement, dated before the article',
    [
      {
        published: '2024-03-09',
        text:
          'Marta Kowalczyk said on Friday she might be willing to send troops to Sylvania. ' +
          'She had previously said that Freedonia would never send troops abroad.',
      },
    ],
    {
      count: 1,
      relation: 'modality',
      earlierBasis: 'before',
      earlier: /would never send troops abroad/,
      later: /might be willing to send troops/,
    },
  ],
  [
    'a back-reference with "had earlier said" and a position that became impossible',
    [
      {
        published: '2023-04-29',
        text: 'Marta Kowalczyk said on Friday she was still open to peace talks with the rebels.',
      },
      {
        published: '2024-06-20',
        text:
          'Marta Kowalczyk rejected the plan on Sunday, calling it unworkable. ' +
          'Kowalczyk had earlier said that negotiations with the rebels were impossible.',
      },
    ],
    {
      count: 1,
      topic: 'peace-talks',
      relation: 'polarity',
      later: /negotiations with the rebels were impossible/,
    },
  ],
  [
    'a verdict on the topic against an act on it: "ready to negotiate" become "no negotiations"',
    [
      {
        published: '2023-02-01',
        text: 'Marta Kowalczyk said on Tuesday she was ready to negotiate with the rebels.',
      },
      {
        published: '2023-07-15',
        text: '"There will be no negotiations with the rebels," Marta Kowalczyk told the Daily Example on Friday.',
      },
    ],
    { count: 1, topic: 'peace-talks', relation: 'polarity', later: /no negotiations/ },
  ],
  [
    'an idiom as the verdict: "off the table"',
    [
      { published: '2023-03-01', text: NEVER_SEND },
      {
        published: '2023-09-12',
        text: 'Marta Kowalczyk said on Tuesday that sending troops to Sylvania was no longer off the table.',
      },
    ],
    { count: 1, topic: 'troops-to-ukraine' },
  ],
  [
    'a refusal in the cue ("refused to send troops") turned into a promise',
    [
      {
        published: '2023-03-01',
        text: 'Marta Kowalczyk on Monday refused to send troops to Sylvania.',
        // a stance (no words quoted): a statement only when stances are reported
        stances: true,
      },
      {
        published: '2023-09-12',
        text: 'Marta Kowalczyk said on Tuesday that Freedonia would send troops to Sylvania.',
      },
    ],
    {
      count: 1,
      topic: 'troops-to-ukraine',
      relation: 'polarity',
      earlier: /^to send troops/,
      reason:
        /^refused to send troops to Sylvania \(2023-02-27, Example Wire\); now Freedonia would send troops/,
    },
  ],
  [
    'a refusal repeated: "rejected calls for sanctions" then "would not impose sanctions"',
    [
      {
        published: '2023-03-01',
        text: 'Marta Kowalczyk on Monday rejected calls to impose sanctions on Sylvania.',
      },
      {
        published: '2023-09-12',
        text: 'Marta Kowalczyk said on Tuesday that Freedonia would not impose sanctions on Sylvania.',
      },
    ],
    { count: 0 },
  ],
  [
    'a comparative condition ("the more …, there will be no …") is no refusal to turn from',
    [
      {
        published: '2023-02-01',
        text: '"The more attacks we see, the less chance there is of talks. There will be no negotiations with the rebels," Marta Kowalczyk said on Tuesday.',
      },
      {
        published: '2023-07-15',
        text: 'Marta Kowalczyk said on Friday she was ready to negotiate with the rebels.',
      },
    ],
    { count: 0 },
  ],
  [
    'a means narrows the act: ruling out "by force" is not ruling out the end',
    [
      {
        published: '2023-02-01',
        text: 'Marta Kowalczyk said on Tuesday that Freedonia would not retake the northern region by force.',
      },
      {
        published: '2023-07-15',
        text: 'Marta Kowalczyk said on Friday that Freedonia would retake the northern region.',
      },
    ],
    { count: 0 },
  ],
  [
    'categorical against hedged: "will never join" become "might join"',
    [
      { published: '2023-01-10', text: '"We will never join NATO," Marta Kowalczyk said on Monday.' },
      {
        published: '2023-08-22',
        text: 'Marta Kowalczyk said on Monday that Freedonia might join NATO one day.',
      },
    ],
    { count: 1, topic: 'nato-membership', relation: 'modality' },
  ],
  [
    'a new condition with the turn',
    [
      { published: '2023-03-01', text: NEVER_SEND },
      {
        published: '2023-09-12',
        text: 'Marta Kowalczyk said on Tuesday that Freedonia would send troops to Sylvania if the border was attacked.',
      },
    ],
    { count: 1, relation: 'condition', later: /if the border was attacked/ },
  ],
  [
    "somebody else's position in a person's words is not their shift",
    [
      {
        published: '2023-03-01',
        text: '"Freedonia will never send troops to Sylvania, Tomas Berger insists. I disagree," Marta Kowalczyk said on Monday.',
      },
      {
        published: '2023-09-12',
        text: 'Marta Kowalczyk said on Tuesday that Freedonia would send troops to Sylvania.',
      },
    ],
    { count: 0 },
  ],
  [
    'a position given "according to" somebody else is theirs',
    [
      {
        published: '2023-03-01',
        text: 'Marta Kowalczyk said on Monday that, according to Tomas Berger, Freedonia would never send troops to Sylvania.',
      },
      {
        published: '2023-09-12',
        text: 'Marta Kowalczyk said on Tuesday that Freedonia would send troops to Sylvania.',
      },
    ],
    { count: 0 },
  ],
  [
    'what a writer says a person believes is no statement to hold them to',
    [
      {
        published: '2023-03-01',
        text: 'Marta Kowalczyk believes Freedonia will never send troops to Sylvania, according to people close to her.',
      },
      {
        published: '2023-09-12',
        text: 'Marta Kowalczyk said on Tuesday that Freedonia would send troops to Sylvania.',
      },
    ],
    { count: 0 },
  ],
  [
    'one article, one moment: a contradiction inside it is not a change over time',
    [
      {
        published: '2023-09-12',
        text:
          'Marta Kowalczyk said on Tuesday that Freedonia would send troops to Sylvania. ' +
          'Kowalczyk said on Tuesday that Freedonia would never send troops to Sylvania.',
      },
    ],
    { count: 0 },
  ],
  [
    'ruling out talks against being open to them',
    [
      {
        published: '2023-02-01',
        text: 'Marta Kowalczyk said on Tuesday that Freedonia ruled out peace talks with the rebels.',
      },
      {
        published: '2023-07-15',
        text: 'Marta Kowalczyk said on Friday she was open to peace talks with the rebels.',
      },
    ],
    { count: 1, topic: 'peace-talks', relation: 'polarity', earlier: /peace talks/ },
  ],
  [
    'a U-turn the report names before the speaker: the turned-round position, dated before the statement',
    [
      {
        published: '2023-09-12',
        text: 'In a U-turn, Marta Kowalczyk said on Tuesday that Freedonia would send troops to Sylvania.',
      },
    ],
    {
      count: 1,
      topic: 'troops-to-ukraine',
      relation: 'polarity',
      earlierBasis: 'before',
      earlier: /^In a U-turn$/,
      later: /would send troops/,
      reason:
        /^turned round, as reported: "In a U-turn" \(before 2023-09-\d\d, Example Wire\); now Freedonia would send troops/,
    },
  ],
  [
    'a change verb between the speaker and the cue: "reversed course and said"',
    [
      {
        published: '2023-09-12',
        text: 'Marta Kowalczyk reversed course on Tuesday and said Freedonia would impose sanctions on Sylvania.',
      },
    ],
    { count: 1, topic: 'sanctions', earlierBasis: 'before', earlier: /^reversed course$/ },
  ],
  [
    'the turn named after the quote: ", in a reversal"',
    [
      {
        published: '2023-09-12',
        text: '"Freedonia will send troops to Sylvania," Marta Kowalczyk said on Tuesday, in a reversal.',
      },
    ],
    { count: 1, topic: 'troops-to-ukraine', earlier: /^in a reversal$/ },
  ],
  [
    'the former position stated beside the new one: "who had opposed …, now says"',
    [
      {
        published: '2023-09-12',
        text: 'Marta Kowalczyk, who had opposed sending troops, now says Freedonia will send troops to Sylvania.',
      },
    ],
    {
      count: 1,
      topic: 'troops-to-ukraine',
      earlierBasis: 'before',
      earlier: /^who had opposed sending troops$/,
      reason:
        /^had opposed sending troops \(before 2023-09-12, Example Wire\); now Freedonia will send troops/,
    },
  ],
  [
    'a former position that agrees with the new one is no turn',
    [
      {
        published: '2023-09-12',
        text: 'Marta Kowalczyk, who had long opposed sending troops, said Freedonia would not send troops to Sylvania.',
      },
    ],
    { count: 0 },
  ],
  [
    'a dropped opposition is the former position: "dropped her opposition to sanctions and said"',
    [
      {
        published: '2023-09-12',
        text: 'Marta Kowalczyk dropped her opposition to sanctions on Sylvania and said sanctions were necessary.',
      },
    ],
    { count: 1, topic: 'sanctions', earlier: /^dropped her opposition to sanctions on Sylvania$/ },
  ],
  [
    'softening must end on a yes: "softened her stance, saying she was open to talks"',
    [
      {
        published: '2023-09-12',
        text: 'Marta Kowalczyk softened her stance on Tuesday, saying she was open to peace talks with the rebels.',
      },
    ],
    { count: 1, topic: 'peace-talks', earlier: /^softened her stance$/, reason: /^softened, as reported: / },
  ],
  [
    'hardening that ends on a yes is misread somewhere: none',
    [
      {
        published: '2023-09-12',
        text: 'Marta Kowalczyk hardened her stance on Tuesday, saying she was open to peace talks with the rebels.',
      },
    ],
    { count: 0 },
  ],
  [
    "somebody else's U-turn before the speaker is not the speaker's",
    [
      {
        published: '2023-09-12',
        text: 'After Tomas Berger reversed course, Marta Kowalczyk said Freedonia would send troops to Sylvania.',
      },
    ],
    { count: 0 },
  ],
  [
    'a U-turn on a statement with two topics cannot say which one turned: none',
    [
      {
        published: '2023-09-12',
        text: 'In a U-turn, Marta Kowalczyk said Freedonia would send troops to Sylvania and would impose sanctions on the rebels.',
      },
    ],
    { count: 0 },
  ],
  [
    '"now says" alone names no turn',
    [
      {
        published: '2023-09-12',
        text: 'Marta Kowalczyk now says Freedonia will send troops to Sylvania.',
      },
    ],
    { count: 0 },
  ],
  [
    'a turn in the speaker\'s own words: "we will no longer block sanctions"',
    [
      {
        published: '2023-09-12',
        text: '"We will no longer block sanctions on Sylvania," Marta Kowalczyk said on Tuesday.',
      },
    ],
    { count: 1, topic: 'sanctions', earlier: /^no longer$/, reason: /^turned round, in their own words: / },
  ],
  [
    'a turn in the speaker\'s own words for their side: "our government could reverse its position and"',
    [
      {
        published: '2023-09-12',
        text: '"Our government could reverse its position and impose sanctions on Sylvania," Marta Kowalczyk said on Tuesday.',
      },
    ],
    { count: 1, topic: 'sanctions', earlier: /^reverse its position$/ },
  ],
  [
    "somebody else's \"no longer\" in the speaker's words is not the speaker's turn",
    [
      {
        published: '2023-09-12',
        text: '"Sylvania no longer wants peace talks," Marta Kowalczyk said on Tuesday.',
      },
    ],
    { count: 0 },
  ],
  [
    'a reported U-turn beside an earlier statement: one shift, from the earlier statement',
    [
      { published: '2023-03-01', text: NEVER_SEND },
      {
        published: '2023-09-12',
        text: 'In a U-turn, Marta Kowalczyk said on Tuesday that Freedonia would send troops to Sylvania.',
      },
    ],
    { count: 1, earlier: /would never send troops/, later: /would send troops/ },
  ],
  [
    '"any more" before a noun is "additional", not "no longer": no turn in their own words',
    [
      {
        published: '2023-03-01',
        text: '"We do not want any more sanctions on our farmers," Marta Kowalczyk said on Monday.',
      },
    ],
    { count: 0 },
  ],
  [
    "a U-turn the opening names as another's is not the speaker's",
    [
      {
        published: '2023-03-01',
        text: 'In a U-turn by Ruritania, Marta Kowalczyk said on Monday that tanks would be sent to Sylvania.',
      },
    ],
    { count: 0 },
  ],
  [
    '"they" in a person\'s quotation is somebody else: "They refuse to negotiate with us" then "We are ready"',
    [
      {
        published: '2023-03-01',
        text: '"They refuse to negotiate with us," Marta Kowalczyk said on Monday.',
      },
      { published: '2023-09-12', text: '"We are ready to negotiate," Marta Kowalczyk said on Tuesday.' },
    ],
    { count: 0 },
  ],
  [
    '"they" in a person\'s reported words is somebody else too',
    [
      {
        published: '2023-03-01',
        text: 'Marta Kowalczyk said on Monday that they did not want to negotiate.',
      },
      {
        published: '2023-09-12',
        text: 'Marta Kowalczyk said on Tuesday that Freedonia was ready to negotiate.',
      },
    ],
    { count: 0 },
  ],
  [
    'a yes on a condition, then a no that does not speak to it, is no turn',
    [
      {
        published: '2023-03-01',
        text: 'Marta Kowalczyk said on Monday that Freedonia would send tanks to Sylvania if the border was attacked.',
      },
      {
        published: '2023-09-12',
        text: 'Marta Kowalczyk said on Tuesday that Freedonia would not send tanks to Sylvania.',
      },
    ],
    { count: 0 },
  ],
  [
    'a yes on a condition, then a no that speaks to it, is a turn',
    [
      {
        published: '2023-03-01',
        text: 'Marta Kowalczyk said on Monday that Freedonia would send tanks to Sylvania if the border was attacked.',
      },
      {
        published: '2023-09-12',
        text: 'Marta Kowalczyk said on Tuesday that Freedonia would not send tanks to Sylvania although the border was attacked.',
      },
    ],
    { count: 1, topic: 'weapons-supplies' },
  ],
  [
    'a narrower act: "would not negotiate with Ruritania" then "would negotiate with Ruritania over grain exports"',
    [
      {
        published: '2023-03-01',
        text: 'Marta Kowalczyk said on Monday that Freedonia would not negotiate with Ruritania.',
      },
      {
        published: '2023-09-12',
        text: 'Marta Kowalczyk said on Tuesday that Freedonia would negotiate with Ruritania over grain exports.',
      },
    ],
    { count: 0 },
  ],
  [
    'a refusal for the war: "could not join NATO during the war" then "would join NATO"',
    [
      {
        published: '2023-03-01',
        text: 'Marta Kowalczyk said on Monday that Sylvania could not join NATO during the war.',
      },
      { published: '2023-09-12', text: 'Marta Kowalczyk said on Tuesday that Sylvania would join NATO.' },
    ],
    { count: 0 },
  ],
  // A refusal said to hold for a while leaves room for a later yes.
  ...(
    [
      [
        '"not this year" then "next year"',
        'would not send tanks to Sylvania this year',
        'would send tanks to Sylvania next year',
      ],
      [
        '"for now" then yes',
        'would not impose sanctions on Ruritania for now',
        'would impose sanctions on Ruritania',
      ],
      ['"not … yet" then yes', 'would not send troops to Sylvania yet', 'would send troops to Sylvania'],
    ] as const
  ).map(([name, before, after]): [string, Story[], Expected] => [
    `a refusal for a while: ${name}`,
    [
      { published: '2023-03-01', text: `Marta Kowalczyk said on Monday that Freedonia ${before}.` },
      { published: '2023-09-12', text: `Marta Kowalczyk said on Tuesday that Freedonia ${after}.` },
    ],
    { count: 0 },
  ]),
  [
    'a yes, then a refusal for a while, is still a turn',
    [
      {
        published: '2023-03-01',
        text: 'Marta Kowalczyk said on Monday that Freedonia would send tanks to Sylvania.',
      },
      {
        published: '2023-09-12',
        text: 'Marta Kowalczyk said on Tuesday that Freedonia would not send tanks to Sylvania this year.',
      },
    ],
    { count: 1, topic: 'weapons-supplies' },
  ],
  // The same verb, a different claim: another actor, counterpart or kind of weapon is no turn.
  ...(
    [
      [
        'another actor: "Ruritania did not want talks" then "Freedonia was open to talks"',
        'Ruritania did not want peace talks',
        'Freedonia was open to peace talks',
      ],
      [
        'another counterpart of talks: "not negotiate with the rebels" then "negotiate with Ruritania"',
        'Freedonia would not negotiate with the rebels',
        'Freedonia was ready to negotiate with Ruritania',
      ],
      [
        'another target of sanctions: "on Ruritania" then "on Sylvania"',
        'Freedonia would not impose sanctions on Ruritania',
        'Freedonia would impose sanctions on Sylvania',
      ],
      [
        'another recipient of tanks: "to Sylvania" then "to Ruritania"',
        'Freedonia would not send tanks to Sylvania',
        'Freedonia would send tanks to Ruritania',
      ],
      [
        'another kind of weapon: "fighter jets" then "artillery shells"',
        'Freedonia would not send fighter jets to Sylvania',
        'Freedonia would send artillery shells to Sylvania',
      ],
    ] as const
  ).map(([name, before, after]): [string, Story[], Expected] => [
    name,
    [
      { published: '2023-03-01', text: `Marta Kowalczyk said on Monday that ${before}.` },
      { published: '2023-09-12', text: `Marta Kowalczyk said on Tuesday that ${after}.` },
    ],
    { count: 0 },
  ]),
  [
    'a kind under the whole: "not send weapons" then "send battle tanks" is a turn',
    [
      {
        published: '2023-03-01',
        text: 'Marta Kowalczyk said on Monday that Freedonia would not send weapons to Sylvania.',
      },
      {
        published: '2023-09-12',
        text: 'Marta Kowalczyk said on Tuesday that Freedonia would send battle tanks to Sylvania.',
      },
    ],
    { count: 1, topic: 'weapons-supplies', relation: 'polarity' },
  ],
  [
    'one counterpart named in the other statement: "on Ruritania" then "on Ruritania\'s banks" is a turn',
    [
      {
        published: '2023-03-01',
        text: 'Marta Kowalczyk said on Monday that Freedonia would not impose sanctions on Ruritania.',
      },
      {
        published: '2023-09-12',
        text: "Marta Kowalczyk said on Tuesday that Freedonia would impose sanctions on Ruritania's banks.",
      },
    ],
    { count: 1, topic: 'sanctions' },
  ],
];

describe('detectShifts on short articles', () => {
  it.each(storyCases)('%s', (_, stories, expected) => {
    const shifts = shiftsIn(stories);
    expect(shifts).toHaveLength(expected.count);
    if (expected.count === 0) return;
    const [shift] = shifts;
    if (expected.person) expect(shift.personName).toBe(expected.person);
    if (expected.topic) expect(shift.topic).toBe(expected.topic);
    if (expected.relation) expect(shift.relation).toBe(expected.relation);
    if (expected.earlierBasis) expect(shift.earlier.saidOn?.basis).toBe(expected.earlierBasis);
    if (expected.earlier) expect(shift.earlier.text).toMatch(expected.earlier);
    if (expected.later) expect(shift.later.text).toMatch(expected.later);
    // Evidence a person can check in one click: both statements, their articles and offsets.
    for (const side of [shift.earlier, shift.later]) {
      const story = stories[Number(side.articleId.replace('story-', '')) - 1];
      expect(story.text.slice(side.start, side.end)).toBe(side.text);
    }
    // The reason names both positions with their dates and outlet.
    expect(shift.reason).toMatch(/^.+ \(.*Example Wire.*\); now .+ \(.*Example Wire.*\)$/);
    if (expected.reason) expect(shift.reason).toMatch(expected.reason);
  });

  it('ranks a turn the statement itself names ("no longer") above the same turn unnamed', () => {
    const send = {
      published: '2023-03-01',
      text: 'Marta Kowalczyk said on Monday that Freedonia would send troops to Sylvania.',
    };
    const [named] = shiftsIn([
      send,
      {
        published: '2023-09-12',
        text: 'Marta Kowalczyk said on Tuesday that Freedonia would no longer send troops to Sylvania.',
      },
    ]);
    const [unnamed] = shiftsIn([
      send,
      {
        published: '2023-09-12',
        text: 'Marta Kowalczyk said on Tuesday that Freedonia would not send troops to Sylvania.',
      },
    ]);
    expect(named.confidence).toBeGreaterThan(unnamed.confidence);
  });
});
