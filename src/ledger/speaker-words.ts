/** Word lists for canonicalizeSpeaker, lower case. Kept apart so the rules stay readable. */

// prettier-ignore
export const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame', 'lord', 'lady', 'prof', 'rev']);

/** Abbreviations ending in a full stop that do not end a sentence. */
// prettier-ignore
export const ABBREVIATIONS = new Set([
  'gen', 'lt', 'col', 'adm', 'sen', 'rep', 'gov', 'capt', 'maj', 'sgt', 'brig', 'cmdr', 'st', 'jr', 'sr',
  'no', 'vs', 'inc', 'ltd', 'co', 'corp', 'ret', 'mt', 'ft', 'pres', 'sec', 'amb', 'dep', 'col', 'cpl',
]);

/** Roles: a title holds at least one; a name made only of them is a bare role ("President"). */
// prettier-ignore
export const ROLE_WORDS = new Set([
  'president', 'president-elect', 'vice-president', 'minister', 'premier', 'chancellor', 'secretary',
  'secretary-general', 'general', 'gen', 'lt', 'lieutenant', 'colonel', 'col', 'major', 'maj', 'captain',
  'capt', 'commander', 'commander-in-chief', 'chief', 'head', 'spokesman', 'spokeswoman', 'spokesperson',
  'ambassador', 'envoy', 'representative', 'rep', 'sen', 'senator', 'governor', 'gov', 'mayor',
  'deputy', 'adviser', 'advisor', 'aide', 'director', 'chairman', 'chairwoman', 'chair', 'ceo',
  'founder', 'leader', 'speaker', 'king', 'queen', 'prince', 'princess', 'pope', 'patriarch',
  'metropolitan', 'archbishop', 'bishop', 'boss', 'ombudsman', 'commissioner', 'prosecutor',
  'prosecutor-general', 'attorney', 'mp', 'mep', 'lawmaker', 'legislator', 'official', 'diplomat',
  'analyst', 'expert', 'professor', 'journalist', 'correspondent', 'editor', 'economist', 'counterpart',
  'dictator', 'strongman', 'member', 'co-founder', 'owner', 'emperor', 'sheikh', 'pm', 'fm', 'adm',
  'admiral', 'marshal', 'brig', 'brigadier', 'sgt', 'sergeant', 'cmdr', 'corporal', 'private',
  'lt-gen', 'maj-gen', 'pres', 'taoiseach', 'vp', 'sec', 'amb', 'manager', 'researcher', 'fellow',
  'officer', 'negotiator', 'coordinator', 'administrator', 'inspector', 'judge', 'justice', 'counsel',
  'lawyer', 'activist', 'blogger', 'commentator', 'presenter', 'host', 'anchor', 'writer', 'author',
  'historian', 'scientist', 'doctor', 'resident', 'soldier', 'veteran', 'volunteer', 'student',
  'teacher', 'priest', 'mother', 'father', 'wife', 'husband', 'son', 'daughter', 'brother', 'sister',
  'ruler', 'monarch', 'chieftain', 'warlord', 'oligarch', 'businessman', 'businesswoman', 'tycoon',
  'candidate', 'nominee', 'incumbent', 'predecessor', 'successor', 'rival', 'ally', 'prime',
  'duke', 'duchess', 'earl', 'countess', 'baron', 'baroness', 'observer', 'moderator', 'interviewer',
  'participant', 'question', 'remark', 'reply', 'audience', 'voice', 'rabbi', 'imam', 'mufti', 'cleric',
]);

/**
 * Places that the news names often and that extraction can mistake for a speaker ("Sevastopol",
 * "Black Sea"): a place is never a speaker (DESIGN.md). States and capitals speaking for their
 * government are in STATES instead.
 */
// prettier-ignore
export const PLACES = new Set([
  'kharkiv', 'kharkov', 'kherson', 'mariupol', 'odesa', 'odessa', 'donetsk', 'luhansk', 'lugansk',
  'sevastopol', 'zaporizhzhia', 'zaporozhye', 'bakhmut', 'avdiivka', 'dnipro', 'lviv', 'kursk',
  'belgorod', 'st petersburg', 'saint petersburg', 'petersburg', 'black sea', 'sea of azov', 'azov',
  'donbas', 'donbass', 'bucha', 'irpin', 'izium', 'mykolaiv', 'chernihiv', 'sumy', 'poltava', 'vinnytsia',
  'zhytomyr', 'crimea', 'transnistria', 'kaliningrad', 'siberia', 'caucasus', 'chechnya', 'udmurtia',
  'dagestan', 'tatarstan', 'bashkortostan', 'novorossiya', 'severodonetsk', 'lysychansk', 'kramatorsk',
  'sloviansk', 'melitopol', 'berdyansk', 'nova kakhovka', 'enerhodar', 'snake island', 'davos',
  'munich', 'geneva', 'istanbul', 'vienna', 'the hague', 'new york', 'sochi', 'valdai', 'novo-ogaryovo',
  'africa', 'asia', 'arctic', 'antarctica', 'east', 'middle east', 'far east', 'eurasia', 'greater eurasia',
  'kamchatka', 'sakhalin', 'yakutia', 'chukotka', 'primorye', 'kuzbass', 'internet',
]);

/** Abbreviated and synonymous roles, so titles compare by what they mean ("Pres" is "President"). */
// prettier-ignore
export const ROLE_SYNONYMS: Record<string, string[]> = {
  pres: ['president'], gov: ['governor'], sen: ['senator'], rep: ['representative'], gen: ['general'],
  pm: ['prime', 'minister'], premier: ['prime', 'minister'], fm: ['foreign', 'minister'], adm: ['admiral'],
  amb: ['ambassador'], envoy: ['ambassador'], sec: ['secretary'], lt: ['lieutenant'], col: ['colonel'],
  maj: ['major'], capt: ['captain'], sgt: ['sergeant'], spokesman: ['spokesperson'],
  spokeswoman: ['spokesperson'], advisor: ['adviser'], aide: ['adviser'], chairman: ['chair'],
  chairwoman: ['chair'], 'president-elect': ['president'], 'vice-president': ['vice', 'president'],
  // a British "Secretary" of a department is a minister elsewhere ("Foreign Secretary", "foreign minister")
  secretary: ['minister', 'secretary'],
};

/** Roles that are also surnames, kept as names when they end one ("John Major", "Stephen King"). */
// prettier-ignore
export const SURNAME_ROLES = new Set([
  'major', 'king', 'bishop', 'judge', 'marshal', 'speaker', 'fellow', 'prince', 'pope', 'host', 'priest',
  'general', 'chancellor', 'sheikh', 'sergeant', 'private', 'cardinal', 'dean', 'rich', 'young', 'doctor',
]);

/** Words that qualify roles inside titles ("Ukrainian", "Foreign", "of"): never part of a name left of it. */
// prettier-ignore
export const TITLE_MODIFIERS = new Set([
  'vice', 'foreign', 'defence', 'defense', 'interior', 'finance', 'economy', 'energy', 'health', 'state',
  'staff', 'chiefs', 'former', 'acting', 'late', 'top', 'senior', 'national', 'security', 'affairs', 'of',
  'the', 'for', 'and', 'to', 'at', 'in', 'press', 'us', 'u.s', 'uk', 'eu', 'un', 'nato', 'kremlin', 'white',
  'house', 'pentagon', 'military', 'intelligence', 'army', 'navy', 'air', 'force', 'forces', 'armed',
  'opposition', 'party', 'mercenary', 'wagner', 'group', 'crown', 'first', 'general-staff',
  'chief-of-staff', 'joint', 'cabinet', 'office', 'presidential', 'government', 'rear', 'field', 'ret',
  'retired', 'deputy', 'assistant', 'associate', 'executive', 'managing', 'principal', 'special',
  'permanent', 'high', 'human', 'rights', 'public', 'external', 'internal', 'commission', 'council',
  'ministry', 'department', 'service', 'services', 'agency', 'committee', 'parliament', 'parliamentary',
  'regional', 'city', 'military-civilian', 'administration', 'district', 'oblast', 'region', 'mission',
  'strategic', 'communications', 'policy', 'relations', 'development', 'operations', 'planning',
  'political', 'international', 'global', 'criminal', 'humanitarian', 'legal', 'economic', 'trade',
  'industry', 'education', 'culture', 'sports', 'youth', 'digital', 'transformation', 'infrastructure',
  'agriculture', 'environment', 'emergency', 'situations', 'veterans', 'reintegration', 'occupied',
  'territories', 'temporarily', 'europe', 'european', 'northern', 'southern', 'eastern', 'central',
]);

/** Demonyms, which precede titles ("Lithuanian Foreign Minister ..."): never part of a name. */
// prettier-ignore
export const DEMONYMS = new Set([
  'ukrainian', 'russian', 'american', 'british', 'french', 'german', 'polish', 'belarusian', 'chinese',
  'hungarian', 'turkish', 'israeli', 'iranian', 'european', 'western', 'lithuanian', 'latvian', 'estonian',
  'finnish', 'swedish', 'norwegian', 'danish', 'dutch', 'belgian', 'italian', 'spanish', 'portuguese',
  'irish', 'scottish', 'welsh', 'canadian', 'australian', 'japanese', 'indian', 'pakistani', 'moldovan',
  'georgian', 'kazakh', 'czech', 'slovak', 'slovakian', 'romanian', 'bulgarian', 'greek', 'austrian',
  'swiss', 'serbian', 'croatian', 'syrian', 'iraqi', 'saudi', 'korean', 'north', 'south', 'armenian',
  'azerbaijani', 'uzbek', 'chechen', 'crimean', 'soviet', 'allied', 'nordic', 'baltic', 'african',
  'brazilian', 'mexican', 'egyptian', 'emirati', 'qatari',
]);

/** Countries, capitals and blocs speaking for their state ("Moscow said"): organisations, never people. */
// prettier-ignore
export const STATES = new Set([
  'ukraine', 'russia', 'moscow', 'kyiv', 'kiev', 'washington', 'beijing', 'china', 'belarus', 'minsk',
  'poland', 'warsaw', 'germany', 'berlin', 'france', 'paris', 'britain', 'london', 'turkey', 'ankara',
  'iran', 'tehran', 'israel', 'brussels', 'america', 'europe', 'hungary', 'budapest', 'uk', 'u.k', 'us',
  'u.s', 'usa', 'japan', 'tokyo', 'india', 'delhi', 'kazakhstan', 'georgia', 'moldova', 'lithuania', 'latvia',
  'estonia', 'finland', 'sweden', 'norway', 'denmark', 'italy', 'rome', 'spain', 'madrid', 'canada', 'ottawa',
  'west', 'vilnius', 'riga', 'tallinn', 'helsinki', 'stockholm', 'chisinau', 'tbilisi', 'crimea', 'donbas',
]);

/**
 * Capitalised words that open sentences and clauses and slip into extracted names ("But Kirby",
 * "After Macron"), and calendar words that are never names.
 */
// prettier-ignore
export const NOISE = new Set([
  'but', 'and', 'or', 'after', 'before', 'when', 'while', 'as', 'then', 'so', 'yet', 'also', 'meanwhile',
  'however', 'earlier', 'later', 'today', 'yesterday', 'now', 'here', 'there', 'in', 'on', 'at', 'with',
  'by', 'from', 'if', 'because', 'although', 'though', 'since', 'until', 'once', 'this', 'that',
  'these', 'those', 'last', 'next', 'both', 'all', 'speaking', 'asked', 'instead', 'still', 'even',
  'only', 'indeed', 'separately', 'addressing', 'writing', 'monday', 'tuesday', 'wednesday', 'thursday',
  'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'june', 'july', 'august',
  'september', 'october', 'november', 'december', 'according', 'where', 'what', 'why', 'how', 'said',
  'says', 'told', 'no', 'not', 'our', 'his', 'her', 'their', 'its', 'my', 'your', 'an', 'a', 'it',
  'god', 'thank', 'thanks', 'dear', 'let', 'please', 'yes', 'well', 'okay', 'ok', 'good', 'colleagues',
  'friends', 'ladies', 'gentlemen', 'mr', 'is', 'was', 'has', 'had', 'will', 'would', 'could', 'should', 'may', 'might', 'did', 'does',
]);

/** Plural nouns that make a speaker a group ("officials", "Western intelligence sources"). */
// prettier-ignore
export const GROUP_WORDS = new Set([
  'officials', 'sources', 'source', 'analysts', 'experts', 'residents', 'people', 'authorities',
  'diplomats', 'lawmakers', 'legislators', 'witnesses', 'soldiers', 'troops', 'critics', 'observers',
  'leaders', 'ministers', 'activists', 'investigators', 'prosecutors', 'officers', 'commanders',
  'volunteers', 'civilians', 'locals', 'citizens', 'protesters', 'journalists', 'reporters', 'medics',
  'doctors', 'scientists', 'researchers', 'members', 'representatives', 'spokespeople', 'allies',
  'partners', 'governments', 'ukrainians', 'russians', 'americans', 'others', 'some', 'many', 'both',
  'survivors', 'relatives', 'families', 'refugees', 'voters', 'bloggers', 'insiders', 'aides',
  'advisers', 'advisors', 'negotiators', 'parties', 'agencies', 'countries', 'nations', 'states',
  'guards', 'staff', 'workers', 'employees', 'students', 'fighters', 'mercenaries', 'forces', 'polls',
  'oligarchs', 'billionaires', 'businessmen', 'politicians', 'ukrainians', 'belarusians', 'europeans',
  'surveys', 'studies', 'reports', 'documents', 'media', 'outlets', 'channels', 'bloggers', 'everyone',
  'nobody', 'someone', 'anyone', 'crowd', 'audience', 'public', 'west', 'majority', 'minority',
]);

/** Things that are quoted but do not speak ("the Constitution", "the report"): never a person. */
// prettier-ignore
export const NON_AGENTS = new Set([
  'constitution', 'law', 'document', 'decree', 'resolution', 'treaty', 'agreement', 'statement',
  'report', 'letter', 'bill', 'memorandum', 'declaration', 'communique', 'survey', 'poll', 'study',
  'analysis', 'data', 'figures', 'book', 'article', 'video', 'message', 'text', 'speech',
  'address', 'interview', 'order', 'charter', 'convention', 'protocol', 'plan', 'proposal', 'draft',
  'assessment', 'update', 'briefing', 'transcript', 'summary', 'bulletin', 'note', 'tweet', 'headline',
  'website', 'map', 'graph', 'chart', 'table', 'photo', 'footage', 'evidence',
]);

// prettier-ignore
export const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'him', 'her', 'them', 'us', 'his', 'who', 'this', 'that', 'one']);

/** Royal and religious titles that stay part of a one-word name ("Pope Francis", "King Charles"). */
// prettier-ignore
export const REGNAL = new Set(['king', 'queen', 'pope', 'prince', 'princess', 'patriarch', 'emperor']);

/**
 * Sovereign states as the news names them, for completing "President of" + "Albania Edi Rama" into the
 * title "President of Albania". Kept apart from STATES (which also makes a word a speaking
 * organisation): names that are common given names ("Jordan", "Chad", "Israel") are left out.
 */
// prettier-ignore
export const COUNTRIES = new Set([
  'afghanistan', 'albania', 'algeria', 'andorra', 'angola', 'argentina', 'armenia', 'australia', 'austria',
  'azerbaijan', 'bahrain', 'bangladesh', 'belarus', 'belgium', 'bolivia', 'bosnia', 'brazil', 'bulgaria',
  'cambodia', 'cameroon', 'canada', 'chile', 'china', 'colombia', 'croatia', 'cuba', 'cyprus', 'czechia',
  'denmark', 'ecuador', 'egypt', 'estonia', 'ethiopia', 'finland', 'france', 'georgia', 'germany', 'ghana',
  'greece', 'hungary', 'iceland', 'india', 'indonesia', 'iran', 'iraq', 'ireland', 'italy', 'japan',
  'kazakhstan', 'kenya', 'kosovo', 'kuwait', 'kyrgyzstan', 'laos', 'latvia', 'lebanon', 'libya',
  'liechtenstein', 'lithuania', 'luxembourg', 'malaysia', 'malta', 'mexico', 'moldova', 'monaco',
  'mongolia', 'montenegro', 'morocco', 'mozambique', 'myanmar', 'namibia', 'nepal', 'netherlands',
  'nigeria', 'norway', 'oman', 'pakistan', 'palestine', 'panama', 'paraguay', 'peru', 'philippines',
  'poland', 'portugal', 'qatar', 'romania', 'russia', 'rwanda', 'senegal', 'serbia', 'singapore',
  'slovakia', 'slovenia', 'somalia', 'spain', 'sudan', 'sweden', 'switzerland', 'syria', 'taiwan',
  'tajikistan', 'tanzania', 'thailand', 'tunisia', 'turkey', 'türkiye', 'turkmenistan', 'uganda',
  'ukraine', 'uruguay', 'uzbekistan', 'venezuela', 'vietnam', 'yemen', 'zambia', 'zimbabwe', 'britain',
  'usa', 'us', 'u.s', 'uk', 'u.k', 'macedonia', 'korea',
]);

/** Multi-word states, lower case, and the article they take after "of" ("President of the United States"). */
// prettier-ignore
export const MULTIWORD_COUNTRIES = new Map<string, string>([
  ['united states', 'the United States'], ['united kingdom', 'the United Kingdom'],
  ['united arab emirates', 'the United Arab Emirates'], ['czech republic', 'the Czech Republic'],
  ['slovak republic', 'the Slovak Republic'], ['north macedonia', 'North Macedonia'],
  ['south africa', 'South Africa'], ['south korea', 'South Korea'], ['north korea', 'North Korea'],
  ['new zealand', 'New Zealand'], ['saudi arabia', 'Saudi Arabia'], ['sri lanka', 'Sri Lanka'],
  ['russian federation', 'the Russian Federation'], ['european union', 'the European Union'],
]);

/** Words that end a state's formal name ("Portuguese Republic", "Udmurt Republic"): a place, not a name. */
// prettier-ignore
export const STATE_NOUNS = new Set(['republic', 'federation', 'kingdom', 'emirates', 'confederation', 'principality']);

/** Nouns that end the name of a region ("Kamchatka Territory", "Kherson Oblast"): a place before a name. */
// prettier-ignore
export const REGION_NOUNS = new Set(['territory', 'region', 'oblast', 'krai', 'province', 'district', 'county', 'governorate']);

/** Events and programmes: they are held, they do not speak ("the Forum", "Pilot Training Program"). */
// prettier-ignore
export const EVENTS = new Set([
  'forum', 'summit', 'festival', 'olympics', 'games', 'exhibition', 'expo', 'meeting', 'session',
  'ceremony', 'programme', 'program', 'championship', 'marathon',
]);

/** Indefinite pronouns ("Everything mentioned so far could be upset"): never a speaker's name. */
// prettier-ignore
export const INDEFINITE_PRONOUNS = new Set([
  'everything', 'nothing', 'something', 'anything', 'everybody', 'nobody', 'somebody', 'anybody',
  'everyone', 'no-one', 'someone', 'anyone', 'none', 'each', 'either', 'neither', 'whatever', 'whoever',
]);
