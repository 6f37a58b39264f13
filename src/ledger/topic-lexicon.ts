/**
 * The hand-made topic lexicon: what a user would search for, and the lemma patterns that name it.
 *
 * A pattern is a list of term sets; it matches a clause when every set has a term there, all within a
 * window of words. A term is a lemma or a lemma phrase ("give up", "peace talk"); hyphens are ignored,
 * so "cease-fire" is the phrase "cease fire".
 */
import { SUBJECT_TOPICS } from './subject-topics.js';

export interface TopicDefinition {
  key: string;
  label: string;
  patterns: string[][][];
  /**
   * Predicates that ARE the topic's act ("cede" for ceding territory): their plain use is a positive
   * stance, their negation a negative one.
   */
  actions?: string[];
  /** Words apart, first to last term of a pattern (default 8). */
  window?: number;
  /**
   * A subject to browse and search by, with no stance read on it (SUBJECT_TOPICS): it is listed in a
   * frame's topics but takes no part in comparing statements or finding shifts.
   */
  subjectOnly?: boolean;
}

const TERRITORY = [
  'territory',
  'land',
  'region',
  'area',
  'portion',
  'part',
  'inch',
  'oblast',
  'district',
  'village',
  'crimea',
  'donbas',
  'donbass',
  'donetsk',
  'luhansk',
  'lugansk',
  'kherson',
  'zaporizhzhia',
  'zaporizhzhya',
];

const CEDE = [
  'cede',
  'surrender',
  'give up',
  'hand over',
  'relinquish',
  'give away',
  'trade',
  'concede',
  'sacrifice',
];

const RETAKE = [
  'retake',
  'liberate',
  'regain',
  'reclaim',
  'recapture',
  'take back',
  'deoccupy',
  'de occupy',
  'deoccupation',
  'de occupation',
  'liberation',
  'return',
];

const WEAPONS = [
  'weapon',
  'arms',
  'tank',
  'missile',
  'f 16',
  'fighter jet',
  'jet',
  'himars',
  'ammunition',
  'artillery',
  'patriot',
  'air defense',
  'air defence',
  'atacms',
  'taurus',
  'leopard',
  'abrams',
  'howitzer',
  'military aid',
  'military assistance',
  'weaponry',
];

export const TOPIC_DEFINITIONS: TopicDefinition[] = [
  {
    key: 'cede-territory',
    label: 'ceding territory',
    patterns: [[CEDE, TERRITORY], [['territorial'], ['concession', 'compromise']], [['cede']]],
    actions: [...CEDE, 'concession', 'compromise'],
  },
  {
    key: 'retake-territory',
    label: 'retaking occupied territory',
    patterns: [[RETAKE, TERRITORY]],
    actions: RETAKE,
  },
  {
    key: 'nato-membership',
    label: 'NATO membership',
    patterns: [
      [
        ['nato', 'north atlantic alliance', 'alliance'],
        ['membership', 'join', 'accession', 'admit', 'admission', 'bid', 'invitation', 'invite', 'entry'],
      ],
      [['nato'], ['member'], ['become', 'make']],
    ],
    window: 7,
  },
  {
    key: 'eu-membership',
    label: 'EU membership',
    patterns: [
      [
        ['eu', 'european union'],
        ['membership', 'join', 'accession', 'candidate', 'candidacy', 'admit', 'admission'],
      ],
    ],
    window: 6,
  },
  {
    key: 'ceasefire',
    label: 'ceasefire',
    patterns: [
      [['ceasefire', 'cease fire', 'truce', 'armistice']],
      [['cessation'], ['hostility']],
      [['freeze'], ['conflict', 'front line', 'frontline']],
    ],
    actions: ['freeze'],
  },
  {
    key: 'peace-talks',
    label: 'peace talks',
    patterns: [
      [
        [
          'negotiate',
          'negotiation',
          'peace talk',
          'peace deal',
          'peace plan',
          'peace agreement',
          'peace summit',
          'peace formula',
          'peace process',
          'peace settlement',
          'diplomatic solution',
        ],
      ],
    ],
    actions: ['negotiate', 'negotiation', 'talk'],
  },
  {
    key: 'talks-with-putin',
    label: 'talks with Putin',
    patterns: [[['meet', 'talk', 'negotiate', 'negotiation', 'meeting', 'speak', 'dialogue'], ['putin']]],
    actions: ['meet', 'talk', 'negotiate', 'speak'],
    window: 6,
  },
  { key: 'sanctions', label: 'sanctions', patterns: [[['sanction', 'embargo']]] },
  {
    key: 'grain-exports',
    label: 'grain exports',
    patterns: [
      [
        ['grain', 'wheat'],
        ['export', 'corridor', 'deal', 'shipment', 'ship', 'initiative', 'agreement'],
      ],
    ],
  },
  {
    key: 'weapons-supplies',
    label: 'weapons for Ukraine',
    patterns: [
      [
        WEAPONS,
        ['send', 'supply', 'provide', 'deliver', 'give', 'transfer', 'delivery', 'supplies', 'shipment'],
      ],
    ],
    actions: ['send', 'supply', 'provide', 'deliver', 'give', 'transfer'],
  },
  {
    key: 'nuclear-weapons',
    label: 'nuclear weapons',
    patterns: [
      [['nuclear'], ['weapon', 'strike', 'arm', 'attack', 'arsenal', 'escalation', 'warhead', 'bomb']],
    ],
    window: 4,
  },
  {
    key: 'invade-ukraine',
    label: 'invading Ukraine',
    patterns: [[['invade', 'invasion']]],
    actions: ['invade', 'invasion'],
  },
  {
    key: 'troop-withdrawal',
    label: 'withdrawing troops',
    patterns: [
      [
        ['withdraw', 'withdrawal', 'pull out', 'pull back', 'retreat'],
        ['troop', 'force', 'army', 'soldier'],
      ],
    ],
    actions: ['withdraw', 'pull out', 'pull back', 'retreat'],
  },
  {
    key: 'troops-to-ukraine',
    label: 'sending troops to Ukraine',
    patterns: [
      [
        ['send', 'deploy', 'dispatch'],
        ['troop', 'soldier', 'boots on the ground', 'ground force'],
      ],
    ],
    actions: ['send', 'deploy', 'dispatch'],
  },
  {
    key: 'mobilisation',
    label: 'mobilisation',
    patterns: [[['mobilisation', 'mobilization', 'mobilise', 'mobilize', 'conscription']]],
    actions: ['mobilise', 'mobilize'],
  },
  {
    key: 'gas-supplies',
    label: 'gas and oil supplies',
    patterns: [
      [
        ['gas', 'oil', 'energy'],
        ['supply', 'supplies', 'import', 'pipeline', 'price cap', 'transit', 'payment'],
      ],
      [['nord stream']],
    ],
  },
  {
    key: 'annexation',
    label: 'annexation and referendums',
    patterns: [[['annex', 'annexation', 'referendum']]],
    actions: ['annex'],
  },
  { key: 'no-fly-zone', label: 'no-fly zone', patterns: [[['no fly zone']]] },
  {
    key: 'zaporizhzhia-plant',
    label: 'Zaporizhzhia nuclear plant',
    patterns: [
      [
        ['nuclear power plant', 'nuclear plant', 'power plant'],
        ['zaporizhzhia', 'zaporizhzhya'],
      ],
    ],
  },
  { key: 'prisoner-exchange', label: 'prisoner exchanges', patterns: [[['prisoner'], ['exchange', 'swap']]] },
  { key: 'elections', label: 'elections', patterns: [[['election']]] },
  ...SUBJECT_TOPICS,
];
