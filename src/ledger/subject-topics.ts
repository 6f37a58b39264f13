import type { TopicDefinition } from './topic-lexicon.js';

/**
 * Subjects of general news that a journalist browses and searches by ("interest rates", "immigration
 * and asylum", "the Iraq war"), beside the war topics with stances of topic-lexicon.ts. They group a
 * speaker's statements into timelines and topic pages; no stance is read on them (`subjectOnly`): "cut
 * taxes" and "raise taxes" are both "for" taxes to a polarity reading, so statements about them are
 * compared, and shifts found, by their own verbs and objects exactly as before they were listed.
 *
 * Terms are chosen to name the subject on their own in news text: "interest rate", not "rate";
 * "climate change", not "climate" ("the investment climate"); "war crime" has its own subject, so
 * crime and policing list "police", "prison", "knife crime" but not "crime"; "wages", not "wage" (to wage war).
 */
const subject = (key: string, label: string, patterns: string[][][], window?: number): TopicDefinition => ({
  key,
  label,
  patterns,
  subjectOnly: true,
  ...(window === undefined ? {} : { window }),
});

export const SUBJECT_TOPICS: TopicDefinition[] = [
  // economy and business
  subject('interest-rates', 'interest rates', [
    [
      [
        'interest rate',
        'base rate',
        'rate cut',
        'rate rise',
        'rate hike',
        'rate increase',
        'monetary policy',
      ],
    ],
  ]),
  subject('inflation', 'inflation and the cost of living', [
    [['inflation', 'deflation', 'cost of living', 'consumer price']],
  ]),
  subject('taxes', 'taxes', [[['tax', 'taxation', 'taxpayer', 'vat']]]),
  subject('public-spending', 'public spending and debt', [
    [
      [
        'budget deficit',
        'national debt',
        'public debt',
        'government debt',
        'public spending',
        'government spending',
        'spending cut',
        'austerity',
        'public finance',
      ],
    ],
  ]),
  subject('jobs', 'jobs and unemployment', [
    [
      [
        'unemployment',
        'jobless',
        'job loss',
        'job cut',
        'layoff',
        'redundancy',
        'job creation',
        'new job',
        'employment',
      ],
    ],
  ]),
  subject('economic-growth', 'economic growth and recession', [
    [
      [
        'economic growth',
        'recession',
        'gdp growth',
        'gross domestic product',
        'economic slowdown',
        'downturn',
        'economy grow',
        'economy shrink',
        'economy contract',
      ],
    ],
  ]),
  subject(
    'oil-market',
    'oil prices and output',
    [
      [
        ['oil', 'crude', 'petrol', 'gasoline', 'opec'],
        ['price', 'output', 'production', 'quota', 'barrel'],
      ],
    ],
    5,
  ),
  subject(
    'energy-prices',
    'energy prices',
    [
      [
        ['energy', 'electricity', 'heating'],
        ['price', 'bill', 'cost'],
      ],
    ],
    4,
  ),
  subject('trade', 'trade and tariffs', [
    [
      [
        'tariff',
        'trade deal',
        'trade agreement',
        'free trade',
        'trade war',
        'trade deficit',
        'trade surplus',
        'trade barrier',
        'trade talk',
        'protectionism',
        'import duty',
      ],
    ],
  ]),
  subject('currencies', 'currencies and exchange rates', [
    [
      [
        'exchange rate',
        'currency',
        'currencies',
        'devaluation',
        'devalue',
        'revaluation',
        'sterling',
        'yen',
        'yuan',
      ],
    ],
  ]),
  subject('mergers', 'mergers and takeovers', [
    [['merger', 'takeover bid', 'takeover offer', 'hostile takeover', 'acquisition', 'buyout']],
  ]),
  subject('company-results', 'company profits and results', [
    [['profit', 'earnings', 'revenue', 'dividend', 'net loss', 'operating loss', 'turnover']],
  ]),
  subject('housing', 'housing and house prices', [
    [['house price', 'home price', 'housing', 'mortgage', 'property market', 'affordable home']],
  ]),
  subject('pensions', 'pensions', [[['pension', 'retirement age', 'social security']]]),
  subject('wages', 'wages and pay', [
    [['wages', 'minimum wage', 'living wage', 'pay rise', 'pay freeze', 'wage growth', 'wage increase']],
  ]),
  subject('strikes', 'strikes and unions', [
    [
      ['strike', 'walkout'],
      ['union', 'worker', 'staff', 'pay', 'employee', 'ballot'],
    ],
    [['industrial action', 'trade union', 'labor union', 'labour union']],
  ]),
  // society
  subject('immigration', 'immigration and asylum', [
    [
      [
        'immigration',
        'immigrant',
        'migrant',
        'migration',
        'asylum',
        'deportation',
        'deport',
        'border control',
      ],
    ],
  ]),
  subject('refugees', 'refugees', [[['refugee', 'displaced person', 'internally displaced']]]),
  subject('climate', 'climate and emissions', [
    [
      [
        'climate change',
        'climate crisis',
        'climate policy',
        'global warming',
        'greenhouse gas',
        'greenhouse',
        'emission',
        'kyoto',
        'net zero',
        'carbon dioxide',
        'fossil fuel',
        'renewable energy',
      ],
    ],
  ]),
  subject('health-care', 'health care', [
    [
      [
        'nhs',
        'health service',
        'healthcare',
        'health care',
        'health insurance',
        'medicare',
        'medicaid',
        'obamacare',
        'waiting list',
      ],
    ],
  ]),
  subject('education', 'schools and universities', [
    [['school', 'university', 'tuition fee', 'student', 'education', 'teacher', 'pupil']],
  ]),
  subject('policing', 'crime, policing and prisons', [
    [['police', 'policing', 'prison', 'jail', 'knife crime', 'gun crime', 'violent crime', 'crime rate']],
  ]),
  subject('terrorism', 'terrorism', [
    [
      [
        'terrorism',
        'terrorist',
        'terror attack',
        'counter terrorism',
        'al qaeda',
        'al qaida',
        'islamic state',
      ],
    ],
  ]),
  subject('war-crimes', 'war crimes', [
    [['war crime', 'genocide', 'crime against humanity', 'atrocity', 'international criminal court']],
  ]),
  subject('human-rights', 'human rights', [[['human right', 'civil liberty', 'civil right']]]),
  subject('free-speech', 'free speech and the press', [
    [
      [
        'press freedom',
        'freedom of the press',
        'free speech',
        'freedom of speech',
        'freedom of expression',
        'censorship',
        'censor',
      ],
    ],
  ]),
  subject('corruption', 'corruption', [
    [['corruption', 'corrupt', 'bribery', 'bribe', 'embezzlement', 'money laundering']],
  ]),
  subject('gun-control', 'gun control', [
    [
      [
        'gun control',
        'gun law',
        'gun violence',
        'firearm',
        'assault weapon',
        'second amendment',
        'gun owner',
      ],
    ],
  ]),
  subject('abortion', 'abortion', [[['abortion', 'pro life', 'pro choice']]]),
  subject('same-sex-marriage', 'same-sex marriage', [
    [['same sex marriage', 'gay marriage', 'civil partnership', 'marriage equality', 'same sex couple']],
  ]),
  subject('smoking', 'smoking and tobacco', [[['smoking', 'tobacco', 'cigarette']]]),
  subject('identity-cards', 'identity cards', [[['id card', 'identity card']]]),
  subject(
    'hunting',
    'hunting',
    [
      [
        ['hunting', 'hunt'],
        ['ban', 'fox', 'dog', 'countryside'],
      ],
    ],
    5,
  ),
  subject('death-penalty', 'the death penalty', [[['death penalty', 'capital punishment', 'death row']]]),
  subject('pandemics', 'pandemics and vaccines', [
    [['covid', 'coronavirus', 'pandemic', 'lockdown', 'vaccine', 'vaccination', 'bird flu']],
  ]),
  subject('doping', 'doping in sport', [[['doping', 'drug test', 'performance enhancing', 'steroid']]]),
  subject('piracy', 'piracy and copyright', [
    [['piracy', 'file sharing', 'copyright', 'pirated', 'illegal download']],
  ]),
  subject('food-security', 'food supplies and prices', [
    [['food security', 'food crisis', 'famine', 'food price', 'food shortage', 'hunger', 'food supply']],
  ]),
  subject('nuclear-power', 'nuclear power', [
    [['nuclear power plant', 'nuclear power station', 'nuclear energy', 'nuclear reactor', 'nuclear plant']],
  ]),
  subject('humanitarian-aid', 'humanitarian aid and evacuations', [
    [
      [
        'humanitarian aid',
        'humanitarian corridor',
        'humanitarian assistance',
        'aid convoy',
        'evacuation',
        'evacuate',
      ],
    ],
  ]),
  // world affairs
  subject('iraq-war', 'the Iraq war', [
    [
      ['iraq', 'iraqi'],
      [
        'war',
        'invasion',
        'troop',
        'soldier',
        'occupation',
        'withdrawal',
        'military',
        'insurgent',
        'insurgency',
      ],
    ],
    [['weapons of mass destruction', 'wmd']],
  ]),
  subject('israel-palestine', 'Israel, Gaza and the Palestinians', [
    [['palestinian', 'gaza', 'west bank', 'hamas', 'two state solution']],
    [
      ['israel', 'israeli'],
      ['war', 'conflict', 'attack', 'ceasefire', 'hostage', 'settlement', 'occupation', 'peace'],
    ],
  ]),
  subject('iran-nuclear', "Iran's nuclear programme", [
    [
      ['iran', 'iranian', 'tehran'],
      ['nuclear', 'uranium', 'enrichment'],
    ],
  ]),
  subject('north-korea', 'North Korea', [[['north korea', 'pyongyang']]]),
  subject(
    'eu-treaties',
    'EU treaties, referendums and Brexit',
    [
      [['brexit']],
      [
        ['eu', 'european union', 'european'],
        ['constitution', 'treaty', 'referendum'],
      ],
    ],
    6,
  ),
];
