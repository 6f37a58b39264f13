/**
 * A small hand-made lexicon of political concepts, for telling related statements from unrelated ones
 * without a language model: two statements that share no concept and no content word are about
 * different things. Words are lemmas; longer words also match by their first six letters
 * ("immigration" finds "immigrant").
 */
export const CONCEPTS: Record<string, string[]> = {
  taxes: ['tax', 'taxation', 'levy', 'vat', 'inheritance', 'taxpayer', 'tariff', 'duty', 'fiscal'],
  welfare: ['benefit', 'welfare', 'poverty', 'poor', 'allowance', 'basic income', 'social assistance', 'recipient', 'needy', 'vulnerable', 'safety net', 'social'],
  labour: ['wage', 'job', 'employment', 'unemployment', 'worker', 'labor', 'labour', 'hire', 'hiring', 'internship', 'employee', 'employer', 'work', 'salary', 'pay', 'union', 'skilled', 'workforce', 'merit'],
  health: ['health', 'healthcare', 'hospital', 'doctor', 'nurse', 'nursing', 'medical', 'patient', 'vaccination', 'vaccine', 'care', 'medicine', 'surgery', 'organ', 'donor', 'insurance', 'caregiver', 'pandemic', 'covid'],
  education: ['school', 'education', 'teacher', 'student', 'university', 'kindergarten', 'pupil', 'grade', 'curriculum', 'learning', 'teaching', 'teach', 'class', 'classroom', 'exam', 'graduation', 'training', 'apprenticeship', 'vocational', 'academic', 'research', 'study'],
  family: ['child', 'children', 'family', 'parent', 'daycare', 'childcare', 'marriage', 'married', 'couple', 'parental', 'kindergarten', 'youth', 'young'],
  migration: ['immigrant', 'immigration', 'migrant', 'migration', 'asylum', 'refugee', 'deportation', 'deport', 'border', 'integration', 'citizenship', 'residence', 'foreigner', 'multicultural', 'newcomer', 'reunification', 'repatriation'],
  security: ['police', 'crime', 'criminal', 'security', 'surveillance', 'safety', 'camera', 'prison', 'prisoner', 'offender', 'terrorism', 'terrorist', 'justice', 'court', 'law enforcement', 'punishment', 'incarceration', 'reoffending', 'recidivism', 'extremism', 'violence', 'danger', 'protection of the constitution', 'convict'],
  defence: ['military', 'army', 'armed forces', 'defense', 'defence', 'nato', 'weapon', 'soldier', 'war', 'armament', 'conscription', 'troop', 'alliance', 'peace', 'bundeswehr'],
  europe: ['eu', 'europe', 'european', 'european union', 'brussels', 'member state', 'eurozone', 'euro', 'schengen'],
  sovereignty: ['sovereignty', 'sovereign', 'nation', 'national', 'independence', 'unity', 'un', 'international', 'international body', 'treaty', 'globalization'],
  energy: ['energy', 'renewable', 'solar', 'wind', 'coal', 'lignite', 'nuclear', 'gas', 'oil', 'electricity', 'fossil', 'power plant', 'fuel', 'pipeline', 'grid'],
  climate: ['climate', 'co2', 'emission', 'carbon', 'warming', 'greenhouse', 'environment', 'environmental', 'pollution', 'sustainability', 'sustainable', 'ecological'],
  nature: ['nature', 'forest', 'animal', 'park', 'fishing', 'hunting', 'biodiversity', 'wildlife', 'water', 'resource', 'land', 'landscape'],
  agriculture: ['agriculture', 'agricultural', 'farm', 'farmer', 'farming', 'food', 'meat', 'husbandry', 'livestock', 'pesticide', 'crop', 'genetically', 'organic'],
  transport: ['transport', 'transportation', 'traffic', 'car', 'road', 'rail', 'railway', 'train', 'bus', 'speed limit', 'ticket', 'flight', 'aviation', 'bicycle', 'highway', 'motorway', 'vehicle', 'mobility', 'passenger', 'infrastructure'],
  housing: ['housing', 'rent', 'apartment', 'tenant', 'landlord', 'home', 'homeland', 'construction', 'building', 'property', 'condominium', 'airbnb', 'dwelling', 'residential', 'real estate'],
  gender: ['gender', 'woman', 'women', 'female', 'male', 'quota', 'trans', 'transgender', 'lgbt', 'same sex', 'homosexual', 'sexual', 'feminist', 'sex', 'diversity', 'inclusive', 'inclusion', 'equality', 'discrimination', 'gender identity', 'abortion'],
  religion: ['religion', 'religious', 'church', 'islam', 'islamic', 'muslim', 'mosque', 'minaret', 'christian', 'faith', 'worship', 'confessional', 'bishop', 'catholic', 'protestant', 'secular', 'tradition', 'traditional', 'values'],
  market: ['market', 'economy', 'economic', 'business', 'company', 'corporation', 'competition', 'investment', 'investor', 'private', 'privatization', 'privatize', 'industry', 'growth', 'innovation', 'enterprise', 'entrepreneur', 'trade', 'profit', 'capital', 'bank', 'commercial', 'regulation', 'regulate', 'deregulation', 'free market', 'startup', 'corporate', 'securities'],
  finance: ['budget', 'deficit', 'debt', 'spending', 'fund', 'funding', 'subsidy', 'subsidize', 'finance', 'financial', 'money', 'cost', 'expenditure', 'fee', 'free of charge', 'payment', 'price', 'interest rate', 'inflation', 'savings', 'central bank', 'consumption'],
  public: ['state', 'public', 'government', 'municipality', 'municipal', 'administration', 'public service', 'bureaucracy', 'nationalization'],
  digital: ['digital', 'internet', 'data', 'ai', 'artificial intelligence', 'technology', 'online', 'cryptocurrency', 'social media', 'privacy', 'website', 'platform', 'algorithm', 'cyber', 'fake news', 'broadband'],
  democracy: ['democracy', 'democratic', 'referendum', 'vote', 'voting', 'election', 'citizen', 'participation', 'parliament', 'parliamentarian', 'constitution', 'direct democracy', 'consultation', 'party', 'politician', 'lobby', 'transparency', 'voting age', 'unanimity', 'majority'],
  rights: ['right', 'freedom', 'liberty', 'expression', 'press', 'censorship', 'speech', 'human right', 'civil', 'dissent', 'dissenter', 'tolerance', 'free speech'],
  culture: ['culture', 'cultural', 'museum', 'art', 'film', 'media', 'broadcaster', 'language', 'artist', 'heritage', 'historical', 'sport', 'athletic', 'holiday'],
  drugs: ['drug', 'cannabis', 'alcohol', 'tobacco', 'junk food', 'smoking', 'addiction'],
  ageing: ['retirement', 'pension', 'elderly', 'aging', 'ageing', 'old age', 'senior'],
  disability: ['disability', 'disabled', 'handicap', 'inclusion', 'accessible', 'accessibility'],
  foreign: ['russia', 'china', 'chinese', 'ukraine', 'sanction', 'foreign policy', 'foreign', 'aggressor', 'development aid', 'diplomacy', 'neighboring', 'anti western', 'western', 'bilateral', 'trade agreement'],
  regions: ['rural', 'urban', 'city', 'region', 'regional', 'village', 'local', 'community', 'catalonia', 'spain', 'federal', 'state government'],
};

const PREFIX = 6;

interface ConceptIndex {
  words: Map<string, string[]>;
  prefixes: Map<string, string[]>;
  phrases: { words: string[]; concept: string }[];
}

function buildIndex(): ConceptIndex {
  const words = new Map<string, string[]>();
  const prefixes = new Map<string, string[]>();
  const phrases: { words: string[]; concept: string }[] = [];
  const add = (map: Map<string, string[]>, key: string, concept: string) => {
    const list = map.get(key) ?? [];
    if (!list.includes(concept)) list.push(concept);
    map.set(key, list);
  };
  for (const [concept, terms] of Object.entries(CONCEPTS)) {
    for (const term of terms) {
      if (term.includes(' ')) {
        phrases.push({ words: term.split(' '), concept });
        continue;
      }
      add(words, term, concept);
      if (term.length >= PREFIX + 1) add(prefixes, term.slice(0, PREFIX), concept);
    }
  }
  return { words, prefixes, phrases };
}

const INDEX = buildIndex();

/** The concepts a list of lemmas (with their surface forms) touches, with the words that touched them. */
export function conceptsOf(lemmas: string[], surfaces: string[] = lemmas): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const note = (concept: string, word: string) => {
    const list = found.get(concept) ?? [];
    if (!list.includes(word)) list.push(word);
    found.set(concept, list);
  };
  lemmas.forEach((lemma, index) => {
    const surface = surfaces[index] ?? lemma;
    const direct = INDEX.words.get(lemma) ?? INDEX.words.get(surface);
    if (direct) direct.forEach((concept) => note(concept, lemma));
    else if (lemma.length >= PREFIX + 1) {
      INDEX.prefixes.get(lemma.slice(0, PREFIX))?.forEach((concept) => note(concept, lemma));
    }
  });
  for (const phrase of INDEX.phrases) {
    for (let index = 0; index + phrase.words.length <= lemmas.length; index++) {
      if (phrase.words.every((word, offset) => lemmas[index + offset] === word || surfaces[index + offset] === word)) {
        note(phrase.concept, phrase.words.join(' '));
      }
    }
  }
  return found;
}

/**
 * Concepts that different statements often bring together in one debate (quotas and hiring, rights and
 * policing): sharing a pair of these makes two statements related though they share no word.
 */
export const RELATED_CONCEPTS: [string, string][] = [
  ['gender', 'labour'], ['gender', 'family'], ['gender', 'health'], ['gender', 'religion'], ['gender', 'education'],
  ['rights', 'security'], ['rights', 'democracy'], ['rights', 'digital'], ['rights', 'culture'], ['rights', 'gender'],
  ['migration', 'labour'], ['migration', 'security'], ['migration', 'welfare'], ['migration', 'culture'],
  ['migration', 'religion'], ['migration', 'sovereignty'], ['migration', 'housing'], ['welfare', 'labour'],
  ['welfare', 'finance'], ['welfare', 'family'], ['health', 'finance'], ['education', 'family'],
  ['education', 'finance'], ['market', 'public'], ['market', 'finance'], ['market', 'taxes'], ['taxes', 'finance'],
  ['energy', 'climate'], ['climate', 'transport'], ['climate', 'agriculture'], ['nature', 'agriculture'],
  ['nature', 'climate'], ['transport', 'finance'], ['housing', 'finance'], ['housing', 'market'],
  ['europe', 'sovereignty'], ['europe', 'foreign'], ['defence', 'foreign'], ['defence', 'security'],
  ['security', 'digital'], ['religion', 'culture'], ['religion', 'education'], ['democracy', 'europe'],
  ['sovereignty', 'culture'], ['public', 'finance'], ['ageing', 'welfare'], ['disability', 'education'],
  ['drugs', 'health'], ['labour', 'market'], ['labour', 'education'], ['health', 'welfare'], ['energy', 'market'],
  ['sovereignty', 'foreign'], ['religion', 'sovereignty'], ['family', 'religion'], ['security', 'sovereignty'],
];

/**
 * A rough progressive/conservative lean of the words a statement favours: two statements favouring
 * opposite leans on related subjects tend to be inconsistent.
 */
export const PROGRESSIVE_WORDS = new Set([
  'diversity', 'inclusion', 'inclusive', 'inclusivity', 'equality', 'equity', 'quota', 'universal', 'regulation',
  'regulate', 'climate', 'renewable', 'solar', 'refugee', 'trans', 'transgender', 'gender', 'homosexual', 'abortion',
  'welfare', 'subsidy', 'union', 'multicultural', 'openness', 'privacy', 'organic', 'wealth', 'redistribution',
  'accessible', 'affordable', 'bicycle', 'disarmament', 'demilitarize', 'demilitarizing', 'rehabilitation',
  'integration', 'vegan', 'cooperation', 'minority', 'discrimination', 'tolerance', 'emission', 'environment',
  'sustainable', 'sustainability', 'public', 'nationalize', 'nationalized', 'social', 'free', 'freedom', 'human',
  'asylum', 'migrant', 'immigrant', 'contraceptive', 'inclusion', 'solidarity', 'participation', 'transparency',
  'whistleblower', 'dissenter', 'expression', 'protest', 'demonstrate', 'consumer', 'tenant', 'rent', 'worker',
  'minimum', 'healthcare', 'accessible', 'international', 'global', 'eu', 'european', 'wage',
]);

export const CONSERVATIVE_WORDS = new Set([
  'merit', 'tradition', 'traditional', 'christian', 'values', 'nation', 'national', 'sovereignty', 'sovereign',
  'border', 'deportation', 'deport', 'police', 'surveillance', 'punishment', 'penalty', 'harsh', 'harsher',
  'military', 'defense', 'defence', 'private', 'privatization', 'privatize', 'market', 'competition',
  'deregulation', 'entrepreneur', 'entrepreneurial', 'business', 'investment', 'investor', 'growth', 'lignite',
  'coal', 'car', 'highway', 'biological', 'unborn', 'patriot', 'homeland', 'identity', 'detention', 'isolationist',
  'security', 'order', 'crime', 'criminal', 'prison', 'incarceration', 'army', 'church', 'religious', 'family',
  'marriage', 'innovation', 'profit', 'industry', 'company', 'companies', 'self', 'reliance', 'responsibility',
  'budget', 'deficit', 'debt', 'cut', 'protection', 'native', 'citizen', 'germans', 'unity', 'mining', 'oil',
  'petrochemical', 'tourism', 'exploit', 'exploited',
]);
