/** Word lists for reading speaker phrases: titles, organisations, groups, places. */

const words = (list: string): Set<string> => new Set(list.split(/\s+/).filter(Boolean));

/** Titles and roles that precede a name ("NATO Secretary-General Mark Rutte"). */
export const TITLE_WORDS = words(`president president-elect vice prime minister secretary secretary-general
general gen. gen chancellor senator sen. sen rep. rep representative gov. gov governor mayor ambassador
spokesman spokeswoman spokesperson chief director chairman chairwoman chair ceo leader speaker adviser
advisor commander judge justice attorney lawyer king queen prince princess pope foreign defense defence
deputy former candidate nominee founder head official officer analyst professor prof. dr. dr mr. mr
mrs. mrs ms. ms lt. col. sgt. adm. premier envoy lawmaker congressman congresswoman manager executive
strategist pollster host anchor correspondent editor columnist author economist member coach
commissioner inspector counsel sheriff colonel captain majority minority whip sir lord lady dame
archbishop bishop cardinal duke duchess earl countess rev. rev father sister brother mother aide assistant press interior finance
state house senate republican democratic democrat gop chief-of-staff staff of the colonel-general
marshal field admiral sergeant ombudsman governor-general mp mep presidential campaign reporter
journalist producer businessman businesswoman billionaire activist scientist researcher spokesperson
lt col maj capt sgt adm cmdr brig lead underwriter negotiator treasurer comptroller co-chairman co-chairwoman
co-chair vice-chairman vice-chairwoman vice-chair vice-president co-founder taoiseach tanaiste tánaiste
special`);

/** Written things that speak for their authors ("the letter says", "released a statement saying …"). */
export const WRITTEN_NOUNS =
  words(`statement release letter email tweet post message note memo report video ad
advertisement op-ed column editorial petition filing motion complaint`);

/**
 * Roles written in capitals, not a body's acronym: "says the DJ", "the MP", "Labour MPs", "Frank Field MP",
 * "Naftogaz CEO Yuriy Vitrenko".
 */
export const ROLE_ACRONYMS = words('DJ MP MPs MEP MEPs MSP MSPs MLA MLAs PM CEO CFO COO GP');

/** Honorifics dropped from canonical names. */
export const HONORIFICS = words(`mr. mr mrs. mrs ms. ms dr. dr sir prof. prof rev. rev`);

/** Heads that make a phrase an organisation ("the Kremlin", "the Defense Ministry"). */
export const ORGANIZATION_WORDS = words(`kremlin ministry house department party committee campaign post times
news agency inc inc. corp corp. company council commission government pentagon office court senate
congress parliament army military police foundation institute university bank fund association union
organization organisation administration embassy service services forces navy command cabinet
presidency council board authority authorities network channel bureau federation league group
coalition alliance staff team fbi cia nato un eu who imf opec icc reuters ap afp upi cnn bbc
tass interfax ria gazprom white state duma rada verkhovna assembly secretariat court tribunal
directorate headquarters prosecutor's prosecutors spokesperson's journal magazine newspaper daily
poll survey report study statement website centre center centres centers street press school college
academy society`);

/**
 * Words that end organisations' names without naming a kind of body ("… on Foreign Relations"), and the
 * portfolios that end a ministry's name before its holder ("Minister for Reintegration of the Temporarily
 * Occupied Territories Iryna Vereshchuk"); not words that end companies' names too ("Kaneb Energy Partners").
 */
export const ORGANIZATION_NAME_ENDS = words(`relations affairs studies rights territories defence defense
emergencies reintegration veterans education`);

/**
 * Words that end the name of a country's region ("the Astrakhan Region", "Khabarovsk Territory"): a
 * governor's full name may follow them ("Governor of the Astrakhan Region Igor Babushkin").
 */
export const PLACE_FORMS = words(`region territory oblast krai province district area okrug`);

/** Plural heads of written records that speak as a group ("polls show", "figures released on Monday"). */
export const RECORD_WORDS = words('polls surveys reports studies documents records figures data statistics');

/** Plural heads that make a phrase a group ("officials said", "analysts warned"). */
export const GROUP_WORDS = new Set([
  ...RECORD_WORDS,
  ...words(`officials sources analysts experts critics residents people lawmakers
republicans democrats voters supporters observers diplomats investigators officers aides advisers
advisors leaders members activists witnesses authorities police soldiers troops economists
scientists researchers doctors lawyers prosecutors negotiators organizers organisers campaigners
protesters demonstrators opponents allies donors insiders staffers strategists pollsters
commentators journalists reporters americans ukrainians russians europeans politicians
conservatives liberals progressives others both many some several most few others majority minority
surveyed polled questioned interviewed`),
]);

/**
 * Transcript labels for a speaker the transcript leaves unnamed ("Remark: Thank you, Mr President.",
 * "Voice from the audience: …", a journalist's "Question: Mr President, …"): the turn is no one's in
 * particular.
 */
export const UNNAMED_LABELS = words('remark remarks voice voices audience question');

/**
 * Bare lower-case nouns that name a body of people or a broadcaster and speak as one ("…, said police",
 * "what state radio called …").
 */
export const GROUP_NOUNS = words(
  'police staff people media management personnel leadership radio television tv',
);

/** Prepositions a title-case headline capitalises ("… Won't Trigger War With Russia"). */
export const HEADLINE_PREPOSITIONS = words('with in to against from on over for at');

/** Places: never speakers when they stand alone in a locative phrase or a dateline. */
export const PLACES = words(`ukraine russia kyiv kiev moscow washington london paris berlin brussels
beijing china america europe iran israel gaza syria turkey poland germany france britain england
scotland wales ireland italy spain japan india pakistan afghanistan iraq canada mexico brazil
crimea donbas donetsk luhansk kharkiv odesa odessa zaporizhzhia kherson lviv bakhmut mariupol
belarus minsk georgia tbilisi moldova hungary budapest romania warsaw vienna geneva rome madrid
tokyo seoul pyongyang tehran jerusalem tel aviv cairo ankara istanbul new york california texas
florida ohio iowa pennsylvania michigan virginia carolina nevada arizona wisconsin colorado`);

/**
 * The states among PLACES: as the bare subject of a verb of saying they speak through their governments
 * ("China has said it is not supplying arms", "Russia had previously said …"), as the COUNTRIES below
 * always do; cities and regions (Washington, Kyiv, Crimea) stay places.
 */
export const SPEAKING_PLACES = words(`ukraine russia china iran israel syria turkey poland germany france
britain italy spain japan india pakistan afghanistan iraq canada mexico brazil belarus georgia moldova
hungary romania`);

/**
 * Countries that speak through their governments ("Argentina has said it …", "Lithuania announced …"):
 * a body, never a person. (The places above are dropped as speakers; these stay, as the body they are.)
 */
export const COUNTRIES = words(`lithuania latvia estonia finland sweden norway denmark netherlands
belgium austria switzerland slovakia slovenia bulgaria serbia croatia bosnia kosovo albania greece
portugal luxembourg iceland kazakhstan uzbekistan armenia azerbaijan egypt libya lebanon qatar kenya
nigeria ethiopia australia indonesia vietnam thailand philippines malaysia taiwan argentina venezuela
colombia chile`);

export const PERSON_PRONOUNS = words('he she');

/** Common first names by the pronoun news uses for them: a mismatch rules a pronoun's candidate out. */
export const FEMALE_NAMES = words(`mary patricia jennifer linda elizabeth barbara susan jessica sarah karen
nancy lisa betty margaret sandra ashley kimberly emily donna michelle carol amanda melissa deborah
stephanie rebecca laura sharon cynthia kathleen amy shirley angela helen anna brenda pamela nicole
samantha katherine christine debra rachel catherine carolyn janet ruth maria heather diane virginia
julie joyce victoria kelly christina lauren joan evelyn olivia judith megan cheryl martha andrea
frances hannah jacqueline ann gloria jean kathryn alice teresa sara janice doris madison julia grace
judy abigail marie denise beverly amber theresa marilyn danielle diana brittany natalie sophia rose
isabella alexis kayla charlotte hillary kamala nikki ursula angela theresa liz kemi yulia iryna olena
kaja annalena marine giorgia jacinda kristalina christine nancy elise kellyanne sarah ivanka melania
michelle jill condoleezza madeleine samantha linda elizabeth tulsi amy kirsten dianne susan lisa
marjorie lauren ilhan alexandria rashida ayanna sonia ruth amy ketanji liz kristi gina janet lina
nadia oksana svetlana maria valentina tatiana natalia irina olga yekaterina anastasia ada jane kate
katie anne sue beth emma lucy sophie chloe ellen eleanor joanna tessa harriet yvette hilary clare
claire fiona gillian caroline penny nadine priti suella segolene federica mette sanna roberta zuzana
maia ana sviatlana hanna daria alina sofia marina lyudmila agnes ingrid greta helga angelika birgit
martina monica silvia sylvia paula rosa carmen isabel lucia elena irene eva vera nina zoe ruby mia
margot magda beata ewa agnieszka katarzyna`);

export const MALE_NAMES =
  words(`james robert john michael david william richard joseph thomas charles christopher
daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald
edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin
samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry
douglas zachary peter kyle ethan walter noah jeremy christian keith roger terry gerald harold sean
austin carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel logan albert willie alan
juan wayne elijah randy roy vincent ralph eugene russell bobby mason philip louis barack bernie ted
marco jeb chris mike mitch newt rudy rand ben lindsey hunter volodymyr vladimir dmitry sergei sergey
mykhailo oleksandr andriy dmytro denys vitali vitaliy petro viktor yevgeny emmanuel olaf boris rishi
keir justin recep xi narendra benjamin antony lloyd jens jake kevin chuck joe kurt ron vivek
tim jd pete gavin jared sebastian tucker sean steve rex mitt kirill alexei alexey ramzan yevgeny igor
nikolai maxim ivan pavel oleg valery valeriy arseniy denis rustem kyrylo olaf friedrich
charles pedro tom tommy bob bill jim jimmy dave dan danny tony nick matt andy rob greg ed eddie fred
harry jon josh ken phil ray don hugh ian neil nigel gordon colin graham simon martin liam owen gareth
rhys hans jacques francois nicolas pierre silvio gerhard helmut wolfgang karl klaus giuseppe carlos
luis miguel ali mohammed muhammad ahmed omar hassan hussein mahmoud ariel ehud shimon yitzhak kofi
nelson thabo tomasz andrzej mateusz jaroslaw donald radoslaw lech mikhail aleksandr anatoly anatoliy
yuri yuriy yury vasily vasyl nikita leonid gennady andrei andrey evgeny yevhen oleksiy oleksii serhiy
serhii mykola vadym taras ihor bohdan ruslan artem maksym vitaly konstantin valentin stanislav
vyacheslav grigory dmitri sergiy arsen volodimir aleksei alexandr`);

/**
 * Nouns a story uses to take up a person it has named, by trade, sport position or standing ("the
 * comedian", "the prop", "the striker", "the two-time champion"); roles are in ROLE_WORDS.
 */
export const PERSON_DESCRIPTION_NOUNS = words(`comedian comic actor actress singer songwriter rapper musician
  guitarist drummer pianist star superstar celebrity presenter broadcaster producer filmmaker
  film-maker novelist author writer poet playwright artist designer chef dancer politician tycoon
  businessman businesswoman billionaire millionaire entrepreneur banker investor spy veteran winner
  champion runner-up athlete sprinter runner hurdler jumper swimmer cyclist boxer golfer jockey skater
  skier player striker midfielder defender winger keeper goalkeeper prop lock hooker flanker
  fly-half scrum-half full-back batsman bowler all-rounder skipper
  sportsman sportswoman campaigner activist dissident blogger journalist reporter photographer
  priest bishop archbishop cardinal cleric doctor surgeon inventor soldier mp mep msp host co-host
  chart-topper hitmaker international employee nurse worker student teacher farmer driver pilot
  firefighter paramedic lecturer historian engineer consultant physician psychologist psychiatrist
  volunteer pastor rabbi imam agent realtor accountant architect electrician plumber mechanic carpenter
  shopkeeper cashier waiter waitress bartender dentist pharmacist therapist counsellor counselor retiree
  pensioner veterinarian midwife hairdresser`);

/** Who speaks for a body ("a spokesman for the ministry"). */
export const SPOKESPERSON_WORDS = words('spokesman spokeswoman spokesperson representative');

/**
 * Everyday nouns for one person a story leaves unnamed ("our taxi driver shrugged", "a woman waved"), as
 * the subject a later "he"/"she" takes up; with the gender the noun itself gives, where it gives one.
 */
export const FEMALE_PERSON_NOUNS = words(`woman girl mother daughter wife sister grandmother widow
  policewoman spokeswoman businesswoman sportswoman actress nun`);
export const MALE_PERSON_NOUNS = words(`man boy father son husband brother grandfather widower
  policeman spokesman businessman sportsman`);
export const EVERYDAY_PERSON_NOUNS = words(`driver resident officer friend neighbour neighbor nurse teacher
  student farmer worker owner shopkeeper volunteer witness survivor refugee pensioner passenger pilot
  guard guide vendor trader customer patient commander fighter medic engineer miner fisherman child
  teenager`);

/**
 * Nationality nouns a story uses for a person it has named ("said the Brazilian", "the Swede"): only
 * forms that name one person, not a people or team ("the French", "the Dutch").
 */
export const DEMONYM_NOUNS = words(`american russian ukrainian german israeli palestinian iranian syrian
  canadian mexican korean indian pakistani afghan iraqi saudi egyptian kenyan nigerian belarusian
  georgian hungarian italian norwegian estonian latvian lithuanian romanian bulgarian serbian croatian
  brazilian australian austrian belgian argentine argentinian colombian chilean peruvian venezuelan
  cuban jamaican moroccan algerian ethiopian ghanaian zimbabwean frenchman spaniard briton scot
  scotsman englishman irishman welshman dutchman swede dane finn pole czech slovak slovenian kiwi
  zealander`);

/** A title or role before a name, with the written-on forms "president-elect", "ex-minister". */
export function isTitleWord(lower: string): boolean {
  return TITLE_WORDS.has(lower) || lower.endsWith('-elect') || lower.startsWith('ex-');
}

/** A common first name of either gender ("tom", "ada"): the start of a person's name. */
export function isFirstName(lower: string): boolean {
  return MALE_NAMES.has(lower) || FEMALE_NAMES.has(lower);
}

/** Legal forms that end a company's name ("Texaco Inc", "Sears, Roebuck and Co"). */
export const LEGAL_FORMS = words(
  'corp corp. corporation inc inc. incorporated ltd ltd. limited co co. plc llc lp ag sa nv holdings',
);

/**
 * Kinds of body no person is called ("a producer", "the operator of …" may be people). ("weekly" stays
 * out: "the weekly Treasury bill tender" would make a body of "Treasury Bill".)
 */
export const BODY_KINDS =
  words(`company firm group corporation conglomerate retailer carrier airline manufacturer
  carmaker maker chain insurer lender bank agency regulator watchdog startup start-up giant
  drugmaker automaker chipmaker steelmaker brewer
  newspaper broadsheet tabloid daily`);

/** Kinds of body that are firms: what "the firm" or "the company" may take up. */
export const FIRM_KINDS = words(`company firm corporation conglomerate retailer carrier airline manufacturer
  carmaker maker chain insurer lender bank startup start-up giant drugmaker automaker chipmaker steelmaker
  brewer`);

/**
 * Words that go on a company's, a product's or an event's name after its first word and are no one's
 * surname ("Cairn Energy", "Delta Airlines", "Uefa Cup", "Virgin Radio").
 */
export const BODY_NAME_WORDS =
  words(`capital energy research airlines airways motor motors securities breweries
  brewery hotels games entertainment interactive international industries communications financial finance
  partners systems technologies technology networks software electronics pharmaceuticals petroleum oil steel
  mines mining resources insurance investments equity instruments cup awards radio television messenger
  records music pictures studios media telecom mobile smartphones europe premiership championship trophy
  prix league open series`);

/**
 * Documents and counts whose author "from" or "by" names after them ("data from the Kyiv School of
 * Economics", "a report published by the World Food Programme", "a survey by Gallup").
 */
export const AUTHORED_DOCUMENTS = words(`report study survey surveys poll polls data figures estimate
  estimates statistics calculations projections forecast forecasts`);
