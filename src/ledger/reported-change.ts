import type { ReportedChange } from '../model/ledger.js';
import type { Statement } from '../model/statement.js';

/**
 * A reporter's words, outside the quote, that say the speaker changed position: "In a U-turn, X said …",
 * "X reversed course and said …", "X, who had opposed …, now says …", "X dropped his opposition to …".
 * Only words tied to the speaker count: the sentence's opening adverbial before the speaker, the verb
 * phrase between the speaker and the cue, or "in a reversal" right after the cue. "After Berlin's U-turn,
 * X said" is Berlin's turn, not X's, and gives nothing.
 */

/** Nouns of a turn, for "In a U-turn," and ", in a reversal". */
const TURN_NOUN =
  '(?:u-turn|reversal|about-face|about-turn|volte-face|climbdown|climb-down|flip-flop|change of (?:heart|course|tack|mind|stance|position|policy)|shift in (?:his|her|its|their) (?:position|stance|policy))';
const TURN_NOUN_SOFT = '(?:softening|softer stance|softer line|softer tone)';
const TURN_NOUN_HARD = '(?:hardening|harder line|tougher line|tougher stance)';
const POSSESSIVE = '(?:his|her|its|their)';

/**
 * A wire dateline before the first sentence ("KYIV, March 8 (Reuters) - "): the sentence proper opens
 * after it.
 */
const DATELINE = '(?:[^.!?"“”]{0,80}?\\s(?:--|—|–|-)\\s+)?';

/** "In a U-turn," "In a dramatic reversal of his earlier position," opening the sentence. */
const OPENING = new RegExp(
  `^${DATELINE}\\s*((?:in|with) an? (?:[\\p{L}-]+\\s+){0,2}?(?:${TURN_NOUN}|${TURN_NOUN_SOFT}|${TURN_NOUN_HARD})\\b[^,.;:!?"“”]{0,60}),\\s*$`,
  'iu',
);
/** "Reversing course," "Softening her stance on talks," opening the sentence. */
const OPENING_PARTICIPLE = new RegExp(
  `^${DATELINE}\\s*((?:(?:reversing|changing) (?:course|${POSSESSIVE} (?:position|stance|mind|course|decision|policy))|backtracking|backpedall?ing|softening ${POSSESSIVE} (?:stance|position|tone|line|opposition)|(?:hardening|toughening) ${POSSESSIVE} (?:stance|position|tone|line))\\b[^,.;:!?"“”]{0,60}),\\s*$`,
  'iu',
);
/** ", in a U-turn" right after the cue ("said on Tuesday, in a reversal", "said in a U-turn that"). */
const TRAILING = new RegExp(
  `^(?:\\s+(?:on|last|this|late|early) \\p{L}+)?,?\\s+in an? (?:[\\p{L}-]+\\s+){0,2}?(${TURN_NOUN}|${TURN_NOUN_SOFT}|${TURN_NOUN_HARD})\\b`,
  'iu',
);

/** An agent named in a turn phrase: "a U-turn by Berlin", "a reversal from the government". */
const AGENT = /\b(?:by|from)\s+(?!(?:his|her|its|their)\b)([\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+)*)/iu;

/** Whether the agent of a turn phrase is the speaker themself ("a U-turn by Petrenko"). */
function ownAgent(words: string, speaker: string): boolean {
  const agent = AGENT.exec(words)?.[1] ?? '';
  const own = new Set(speaker.toLowerCase().split(/[^\p{L}]+/u));
  return agent
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((word) => word && word !== 'the')
    .every((word) => own.has(word));
}

/** What the opposition was to: up to a clause break or the verb joined to it ("… to sanctions and said"). */
const OBJECT = '([^,;:.!?"“”]{3,80}?)(?=\\s+(?:and|but|saying|to say)\\b|[,;:.!?]|\\s*$)';

/** A change verb phrase whose subject is the speaker ("reversed course and", "backtracked, saying"). */
const VERB_PHRASES: { pattern: RegExp; kind: ReportedChange['kind']; former?: 'oppose' | 'support' }[] = [
  {
    pattern: new RegExp(
      `\\b(?:reversed (?:course|himself|herself|itself|themselves|${POSSESSIVE} (?:position|stance|decision|course|policy|opposition|support))|(?:did|made|performed|executed) an? (?:[\\p{L}-]+\\s+)?(?:u-turn|about-face|about-turn|volte-face)|u-turned|backtracked|backpedall?ed|rowed back|walked back|climbed down|flip-flopped|changed ${POSSESSIVE} (?:mind|position|stance|tune|view|course|policy))\\b`,
      'iu',
    ),
    kind: 'reversal',
  },
  {
    pattern: new RegExp(`\\bsoftened ${POSSESSIVE} (?:stance|position|tone|line|opposition)\\b`, 'iu'),
    kind: 'softening',
  },
  {
    pattern: new RegExp(`\\b(?:hardened|toughened) ${POSSESSIVE} (?:stance|position|tone|line)\\b`, 'iu'),
    kind: 'hardening',
  },
  {
    pattern: new RegExp(
      `\\b(?:dropped|abandoned|withdrew|lifted|ended|gave up) ${POSSESSIVE} (?:long-standing |longstanding |previous |earlier )?(?:opposition|objections?|resistance|veto) (?:to|of|against) ${OBJECT}`,
      'iu',
    ),
    kind: 'former',
    former: 'oppose',
  },
  {
    pattern: new RegExp(
      `\\b(?:dropped|abandoned|withdrew|ended|gave up) ${POSSESSIVE} (?:long-standing |longstanding |previous |earlier )?(?:support|backing) (?:for|of) ${OBJECT}`,
      'iu',
    ),
    kind: 'former',
    former: 'support',
  },
  {
    pattern: new RegExp(`\\bno longer (?:opposes|objects to|rejects|resists) ${OBJECT}`, 'iu'),
    kind: 'former',
    former: 'oppose',
  },
  {
    pattern: new RegExp(`\\bno longer (?:supports|backs|favou?rs) ${OBJECT}`, 'iu'),
    kind: 'former',
    former: 'support',
  },
];

/**
 * ", who had opposed sending tanks," — the former position the writer states beside the new one, led by
 * a verb of position or of saying ("who had moved to Paris" is no position). "who has called for …" is
 * a position still held unless an adverb puts it in the past ("who has long opposed").
 */
const RELATIVE_FORMER =
  /,\s+who\s+((had|has)\s+((?:(?:long|previously|once|initially|originally|earlier|repeatedly|always|consistently|firmly)\s+)*)((?:opposed|supported|backed|favou?red|endorsed|rejected|resisted|refused|declined|dismissed|ruled out|called for|demanded|urged|pushed for|championed|campaigned (?:for|against)|insisted|said|argued|maintained|vowed|pledged|promised|declared|stated|warned)\b[^,;:.!?"“”]{3,120}?)),\s/iu;
/** "had said that …", "had insisted …": the position is the complement, not the reporting verb. */
const REPORTING_PREFIX =
  /^(?:said|insisted|argued|maintained|stated|claimed|declared|vowed|promised|pledged|warned)\s+(?:that\s+)?/iu;

/** Words that make the change phrase somebody else's ("after Berlin reversed course, X said"). */
const SUBORDINATE =
  /\b(?:after|when|as|since|because|following|while|once|until|before|whereas|if|though|although)\b/iu;

/** A negation right before a change phrase ("has not changed", "never reversed", "didn't back…"). */
const NEGATED = /\b(?:not|never|n[o']t|nor|no)\s+(?:\p{L}+\s+)?$/iu;

/** Where the sentence holding `at` starts: after the last sentence end or line break before it. */
function sentenceStart(text: string, at: number): number {
  let index = at - 1;
  while (index >= 0) {
    const char = text[index];
    if (char === '\n') return index + 1;
    if (
      /[.!?]/.test(char) &&
      /\s/.test(text[index + 1] ?? '') &&
      !/\b(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sen|Rep|Gov)$/.test(text.slice(Math.max(0, index - 4), index))
    ) {
      return index + 1;
    }
    index--;
  }
  return 0;
}

function span(text: string, start: number, end: number): { text: string; start: number; end: number } {
  let from = start;
  let to = end;
  while (from < to && /[\s,]/.test(text[from])) from++;
  while (to > from && /[\s,]/.test(text[to - 1])) to--;
  return { text: text.slice(from, to), start: from, end: to };
}

/**
 * The reported change of position in the sentence that attributes `statement`, read from the article
 * `text` its offsets point into; null when there is none or it cannot be tied to the speaker.
 */
export function readReportedChange(
  statement: Pick<Statement, 'quote' | 'cue' | 'speaker'>,
  text: string,
): ReportedChange | null {
  const { quote, cue } = statement;
  const mention = statement.speaker.mention;
  if (!cue || text.slice(cue.start, cue.end) !== cue.text) return null;
  const first = Math.min(cue.start, quote.start, mention?.start ?? cue.start);
  const start = sentenceStart(text, first);

  // 1. The sentence opens with the turn: "In a U-turn, X said …", "Reversing course, X said …".
  const opening = text.slice(start, first);
  const openingMatch = OPENING.exec(opening) ?? OPENING_PARTICIPLE.exec(opening);
  // "In a U-turn by Berlin, X said …", "In a reversal from Ruritania, …": somebody else's turn.
  if (openingMatch && AGENT.test(openingMatch[1]) && !ownAgent(openingMatch[1], statement.speaker.name))
    return null;
  if (openingMatch) {
    const words = openingMatch[1];
    const kind = /soft/i.test(words) ? 'softening' : /hard|tough/i.test(words) ? 'hardening' : 'reversal';
    const at = start + openingMatch.index + openingMatch[0].lastIndexOf(words);
    return { kind, ...span(text, at, at + words.length) };
  }

  // 2. Between the speaker and the cue: "X reversed course and said", "X, who had opposed …, now says".
  if (mention && mention.start < cue.start && quote.start >= cue.start - 1) {
    const between = text.slice(mention.start, cue.start);
    if (between.length <= 200 && !/[.!?]\s/.test(between)) {
      const relative = RELATIVE_FORMER.exec(between);
      if (relative && (relative[2].toLowerCase() === 'had' || relative[3])) {
        const [, clause, auxiliary, , words] = relative;
        const clauseStart = mention.start + relative.index + relative[0].indexOf(clause);
        // "had long insisted that talks were pointless": the position is the complement.
        const content = words.replace(REPORTING_PREFIX, '');
        return {
          kind: 'former',
          ...span(text, clauseStart - 4, clauseStart + clause.length),
          former: content === words ? `${auxiliary.toLowerCase()} ${content}` : content,
        };
      }
      for (const { pattern, kind, former } of VERB_PHRASES) {
        const match = pattern.exec(between);
        if (!match || SUBORDINATE.test(between.slice(0, match.index))) continue;
        // "has not changed her position", "never backtracked": a denied turn is none.
        if (NEGATED.test(between.slice(0, match.index))) continue;
        // Another subject between the speaker and the phrase ("X said Berlin had reversed course").
        if (/\b(?:said|says|told|added)\b/iu.test(between.slice(0, match.index))) continue;
        const at = mention.start + match.index;
        const change: ReportedChange = { kind, ...span(text, at, at + match[0].length) };
        if (former) change.former = `${former === 'oppose' ? 'opposed' : 'supported'} ${match[1].trim()}`;
        return change;
      }
    }
  }

  // 3. Right after the cue (or the speaker named after it): "… said on Tuesday, in a reversal".
  const after = Math.max(cue.end, mention && mention.start >= cue.end ? mention.end : cue.end);
  const trailing = TRAILING.exec(text.slice(after, after + 120));
  if (trailing) {
    const words = trailing[1].toLowerCase();
    const kind = /soft/.test(words) ? 'softening' : /hard|tough/.test(words) ? 'hardening' : 'reversal';
    const at = after + trailing[0].toLowerCase().lastIndexOf('in ');
    return { kind, ...span(text, at, after + trailing[0].length) };
  }
  return null;
}
