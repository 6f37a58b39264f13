import { describe, expect, it } from 'vitest';
import { extract } from './index.js';
import type { Statement } from '../model/statement.js';

// Speaker resolution across a story: roles ("the President", "the Head of the Office") naming the person
// introduced with them, acronyms, country complements, sentence ends after names, pronouns. Sentences and
// names written for these tests (fictional places and people).
const CASES: Array<{ name: string; text: string; expected: Array<{ quote: string; speaker: string }> }> = [
  {
    name: 'a plural noun of people before names ("Oligarchs Mikhail Brenn and …") is no part of the first name',
    text:
      'Oligarchs Mikhail Brenn and Oleg Marsk also spoke out against the war. Brenn, who was born in Orsk, ' +
      'said in a letter to staff that he wanted the bloodshed to end. Lawmakers Anna Velko and Tom Reed met ' +
      'on Monday. Velko said to reporters that the bill would pass.',
    expected: [
      { quote: 'he wanted the bloodshed to end', speaker: 'Mikhail Brenn' },
      { quote: 'the bill would pass', speaker: 'Anna Velko' },
    ],
  },
  {
    name: 'a role of a body named with "and" ("the Secretary of the … Security and Defense Council")',
    text:
      'The council met on Monday. "We will send a small contingent," said the Secretary of the Karvian ' +
      'Security and Defense Council. Secretary of the Orsk Security and Defense Council Oleg Brenn chaired ' +
      'the next meeting. "The border is calm," said the Secretary of the Orsk Security and Defense Council.',
    expected: [
      {
        quote: '"We will send a small contingent,"',
        speaker: 'the Secretary of the Karvian Security and Defense Council',
      },
      { quote: '"The border is calm,"', speaker: 'Oleg Brenn' },
    ],
  },
  {
    name: 'a body run into the name of its head after "of"/"for" ("Head of Orsk Helicopters Holding Andrei Brenn")',
    text:
      'Ivo Marsk met Head of Orsk Helicopters Holding Andrei Brenn and Director of the Federal Service for ' +
      'Financial Monitoring Yury Velko. Andrei Brenn: Yes, this is a major achievement. Yury Velko: I would ' +
      'like to say a few words about budgets.',
    expected: [
      { quote: 'Yes, this is a major achievement', speaker: 'Andrei Brenn' },
      { quote: 'I would like to say a few words about budgets', speaker: 'Yury Velko' },
    ],
  },
  {
    name: 'a governor named after an autonomous area ("… Autonomous Area Dmitry Brenn")',
    text:
      'Peter Rask met Governor of the Velga-Orsk Autonomous Area Dmitry Brenn. The Governor started his ' +
      'report with the harvest. He said the harvest was good.',
    expected: [{ quote: 'the harvest was good', speaker: 'Dmitry Brenn' }],
  },
  {
    name: 'a governor named after the region ("Governor of the Velga Territory Oleg Brenn") is no "Territory Oleg Brenn"',
    text:
      'Peter Rask met Governor of the Velga Territory Oleg Brenn. The Governor reported that the roads were repaired. ' +
      'Governor of the Orsk Region Ivo Marsk said the hospitals were full.',
    expected: [
      { quote: 'the roads were repaired', speaker: 'Oleg Brenn' },
      { quote: 'the hospitals were full', speaker: 'Ivo Marsk' },
    ],
  },
  {
    name: '"The Guardian" is a paper, not a nationality noun like "the Argentine"',
    text:
      'The Guardian said the harbour plan would cost millions. Karvian runner Ivo Rask won the race. ' +
      'The Argentine said the course was hard.',
    expected: [{ quote: 'the harbour plan would cost millions', speaker: 'the Guardian' }],
  },
  {
    name: 'a firm named "X and Y" that speaks of itself as "it" is the whole name; two people named before are not',
    text:
      "Harlan and Voss said it would close the plant. Kemble and Rowe's said it had cut the rating. " +
      'Tom Gale and Anna Berg met on Monday. Gale and Berg said it was a fair deal.',
    expected: [
      { quote: 'it would close the plant', speaker: 'Harlan and Voss' },
      { quote: 'it had cut the rating', speaker: "Kemble and Rowe's" },
      // (two people who speak together: the pair, eval/gold/README.md's joint statement)
      { quote: 'it was a fair deal', speaker: 'Tom Gale and Anna Berg' },
    ],
  },
  {
    name: 'what an analysis is "of" is its topic: the analysis, or whose it is, speaks; a report "of" a body is the body\'s',
    text:
      "Tom Gale's analysis of the census data concluded that the city had shrunk. An analysis of the harbour " +
      'records concluded that trade fell. The report of the commission said the dam was unsafe. Critics of the ' +
      'study said it was flawed.',
    expected: [
      { quote: 'the city had shrunk', speaker: 'Tom Gale' },
      { quote: 'trade fell', speaker: 'an analysis' },
      { quote: 'the dam was unsafe', speaker: 'the commission' },
      { quote: 'it was flawed', speaker: 'critics' },
    ],
  },
  {
    name: 'three people listed before "said" speak together; a day or a place set off before a pair does not join it',
    text:
      'Ann Reed, Tom Gale and Anna Berg said the plan would fail. On Monday, Ivo Rask and Peter Holm said ' +
      'the road was closed. In Veldgrad, Tom Gale and Anna Berg said the port was busy.',
    expected: [
      { quote: 'the plan would fail', speaker: 'Ann Reed, Tom Gale and Anna Berg' },
      { quote: 'the road was closed', speaker: 'Ivo Rask and Peter Holm' },
      { quote: 'the port was busy', speaker: 'Tom Gale and Anna Berg' },
    ],
  },
  {
    name: 'a sentence that is the statement itself does not open with its speaker: "Mr Rask was wrong, he said" is not Rask',
    text:
      'Tom Gale met Peter Rask on Monday. Mr Rask was wrong about the budget, he said. ' +
      'Anna Berg, the party chairwoman, spoke to the radio. Mr Gale had "the same energy as ever", she said.',
    expected: [
      { quote: 'Mr Rask was wrong about the budget', speaker: 'Tom Gale' },
      { quote: 'Mr Gale had "the same energy as ever"', speaker: 'Anna Berg' },
    ],
  },
  {
    name: 'a role named by its country\'s formal name ("the President of the Republic of Poland") is the person introduced with the country, not another republic\'s president',
    text:
      'Polish President Ivo Rask said the visit showed solidarity. ' +
      'The President of the Republic of Poland said that he saw the damage. ' +
      'President of the Republic of Estonia Tom Gale said that more weapons were needed.',
    expected: [
      { quote: 'he saw the damage', speaker: 'Ivo Rask' },
      { quote: 'more weapons were needed', speaker: 'Tom Gale' },
    ],
  },
  {
    name: 'a role of "the Russian Federation" is a description for its holder, not a body; a nationality and a role name no one',
    text:
      'Peter Rask sent greetings to the leaders. In his message to President of Brazil Tom Gale, ' +
      'the President of the Russian Federation stressed that the partnership was strong. ' +
      'The Russian President said the harvest was good.',
    expected: [
      { quote: 'the partnership was strong', speaker: 'Peter Rask' },
      { quote: 'the harvest was good', speaker: 'Peter Rask' },
    ],
  },
  {
    name: 'a head of state is not the minister a description names',
    text:
      'President of Russia Ivo Rask met the delegation. As the Foreign Minister of Russia reported yesterday, ' +
      'the replies contain useful ideas. The Foreign Minister of the Republic of Poland said the talks went well.',
    expected: [
      { quote: 'the replies contain useful ideas', speaker: 'the Foreign Minister of Russia' },
      { quote: 'the talks went well', speaker: 'the Foreign Minister of the Republic of Poland' },
    ],
  },
  {
    name: 'a two-word title after a body before the name ("said Orvik chief executive Ann Lee"): the person, not the body',
    text:
      '"The plant will stay open," said Orvik chief executive Ann Lee. ' +
      '"We have found the right coach," said KRA general manager Tom Gale. ' +
      '"Growth will slow," said Velbank director general Ivo Rask. ' +
      'Mayor Lena Vorstad told the Harbour foreign affairs committee: "The ferry is safe."',
    expected: [
      { quote: '"The plant will stay open,"', speaker: 'Ann Lee' },
      { quote: '"We have found the right coach,"', speaker: 'Tom Gale' },
      { quote: '"Growth will slow,"', speaker: 'Ivo Rask' },
      { quote: '"The ferry is safe."', speaker: 'Lena Vorstad' },
    ],
  },
  {
    name: 'a common short first name has its gender: "she" passes over Tom for the woman who opens a later sentence',
    text:
      'Tom Ray said the pier was closed. Ada Brennick waited on the pier. "It is a shame," she said. ' +
      '"We came a long way," Ray said.',
    expected: [
      { quote: 'the pier was closed', speaker: 'Tom Ray' },
      { quote: '"It is a shame,"', speaker: 'Ada Brennick' },
      { quote: '"We came a long way,"', speaker: 'Tom Ray' },
    ],
  },
  {
    name: 'a recent speaker of the other gender passed over: no guess among names only mentioned',
    text:
      'Culture Secretary Tessa Marlow said the casinos would be regulated. ' +
      'A spokesman for the Casino Guild said members feared a "Ruritanian Las Vegas". ' +
      'He said the licences favoured foreign firms.',
    expected: [
      { quote: 'the casinos would be regulated', speaker: 'Tessa Marlow' },
      { quote: 'members feared a "Ruritanian Las Vegas"', speaker: 'the Casino Guild' },
      { quote: 'the licences favoured foreign firms', speaker: 'the Casino Guild' },
    ],
  },
  {
    name: 'a name in an opening prepositional phrase is not the subject a later pronoun takes up',
    text:
      'Oleg Brenn said he wanted the pipeline opened. With Brenn looking to cut supplies, Commission President ' +
      'Ursula von der Hagen has rolled out a plan. "Brenn is blackmailing us," she said. ' +
      'Like the old guard, Ivo Marsk calls himself a reformer. "We are the future," he said.',
    expected: [
      { quote: 'he wanted the pipeline opened', speaker: 'Oleg Brenn' },
      { quote: '"Brenn is blackmailing us,"', speaker: 'Ursula von der Hagen' },
      { quote: '"We are the future,"', speaker: 'Ivo Marsk' },
    ],
  },
  {
    name: 'a verb in an opening "unless" clause is not the cue of the main clause',
    text:
      'Full-back Tom Asher was rested. Unless the authorities agree to make changes, coach Paul Dray ' +
      'insists the clubs will suffer. "That is not good for the game," he added.',
    expected: [
      { quote: 'the clubs will suffer', speaker: 'Paul Dray' },
      { quote: '"That is not good for the game,"', speaker: 'Paul Dray' },
    ],
  },
  {
    name: 'the subject of an opening clause is taken up when the main clause names nobody',
    text:
      'Coach Max Jordan said the squad was picked. If Kelly Brand does take her place in the side, she has ' +
      'already indicated that the 1500m will be her event. After the final, Ann Lee spoke to Ivo Marsk. ' +
      '"It was a hard race," she said.',
    expected: [
      { quote: 'the squad was picked', speaker: 'Max Jordan' },
      { quote: 'the 1500m will be her event', speaker: 'Kelly Brand' },
      { quote: '"It was a hard race,"', speaker: 'Ann Lee' },
    ],
  },
  {
    name: 'a person described without a name as a subject is whom a later "he" takes up, not a name before',
    text:
      'Mayor Ivo Rask said the ferry would sail. The storm came in at noon, but our skipper shrugged. ' +
      'There was no point in waiting, he said. Rask spoke to reporters. One harbour trader said prices rose. ' +
      '"It was a long week," he said.',
    expected: [
      { quote: 'the ferry would sail', speaker: 'Ivo Rask' },
      { quote: 'There was no point in waiting', speaker: 'our skipper' },
      { quote: 'prices rose', speaker: 'one harbour trader' },
      { quote: '"It was a long week,"', speaker: 'one harbour trader' },
    ],
  },
  {
    name: 'a description that takes up a name, or stands beside it, is no one new',
    text:
      'Novelist Ada Brennick was born in Lodz. The writer moved to the coast in 1969. "I never wrote quickly," ' +
      'she once said. Ivo Rask, a journalist based in the capital, said the law would pass. ' +
      '"The minister has given instructions," he told the radio.',
    expected: [
      { quote: '"I never wrote quickly,"', speaker: 'Ada Brennick' },
      { quote: 'the law would pass', speaker: 'Ivo Rask' },
      { quote: '"The minister has given instructions,"', speaker: 'Ivo Rask' },
    ],
  },
  {
    name: 'a role held to someone ("Adviser to the Head of the Office") names the person introduced with it, in either spelling',
    text:
      "This was stated by Advisor to the Head of the Mayor's Office Ivo Rask in an interview. " +
      '"The port will reopen," he stressed. The Advisor to the Head of the Mayor\'s Office noted that talks ' +
      'had stalled. The Adviser to the Head of the Office of the Mayor stated that the ferry will run. ' +
      'The adviser to the senator said the vote was close.',
    expected: [
      { quote: 'talks had stalled', speaker: 'Ivo Rask' },
      { quote: 'the ferry will run', speaker: 'Ivo Rask' },
      { quote: 'the vote was close', speaker: 'the adviser to the senator' },
    ],
  },
  {
    name: 'a name, then its role without the closing comma: the name speaks ("Ivo Rask, Adviser to the Mayor said this")',
    text:
      'The ferry will run all winter. Ivo Rask, Adviser to the Head of the Harbour Board said this in an interview. ' +
      'Ann Lee, President of the Karvian Chamber of Commerce said the budget gave no incentives.',
    expected: [
      { quote: 'The ferry will run all winter', speaker: 'Ivo Rask' },
      { quote: 'the budget gave no incentives', speaker: 'Ann Lee' },
    ],
  },
  {
    name: 'a title "for" a portfolio before the name between commas ("The Shadow Secretary for Transport, Anna Brook, said")',
    text:
      'The Shadow Secretary for Transport, Anna Brook, said the line would close. ' +
      'The Minister of Harbours, Ivo Rask, said the ferry would run.',
    expected: [
      { quote: 'the line would close', speaker: 'Anna Brook' },
      { quote: 'the ferry would run', speaker: 'Ivo Rask' },
    ],
  },
  {
    name: 'a body named before its document speaks through it ("A White House statement said")',
    text:
      'A Harbour Board statement said the port would reopen. The ferry company was silent. ' +
      'A joint Karvian Ferry Agency report said two crew were missing.',
    expected: [
      { quote: 'the port would reopen', speaker: 'Harbour Board' },
      { quote: 'two crew were missing', speaker: 'Karvian Ferry Agency' },
    ],
  },
  {
    name: 'a message takes the person who sent it in the sentence before, and no one else',
    text:
      'Mayor Ivo Rask sent greetings to the ferry crews on their anniversary. The message reads, in part: ' +
      '"Your work keeps the islands together." The harbour board received a letter. The letter reads: "We are grateful."',
    expected: [
      { quote: '"Your work keeps the islands together."', speaker: 'Ivo Rask' },
      { quote: '"We are grateful."', speaker: 'the letter' },
    ],
  },
  {
    name: 'a message takes the person who congratulated, offered condolences or has sent greetings before it',
    text:
      'Mayor Ivo Rask congratulated the ferry crews on their anniversary. The message reads, in part: ' +
      '"Your work keeps the islands together." Governor Ann Kello offered condolences to the family of the ' +
      'late captain Tom Reed. The message reads: "He was a brave sailor." Minister Oleg Brenn has sent ' +
      'greetings to the lighthouse keepers. The message reads: "Your light guides us all."',
    expected: [
      { quote: '"Your work keeps the islands together."', speaker: 'Ivo Rask' },
      { quote: '"He was a brave sailor."', speaker: 'Ann Kello' },
      { quote: '"Your light guides us all."', speaker: 'Oleg Brenn' },
    ],
  },
  {
    name: 'a role with an "of" complement is named by the whole phrase, and "added" takes up the last speaker',
    text:
      'Karvian Foreign Minister Ivo Marsk met his Orsk counterpart on Monday. Marsk said the talks were ' +
      'useful. The head of Karvian diplomacy also added that the border would stay open. The head of the ' +
      'Karvia railways says five stations came under fire. Tom Reed, a German envoy, said trade was growing. ' +
      "The leader of the People's Republic of Orsk noted that the talks must go on.",
    expected: [
      { quote: 'the border would stay open', speaker: 'Ivo Marsk' },
      { quote: 'five stations came under fire', speaker: 'the head of the Karvia railways' },
      { quote: 'the talks must go on', speaker: "the leader of the People's Republic of Orsk" },
    ],
  },
  {
    name: 'a "he" takes up "the head of the … committee", a person, not a body',
    text:
      'The head of the harbour rules committee has accused the board of a breach of trust. He said the ' +
      'change would make it harder to sail.',
    expected: [
      {
        quote: 'the change would make it harder to sail',
        speaker: 'the head of the harbour rules committee',
      },
    ],
  },
  {
    name: '"the paper" takes up the newspaper that last reported, not a person quoted since',
    text:
      'The rail deal has been delayed, according to the Karvia Herald. The paper said officials had been ' +
      'irritated. The Orsk Tribune reported that the mayor would resign. Tom Reed said he knew nothing. ' +
      'The newspaper said the mayor had debts.',
    expected: [
      { quote: 'officials had been irritated', speaker: 'the Karvia Herald' },
      { quote: 'the mayor had debts', speaker: 'the Orsk Tribune' },
    ],
  },
  {
    name: '"the firm" takes up a firm named with a relative clause in the sentence before',
    text:
      'Tube workers walked out last week. Brillex, the private firm which runs the tube lines, has offered ' +
      'a pay rise. The firm promised no jobs would be lost.',
    expected: [{ quote: 'no jobs would be lost', speaker: 'Brillex' }],
  },
  {
    name: '"the company" takes up a firm named with its kind in the sentence before, not "Shares in …"',
    text: 'Shares in Orsk Energy, a Karvian oil firm, fell 18% on Monday. The company said tests had shown no oil.',
    expected: [{ quote: 'tests had shown no oil', speaker: 'Orsk Energy' }],
  },
  {
    name: '"the firm" takes up a drugmaker named in the sentence before',
    text: 'Profits at drugmaker Velko Labs fell 93%. The firm said its costs rose.',
    expected: [{ quote: 'its costs rose', speaker: 'Velko Labs' }],
  },
  {
    name: '"the firm" is the firm that spoke, not one named with its kind since',
    text:
      'Strong sales helped Brillex boost its profits. Karvian carmaker Velko Motors, in which Brillex owns a ' +
      'stake, also grew. Brillex said the outlook was stable. However, the firm said margins would be lower.',
    expected: [{ quote: 'margins would be lower', speaker: 'Brillex' }],
  },
  {
    name: '"according to a report by X" is X\'s, past a kind of body before the name, and no date or place',
    text:
      'The games market grew by 100%, according to a recent report by analysts Karvia Digital. A quarter of ' +
      'users upload content, according to a report by Karvian think-tank Velko Data. Sales fell, according ' +
      'to a study from the Orsk Retail Consortium. Prices rose, according to a report from Monday.',
    expected: [
      { quote: 'The games market grew by 100%', speaker: 'Karvia Digital' },
      { quote: 'A quarter of users upload content', speaker: 'Velko Data' },
      { quote: 'Sales fell', speaker: 'the Orsk Retail Consortium' },
      { quote: 'Prices rose', speaker: 'a report' },
    ],
  },
  {
    name: '"according to X and Y" names one source: the coordination is no content',
    text:
      'Exports rose by a third, according to the Karvian Department of Trade and Industry. According to ' +
      'Brillex & Velko, prices will fall. The town fell according to police and the army moved in.',
    expected: [
      { quote: 'Exports rose by a third', speaker: 'the Karvian Department of Trade and Industry' },
      { quote: 'prices will fall', speaker: 'Brillex & Velko' },
    ],
  },
  {
    name: 'a relative clause on the "according to" source is no content',
    text:
      'According to Velko Ratings, which cut the rating last week, debt will rise. "The port will reopen," ' +
      'according to Lena Voss, who represents the dockers. The ferry will sail, according to Tom Reed.',
    expected: [
      { quote: 'debt will rise', speaker: 'Velko Ratings' },
      { quote: '"The port will reopen,"', speaker: 'Lena Voss' },
      { quote: 'The ferry will sail', speaker: 'Tom Reed' },
    ],
  },
  {
    name: 'a hyphenated surname alone ("Garcia-Reyes") opens a sentence as the person it names',
    text:
      'Top seed Tomas Velko lost to Pablo Garcia-Reyes on Monday. Velko looked tired from the start. ' +
      'Garcia-Reyes was delighted with the win. "This was the best win of my life as Tomas is a great ' +
      'player," he said.',
    expected: [
      {
        quote: '"This was the best win of my life as Tomas is a great player,"',
        speaker: 'Pablo Garcia-Reyes',
      },
    ],
  },
  {
    name: 'a statement takes the person or body that issued it in the sentence before',
    text:
      'Harbour Minister Ann Kello issued a statement on Friday. The ferries will run again, the statement ' +
      'said. The Ferry Guild released a statement. "We condemn the closure," read the statement.',
    expected: [
      { quote: 'The ferries will run again', speaker: 'Ann Kello' },
      { quote: '"We condemn the closure,"', speaker: 'the Ferry Guild' },
    ],
  },
  {
    name: 'a news agency whose name starts with a participle; a person whose surname is a body word',
    text:
      'The ferry sank on Friday, the Associated Press reported. The Associated Press said two crew were missing. ' +
      'Jim White said the harbour was closed.',
    expected: [
      { quote: 'The ferry sank on Friday', speaker: 'the Associated Press' },
      { quote: 'two crew were missing', speaker: 'the Associated Press' },
      { quote: 'the harbour was closed', speaker: 'Jim White' },
    ],
  },
  {
    name: 'a trade or nationality capitalised before a full name is no part of it ("Actor Ivo Marsk")',
    text:
      'Actor Ivo Marsk said the play would tour. Boss Lena Vorstad said the club was calm. ' +
      'Karvian Oleg Brenn admitted he was tired. The American Stock Exchange said trading was heavy.',
    expected: [
      { quote: 'the play would tour', speaker: 'Ivo Marsk' },
      { quote: 'the club was calm', speaker: 'Lena Vorstad' },
      { quote: 'he was tired', speaker: 'Karvian Oleg Brenn' },
      { quote: 'trading was heavy', speaker: 'the American Stock Exchange' },
    ],
  },
  {
    name: 'a day or month run into the name before it is not part of it ("On Thursday Harbex said")',
    text:
      'On Thursday Harbex said it would close two ferries. In September Varnoq said the quay would reopen. ' +
      'Japan Ferries said fares would rise.',
    expected: [
      { quote: 'it would close two ferries', speaker: 'Harbex' },
      { quote: 'the quay would reopen', speaker: 'Varnoq' },
      { quote: 'fares would rise', speaker: 'Japan Ferries' },
    ],
  },
  {
    name: 'a person named after the body they lead: the name starts after the body, which goes to the title',
    text:
      'Director of the Veldgrad Water Board Ilse Varnoq said the pipes would hold. ' +
      'Council on Karvian-Veldonian Relations Orla Brenn said the talks were useful.',
    expected: [
      { quote: 'the pipes would hold', speaker: 'Ilse Varnoq' },
      { quote: 'the talks were useful', speaker: 'Orla Brenn' },
    ],
  },
  {
    name: 'a known first name after the body: later surname mentions take the full name',
    text: 'Chair of the Veldgrad Harbour Authority Maria Kessel opened the pier. Kessel said it would carry ferries.',
    expected: [{ quote: 'it would carry ferries', speaker: 'Maria Kessel' }],
  },
  {
    name: "an outlet and a day are nobody's name",
    text: 'The governor told Karvia News Digital Friday that the roads were open.',
    expected: [{ quote: 'the roads were open', speaker: 'the governor' }],
  },
  {
    name: 'a bare role names the person introduced with it',
    text:
      'President of Freedonia Anna Kowalczyk met Prime Minister of the Republic of Sylvania Tomas Brandt in Vella. ' +
      '"We agreed on the bridge," the President said. The Prime Minister said his country would pay half.',
    expected: [
      { quote: '"We agreed on the bridge,"', speaker: 'Anna Kowalczyk' },
      { quote: 'his country would pay half', speaker: 'Tomas Brandt' },
    ],
  },
  {
    name: 'the country after "of" is not part of the name',
    text: 'President of Freedonia Anna Kowalczyk said the border would open on Monday.',
    expected: [{ quote: 'the border would open on Monday', speaker: 'Anna Kowalczyk' }],
  },
  {
    name: 'a demonym stands for the country, and "Head of State" for the president',
    text:
      'President of Ruritania Karl Weber visited the plant. "It is a good day," the Ruritanian President said. ' +
      'The Head of State stressed that the plant would stay open.',
    expected: [
      { quote: '"It is a good day,"', speaker: 'Karl Weber' },
      { quote: 'the plant would stay open', speaker: 'Karl Weber' },
    ],
  },
  {
    name: 'a long role with "of the …", and its deputy kept apart',
    text:
      'Head of the Office of the Mayor Dana Whitfield and Deputy Head of the Office of the Mayor Lee Marsh met ' +
      'reporters. The Deputy Head of the Office of the Mayor said the budget was ready. According to the Head ' +
      'of the Office of the Mayor, the vote will be held in May.',
    expected: [
      { quote: 'the budget was ready', speaker: 'Lee Marsh' },
      { quote: 'the vote will be held in May', speaker: 'Dana Whitfield' },
    ],
  },
  {
    name: 'of two people with the role, the latest speaker',
    text:
      'President of Freedonia Anna Kowalczyk met President of Sylvania Tomas Brandt. "The talks went well," ' +
      'Tomas Brandt said. "We will meet again," the President added.',
    expected: [{ quote: '"We will meet again,"', speaker: 'Tomas Brandt' }],
  },
  {
    name: 'a role in apposition after the name',
    text:
      'Julia Stern, the agency spokesperson, confirmed the delay. Later the spokesperson said the launch would ' +
      'move to July.',
    expected: [{ quote: 'the launch would move to July', speaker: 'Julia Stern' }],
  },
  {
    name: 'a description with the name in apposition',
    text: "According to the team's coach, Maria Lopez, the players trained for months.",
    expected: [{ quote: 'the players trained for months', speaker: 'Maria Lopez' }],
  },
  {
    name: 'an acronym defined in parentheses',
    text: 'The Northern Weather Agency (NWA) said storms would reach the coast by night. "Stay inside," NWA added.',
    expected: [
      { quote: 'storms would reach the coast by night', speaker: 'Northern Weather Agency' },
      { quote: '"Stay inside,"', speaker: 'Northern Weather Agency' },
    ],
  },
  {
    name: 'an acronym in parentheses after a name with linking words ("Institute for the Study of Tides (IST)")',
    text:
      'The Institute for the Study of Tides (IST) published its survey. "The coast is sinking," IST said. ' +
      'The Board of Harbour Pilots (BHP) met on Monday. BHP said the channel was closed.',
    expected: [
      { quote: '"The coast is sinking,"', speaker: 'Institute for the Study of Tides' },
      { quote: 'the channel was closed', speaker: 'Board of Harbour Pilots' },
    ],
  },
  {
    name: "an acronym the story spells out elsewhere, without parentheses, is that name; a person's initials are not",
    text:
      'The Northern Trade Union met the ministers on Monday. The NTU said the talks had failed. ' +
      'The strike was first reported by the Marsh County Gazette. Pay would fall by a tenth, according to the MCG. ' +
      'Tom Vance chairs the board. TV said the vote would be close. Ola Nembe met Rask Vell. RV said the deal was off.',
    expected: [
      { quote: 'the talks had failed', speaker: 'Northern Trade Union' },
      { quote: 'Pay would fall by a tenth', speaker: 'Marsh County Gazette' },
      { quote: 'the vote would be close', speaker: 'TV' },
      { quote: 'the deal was off', speaker: 'RV' },
    ],
  },
  {
    name: 'a document a speaker said things "in" speaks for that speaker ("the statement said" after "X said in a statement")',
    text:
      'Two ferries collided off Marlow, the Coastal Guard said in a statement on Monday. ' +
      '"The cause is under investigation," the statement said. ' +
      'In a new report, the Brill Foundation warned that the river was dying. The report said the fish had gone. ' +
      'Tom Vance spoke on Tuesday. The letter said the plant would close.',
    expected: [
      { quote: '"The cause is under investigation,"', speaker: 'the Coastal Guard' },
      { quote: 'the fish had gone', speaker: 'the Brill Foundation' },
      { quote: 'the plant would close', speaker: 'the letter' },
    ],
  },
  {
    name: 'a statement an outlet relays is not the outlet\'s ("According to Harbour News, the ministry said this in a statement")',
    text:
      'The Veldgrad Foreign Ministry has called on all states to back the tribunal. According to Harbour ' +
      'News, the ministry said this in a statement on its website. "We are grateful to our partners," the ' +
      'statement said. It added that the nation had grown stronger.',
    expected: [
      { quote: '"We are grateful to our partners,"', speaker: 'the ministry' },
      { quote: 'the nation had grown stronger', speaker: 'the ministry' },
    ],
  },
  {
    name: 'a company inside another\'s words is not "the company" nor "it" ("Acme Corp said its unit and Beta Co agreed to …")',
    text:
      'Brenmoor Oil Corp said its Brenmoor Offshore Inc unit and Oslo-based Fjord Energy Co Ltd agreed to drill ' +
      'ten wells in the North Sea. The first well will be drilled in May, the company said. It said Fjord ' +
      'would pay half the cost.',
    expected: [
      { quote: 'The first well will be drilled in May', speaker: 'Brenmoor Oil Corp' },
      { quote: 'Fjord would pay half the cost', speaker: 'Brenmoor Oil Corp' },
    ],
  },
  {
    name: "the same document further on keeps its issuer; a role's greetings are the role holder's",
    text:
      'The Coastal Guard said in a statement on Monday that two ferries had collided. "The cause is under ' +
      'investigation," the statement said. Divers reached the wreck at noon. The harbour reopened in the ' +
      'evening. Traffic was light. "No one was hurt," the statement reads. Estonian Ambassador to Russia ' +
      'Ivan Petrov sent a message to the festival. "We are proud to take part," the ambassador\'s greetings read.',
    expected: [
      { quote: '"No one was hurt,"', speaker: 'the Coastal Guard' },
      { quote: '"We are proud to take part,"', speaker: 'Ivan Petrov' },
    ],
  },
  {
    name: 'a kind of body alone ("the group") is the body the story named with that kind before',
    text:
      'The group, Fair Work Alliance, was formed in May. The group said the contract had confused staff. ' +
      'The carmaker Brillauto cut 200 jobs. The carmaker said it would close two plants. ' +
      'The Marlow Institute for Coastal Studies, a private group, met on Friday. The group added that the dunes were eroding.',
    expected: [
      { quote: 'the contract had confused staff', speaker: 'Fair Work Alliance' },
      { quote: 'it would close two plants', speaker: 'Brillauto' },
      { quote: 'the dunes were eroding', speaker: 'Marlow Institute for Coastal Studies' },
    ],
  },
  {
    name: 'a kind of body named after an opening phrase, or never named, stays a description',
    text:
      'In a filing with the Harbour Exchange Board, the group, led by Tom Vance, asked for data. ' +
      'The group said it held most of the shares. Ann Lee sold her stake. The agency said the deal was done.',
    expected: [
      { quote: 'it held most of the shares', speaker: 'the group' },
      { quote: 'the deal was done', speaker: 'the agency' },
    ],
  },
  {
    name: 'an acronym in parentheses of a body\'s name in its own language ("Karvia\'s State Rescue Service (DSNK)")',
    text:
      "Crews from Karvia's State Rescue Service (DSNK) arrived within minutes. The DSNK says 91 of its rescuers were hurt. " +
      'Officers of the Security Service of Velgaria (SBV) detained him. The SBV said he had spied for Orsk. ' +
      'Tom Reed of Harbex Capital (HXF) said the fund grew. HXF said it would buy more.',
    expected: [
      { quote: '91 of its rescuers were hurt', speaker: 'State Rescue Service' },
      { quote: 'he had spied for Orsk', speaker: 'Security Service of Velgaria' },
      { quote: 'the fund grew', speaker: 'Tom Reed' },
      { quote: 'it would buy more', speaker: 'HXF' },
    ],
  },
  {
    name: 'two people named with their titles as one subject are the pair ("Karvian President Ivo Marsk and …")',
    text:
      'Karvian President Ivo Marsk and Velgan Prime Minister Anna Berg declared that their alliance had no limits. ' +
      'Secretary of the Orsk Security and Defense Council Oleg Brenn proposed to audit the stocks.',
    expected: [
      { quote: 'their alliance had no limits', speaker: 'Ivo Marsk and Anna Berg' },
      { quote: 'to audit the stocks', speaker: 'Oleg Brenn' },
    ],
  },
  {
    name: '"the ministry", "the agency", "the bank", "the carrier" take up the last body named on that word',
    text:
      "Drones struck a depot at dawn, according to Karvia's Defence Ministry. The ministry said 12 drones were shot down. " +
      'Inspectors from the Orsk Atomic Energy Agency visited the plant on Monday. The agency said the reactor was stable. ' +
      'The Central Bank of Velgaria raised rates. The bank said inflation was too high. ' +
      'Storms grounded flights. Harbex Airways cancelled 40 flights. The carrier said passengers would be rebooked. ' +
      'Officials from the Industrial and Farm Bank of Orsk met. The bank added that loans had doubled.',
    expected: [
      { quote: '12 drones were shot down', speaker: "Karvia's Defence Ministry" },
      { quote: 'the reactor was stable', speaker: 'Orsk Atomic Energy Agency' },
      { quote: 'inflation was too high', speaker: 'Central Bank of Velgaria' },
      { quote: 'passengers would be rebooked', speaker: 'Harbex Airways' },
      { quote: 'loans had doubled', speaker: 'Industrial and Farm Bank of Orsk' },
    ],
  },
  {
    name: 'a body word alone, or another kind of body, is no name for "the ministry" or "the agency"',
    text:
      'Ministry officials met on Monday. The ministry said the talks were useful. ' +
      'The Karvian Trade Ministry published the data. The agency said exports rose. ' +
      'The Velgan Weather Service issued a warning. The ministry added that roads were closed.',
    expected: [
      { quote: 'the talks were useful', speaker: 'the ministry' },
      { quote: 'exports rose', speaker: 'the agency' },
      { quote: 'roads were closed', speaker: 'Karvian Trade Ministry' },
    ],
  },
  {
    name: '"the company" takes up the company that spoke before a person quoted in between (an analyst, its own chief)',
    text:
      'Harbex Foods Inc said profits rose by a tenth. "Sales were strong," said Ivo Rask, an analyst at Brill Bank. ' +
      'The company also said it would hire 50 staff.',
    expected: [{ quote: 'it would hire 50 staff', speaker: 'Harbex Foods Inc' }],
  },
  {
    name: '"the firm" takes up the company past its own chief quoted in between',
    text:
      'Lornex Corp said it would cut prices. "We are ready," said Anna Berg, its chief executive. ' +
      'The firm added that two shops would close.',
    expected: [{ quote: 'two shops would close', speaker: 'Lornex Corp' }],
  },
  {
    name: 'a full stop after a name ends it',
    text:
      'Mark Oakes had read the file. The case went to a lawyer, Peter Vance. Oakes wrote that the papers ' +
      'were lost.',
    expected: [{ quote: 'the papers were lost', speaker: 'Mark Oakes' }],
  },
  {
    name: 'a person opening a later sentence takes the pronoun from the last speaker',
    text:
      '"We played well," coach Tom Reyes said. Peter Novak scored twice in the second half. He said, ' +
      '"It felt good out there."',
    expected: [{ quote: '"It felt good out there."', speaker: 'Peter Novak' }],
  },
  {
    name: 'a name and a phrase before "says": the pronoun after it',
    text:
      'Tom Hale says the rules are clear. Anna Berg for the city council says they will vote in June. ' +
      'She says the issue is complicated.',
    expected: [{ quote: 'the issue is complicated', speaker: 'Anna Berg' }],
  },
  {
    name: 'a quotation after a sentence opened by a newly named person is theirs',
    text:
      '"We will keep the school open," Mayor Tom Reyes said.\n\nNot everyone agreed. Senator Anna Berg, a ' +
      'Republican, issued a statement on Monday. "The budget cannot carry another school."',
    expected: [{ quote: '"The budget cannot carry another school."', speaker: 'Anna Berg' }],
  },
  {
    name: 'a product opening a sentence takes no pronoun',
    text:
      'Analyst Carolina Reyes said phones would sell well in 2005. The Motorola Razr V3 phone was typical of ' +
      'that, she added.',
    expected: [{ quote: 'The Motorola Razr V3 phone was typical of that', speaker: 'Carolina Reyes' }],
  },
  {
    name: "a person's statement speaks for them",
    text:
      'Senator Ann Lee voted against the bill. Lee\'s statement added, "The budget cannot carry another ' +
      'school."',
    expected: [{ quote: '"The budget cannot carry another school."', speaker: 'Ann Lee' }],
  },
  {
    name: 'the agent of a reduced passive is not the speaker',
    text: 'An internal memo seen by the Daily Courier says the plant will close in June.',
    expected: [{ quote: 'the plant will close in June', speaker: 'an internal memo' }],
  },
  {
    name: '"they" takes the plural subject of its own sentence',
    text:
      'Sheriff Tom Hale told reporters the case was theft. On Monday, city officials went to the station, ' +
      'where they claimed the files had been taken.',
    expected: [{ quote: 'the files had been taken', speaker: 'city officials' }],
  },
  {
    name: '"they" does not take a subject inside the quotation',
    text: 'Bank analysts said rates would rise. Investors were buying dollars again, they said.',
    expected: [{ quote: 'Investors were buying dollars again', speaker: 'Bank analysts' }],
  },
  {
    name: 'a title-case headline run into the story: its capitalised "With" is no role phrase',
    text:
      'Prime Minister Maria Kask said the drills would go ahead.\n\nOther News: Troop Training Will Not ' +
      'Trigger War With Russia Kask said that the drills were defensive.',
    expected: [{ quote: 'the drills were defensive', speaker: 'Maria Kask' }],
  },
  {
    name: '"him" skips a woman',
    text: 'Tom Hale said the plan was fair. Anna Berg said it was late. According to him, the costs will fall.',
    expected: [{ quote: 'the costs will fall', speaker: 'Tom Hale' }],
  },
  {
    name: 'a role nobody was introduced with takes up the last subject, not a holder of another presidency',
    text:
      'Karl Weber had a telephone conversation with President of the European Council Anna Brandt. ' +
      'Anna Brandt told Karl Weber about her visit to Kyiv. Karl Weber set out his view of the talks. ' +
      'The President of Russia said that the talks had been useful.',
    expected: [{ quote: 'the talks had been useful', speaker: 'Karl Weber' }],
  },
  {
    name: 'a description with a country takes up the last subject written with that country',
    text:
      'Finnish President Anna Virtanen arrived in Aarhus on Monday. Danish Prime Minister Jens Holm said ' +
      'the talks were useful. The Finnish leader said the border would stay open.',
    expected: [
      { quote: 'the talks were useful', speaker: 'Jens Holm' },
      { quote: 'the border would stay open', speaker: 'Anna Virtanen' },
    ],
  },
  {
    name: 'a description with a country names no one written with another country',
    text:
      'Danish Prime Minister Jens Holm arrived in Turku on Monday. Holm said the talks were useful. ' +
      'The Finnish leader said the border would stay open.',
    expected: [{ quote: 'the border would stay open', speaker: 'the Finnish leader' }],
  },
  {
    name: 'a description takes up the last subject, unless the statement talks about that person',
    text:
      'Mark Olsen ran the fund until May. Olsen later moved to Oslo. The former finance officer said the fund was sound. ' +
      'Tom Hale joined the bank in 2001. Hale left in 2009. The former auditor said Mr Hale knew about the losses.',
    expected: [
      { quote: 'the fund was sound', speaker: 'Mark Olsen' },
      { quote: 'Mr Hale knew about the losses', speaker: 'the former auditor' },
    ],
  },
  {
    name: 'a description with no country takes up only someone the article keeps naming',
    text: 'Tom Reed said he was ill. The mayor said the bridge was safe.',
    expected: [
      { quote: 'he was ill', speaker: 'Tom Reed' },
      { quote: 'the bridge was safe', speaker: 'the mayor' },
    ],
  },
  {
    name: 'a spokesman speaks for someone else: no one in view',
    text: 'Mark Olsen opened the plant in May. The company spokesman said the plant would close.',
    expected: [{ quote: 'the plant would close', speaker: 'the company spokesman' }],
  },
  {
    name: 'a surname spelt a little differently names the person introduced with it',
    text:
      'Food adviser Lydia Brechtmann said the rules would change. "We need more time," Ms Barchtmann said. ' +
      'Minister Jakob Wolinski visited the port. Wolinsky said the port would stay open.',
    expected: [
      { quote: '"We need more time,"', speaker: 'Lydia Brechtmann' },
      { quote: 'the port would stay open', speaker: 'Jakob Wolinski' },
    ],
  },
  {
    name: 'a surname variant close to two introduced surnames, or to a short one, names no one of them',
    text:
      'Tom Hansen and Tina Hanson met on Monday. Hansan said the deal was done. ' +
      'Karl Berg opened the fair. Ms Burg said sales were up.',
    expected: [
      { quote: 'the deal was done', speaker: 'Hansan' },
      { quote: 'sales were up', speaker: 'Burg' },
    ],
  },
  {
    name: 'anonymous sources "close to" or "familiar with" someone are the speaker, not that someone',
    text:
      'Mayor Tom Hale met the board on Monday. Sources close to the mayor say he will resign. ' +
      'People familiar with the talks said the port would be sold. Those close to him say he is tired.',
    expected: [
      { quote: 'he will resign', speaker: 'sources' },
      { quote: 'the port would be sold', speaker: 'people' },
      { quote: 'he is tired', speaker: 'those' },
    ],
  },
  {
    name: 'a trade takes up the person last named: "Tom Garvey … The comedian said"',
    text:
      'Tom Garvey has told fans he will not tour again. The comedian said the road had worn him down. ' +
      '"I am tired," he said.',
    expected: [
      { quote: 'the road had worn him down', speaker: 'Tom Garvey' },
      { quote: '"I am tired,"', speaker: 'Tom Garvey' },
    ],
  },
  {
    name: 'a nationality of two words and a trade as epithets: "said the New Zealander", "the TV host said"',
    text:
      'Director Tom Garvey has agreed to make the film. "It will take years," said the New Zealander. ' +
      'Ann Kello presents the late show. The TV host said the guests were chosen with care.',
    expected: [
      { quote: '"It will take years,"', speaker: 'Tom Garvey' },
      { quote: 'the guests were chosen with care', speaker: 'Ann Kello' },
    ],
  },
  {
    name: 'an epithet that "added" goes on from the last speaker, not a newer sentence subject',
    text:
      'Former Veldgrad manager Ivo Marsk has turned down the job. "It is a fine club," Marsk told the BBC. ' +
      'Club director Tom Reed held talks with Marsk on Saturday. The 48-year-old added ' +
      'that the move would not be wise.',
    expected: [
      { quote: '"It is a fine club,"', speaker: 'Ivo Marsk' },
      { quote: 'the move would not be wise', speaker: 'Ivo Marsk' },
    ],
  },
  {
    name: 'a trade alone takes up the recent speaker already called by it, past a newer speaker',
    text:
      'Bishop Alan Crane told the synod the rules were unfair. Home Secretary Tom Reed told MPs the law ' +
      'would stand. The bishop said the law was cruel.',
    expected: [
      { quote: 'the rules were unfair', speaker: 'Alan Crane' },
      { quote: 'the law would stand', speaker: 'Tom Reed' },
      { quote: 'the law was cruel', speaker: 'Alan Crane' },
    ],
  },
  {
    name: 'an age takes up the person last named: "said the 24-year-old"',
    text:
      'Anna Velkova won the final in Brenmoor. Velkova had lost in the first round a year ago. ' +
      '"This is the best day of my life," said the 24-year-old.',
    expected: [{ quote: '"This is the best day of my life,"', speaker: 'Anna Velkova' }],
  },
  {
    name: 'a described position after a name with adjectives: "added the Veldonian producer"',
    text: 'Producer Kevin Marsh said the show would open in May. "It will be worth the wait," added the Veldonian producer.',
    expected: [{ quote: '"It will be worth the wait,"', speaker: 'Kevin Marsh' }],
  },
  {
    name: 'a nationality alone takes up the person last named: "said the Brazilian"',
    text: 'Michael Arrieta reached the final in Brenmoor. "I played my best tennis today," said the Brazilian.',
    expected: [{ quote: '"I played my best tennis today,"', speaker: 'Michael Arrieta' }],
  },
  {
    name: 'a nationality noun takes up the person last named: "The Swede said"',
    text: 'Lars Holm won the sprint in Veldgrad. Holm had trained there all winter. The Swede said the wind had helped him.',
    expected: [{ quote: 'the wind had helped him', speaker: 'Lars Holm' }],
  },
  {
    name: 'an outlet that reports is no "he": the pronoun goes to the minister before it',
    text:
      'Ruritanian Foreign Minister Ivo Dravic signalled on Monday that the port could reopen, according to ' +
      'Brenpress. "We will not wait forever," he said.',
    expected: [{ quote: '"We will not wait forever,"', speaker: 'Ivo Dravic' }],
  },
  {
    name: 'a firm that reports is taken up by "it" and "the firm"',
    text:
      'In 2003, Kestrova reported a 20% rise in profits, and it has forecast similar gains this year. ' +
      'The firm said costs were under control.',
    expected: [{ quote: 'costs were under control', speaker: 'Kestrova' }],
  },
  {
    name: "names later in the subject's own sentence do not stand between it and a description",
    text:
      'Peter Vasko has joined fellow singers Maria Lind and David Orr in backing the festival. ' +
      'Speaking on local radio, the veteran singer said the town needed it.',
    expected: [{ quote: 'the town needed it', speaker: 'Peter Vasko' }],
  },
  {
    name: 'a qualified role takes up the person last named: "the Liberal leader said"',
    text: 'Martin Holloway has said taxes will fall if his party wins. "We will cut taxes," the Liberal leader said.',
    expected: [{ quote: '"We will cut taxes,"', speaker: 'Martin Holloway' }],
  },
  {
    name: 'a role of another country does not take up the person last named',
    text:
      'US Secretary of State Ann Brody met the envoy in Veldgrad. Brody called the talks useful. ' +
      'The Russian foreign minister said the talks had failed.',
    expected: [{ quote: 'the talks had failed', speaker: 'the Russian foreign minister' }],
  },
  {
    name: 'a description after a second person named stays unknown',
    text:
      'Mark Dorran scored twice. A late shot went past the dive of Peter Hollis. ' +
      'The keeper said the defence had let him down.',
    expected: [{ quote: 'the defence had let him down', speaker: 'the keeper' }],
  },
  {
    name: 'a subordinate clause whose subject has an appositive: the subject speaks, and "she" takes her up',
    text:
      'The report came as Ada Varn, the Veldonian envoy for Global Justice, said Ivo Marek, the leader of ' +
      'the Brenmoor group, had misled the court. She added the trial would go on. ' +
      'The port closed while Tom Reed, the harbour master, said the storm would pass.',
    expected: [
      { quote: 'Ivo Marek, the leader of the Brenmoor group, had misled the court', speaker: 'Ada Varn' },
      { quote: 'the trial would go on', speaker: 'Ada Varn' },
      { quote: 'the storm would pass', speaker: 'Tom Reed' },
    ],
  },
  {
    name: '"such as" and a clause with a second insertion open no subject before an inverted attribution',
    text:
      'Many of the towns, such as Brenmoor, Veldgrad or Ostrava, do not buy flood insurance, said a Veldonian expert. ' +
      'Although Mr Marek, 21, took some files, it is thought he saw no card numbers, said Ada Varn.',
    expected: [
      {
        quote: 'Many of the towns, such as Brenmoor, Veldgrad or Ostrava, do not buy flood insurance',
        speaker: 'a Veldonian expert',
      },
      {
        quote: 'Although Mr Marek, 21, took some files, it is thought he saw no card numbers',
        speaker: 'Ada Varn',
      },
    ],
  },
  {
    name: 'a description ending in a place, then the name between commas ("the organiser in Veldonia, Ada Varn, told")',
    text:
      'The festival organiser in Veldonia, Ada Varn, told the paper that the town was angry. ' +
      '"We are amazed," the harbour master at Brenmoor, Tom Reed, told the Courier\'s Harbour programme. ' +
      '"Nobody asked us."',
    expected: [
      { quote: 'the town was angry', speaker: 'Ada Varn' },
      { quote: '"We are amazed,"', speaker: 'Tom Reed' },
      { quote: '"Nobody asked us."', speaker: 'Tom Reed' },
    ],
  },
  {
    name: 'a description with a relative clause, then the name between commas ("The group that owns …, Big Machine, says")',
    text:
      'The group that owns most of her songs, Harlow Group, says she may sing them on Sunday. ' +
      'The company that runs the Veldon Awards, Tessel Media, denies that a deal has been reached. ' +
      '"We have no further comment," it said. ' +
      'The paper that broke the story, the Brenmoor Courier, said the mayor had resigned. ' +
      'The company said that its new chief, Tom Hale, would start in May.',
    expected: [
      { quote: 'she may sing them on Sunday', speaker: 'Harlow Group' },
      { quote: 'a deal has been reached', speaker: 'Tessel Media' },
      { quote: '"We have no further comment,"', speaker: 'Tessel Media' },
      { quote: 'the mayor had resigned', speaker: 'the Brenmoor Courier' },
      { quote: 'its new chief, Tom Hale, would start in May', speaker: 'Tessel Media' },
    ],
  },
  {
    name: 'a description, then a title and a full name in apposition ("said another witness in the probe, former adviser Fiona Hill")',
    text:
      'Reed ran the port, said another witness in the inquiry, former harbour adviser Ada Varn. ' +
      '"Our aim is to be heard," said the committee chairman, MP Ivo Rask. ' +
      'Mr Marek, an MEP for the East Midlands, said he would stand. ' +
      'Veldonian President Tom Hale, a close ally of President Ann Lee, said the border was shut. ' +
      'Sources close to Finance Minister Eva Dorn said the bank would be sold.',
    expected: [
      { quote: 'Reed ran the port', speaker: 'Ada Varn' },
      { quote: '"Our aim is to be heard,"', speaker: 'Ivo Rask' },
      { quote: 'he would stand', speaker: 'Marek' },
      { quote: 'the border was shut', speaker: 'Tom Hale' },
      { quote: 'the bank would be sold', speaker: 'sources' },
    ],
  },
  {
    name: 'an occupation takes up the person the sentence before named ("The real estate agent said")',
    text:
      'Ada Varn did not know the candidate was coming but saw his visit as a pleasant surprise. ' +
      'The real estate agent said she had been raised by a single parent too.',
    expected: [{ quote: 'she had been raised by a single parent too', speaker: 'Ada Varn' }],
  },
  {
    name: 'a state after a place is no name between commas ("an investor from Brenmoor, Veldonia, said")',
    text: 'Ivo Marek, an investor from Brenmoor, Veldonia, said he raised his stake.',
    expected: [{ quote: 'he raised his stake', speaker: 'Ivo Marek' }],
  },
  {
    name: 'people placed by a prepositional phrase are the speaker, not the place ("one user on the forum")',
    text:
      'One user on the forum wrote that the prices were too high. ' +
      'A poster on the Veldgrad message board wrote that the ferry was late. ' +
      'Officials in the capital said the power was off. ' +
      'One resident of the village said the water was brown. ' +
      'The authors of the letter asked that the pier be rebuilt.',
    expected: [
      { quote: 'the prices were too high', speaker: 'one user' },
      { quote: 'the ferry was late', speaker: 'a poster' },
      { quote: 'the power was off', speaker: 'officials' },
      { quote: 'the water was brown', speaker: 'one resident' },
      { quote: 'the pier be rebuilt', speaker: 'the authors' },
    ],
  },
  {
    name: 'sources "within" or "inside" a body speak for it ("Sources within the party told")',
    text:
      'Sources within the Harbour Party told the Courier the leader had always backed the plan. ' +
      'Officials inside the ministry said the talks had failed.',
    expected: [
      { quote: 'the leader had always backed the plan', speaker: 'sources' },
      { quote: 'the talks had failed', speaker: 'officials' },
    ],
  },
  {
    name: 'a role written in capitals is no organisation ("Ivo Marek MP", "the Brenmoor MP", "Labour MPs")',
    text:
      'Former housing minister Ivo Marek MP said the budget was wrong. ' +
      'Tom Reed, the Brenmoor North MP, spoke next. The Brenmoor North MP said the pier must close. ' +
      'Labour MPs said the plan was unfair. A senior Tory MP said the vote was close.',
    expected: [
      { quote: 'the budget was wrong', speaker: 'Ivo Marek' },
      { quote: 'the pier must close', speaker: 'Tom Reed' },
      { quote: 'the plan was unfair', speaker: 'Labour MPs' },
      { quote: 'the vote was close', speaker: 'A senior Tory MP' },
    ],
  },
  {
    name: 'a shadow role is not the role ("the chancellor" is not the shadow chancellor named before)',
    text:
      'Shadow chancellor Ivo Marek attacked the budget. Tom Reed defended it at the conference. ' +
      'The chancellor said the plans were costed. Ivo Marek said the sums did not add up. ' +
      'The shadow chancellor said taxes would rise.',
    expected: [
      { quote: 'the plans were costed', speaker: 'the chancellor' },
      { quote: 'taxes would rise', speaker: 'Ivo Marek' },
    ],
  },
  {
    name: 'a capitalised role alone is a description, not a person called "Chancellor"',
    text: 'Ivo Marek attacked the budget. The Chancellor said the plans were costed.',
    expected: [{ quote: 'the plans were costed', speaker: 'the Chancellor' }],
  },
  {
    name: 'an event named like a person is not who "he" is when no one spoke before',
    text:
      'Veldgrad manager Pieter Vanlaar has had a difficult week. His side lost all three Brenmoor Premiership ' +
      'matches in the autumn. "We need to manage it," he told the Courier.',
    expected: [{ quote: '"We need to manage it,"', speaker: 'Pieter Vanlaar' }],
  },
  {
    name: 'a bare role takes up the speaker the story just described with it, not the one introduced with it',
    text:
      'Veldonian president Ivo Marek said the strikes were a provocation. Tom Reed asked the assembly for ' +
      'more aid. The Ruritanian president said it would help the army. "It is a matter of days," the ' +
      'president said.',
    expected: [
      { quote: 'it would help the army', speaker: 'Tom Reed' },
      { quote: '"It is a matter of days,"', speaker: 'Tom Reed' },
    ],
  },
  {
    name: 'a thing placed by a prepositional phrase is no speaker of its own',
    text: 'A report in the Veldgrad Courier said the mayor would resign.',
    expected: [{ quote: 'the mayor would resign', speaker: 'the Veldgrad Courier' }],
  },
  {
    name: '"it" in a later clause is the body that is the subject of its own sentence, not the last body to speak',
    text:
      'The ministry said it would review the deal. ' +
      'Brenmark apologised to the ministry on Monday, although it claimed the contract was fair. ' +
      'The Veldgrad Port Authority rejected the bid, because it says the price was too low.',
    expected: [
      { quote: 'it would review the deal', speaker: 'the ministry' },
      { quote: 'the contract was fair', speaker: 'Brenmark' },
      { quote: 'the price was too low', speaker: 'the Veldgrad Port Authority' },
    ],
  },
  {
    name: '"it" passes over a person who is the subject of its sentence',
    text: 'The ministry said it would review the deal. Ann Lee met the minister, but it said the deal stood.',
    expected: [{ quote: 'the deal stood', speaker: 'the ministry' }],
  },
  {
    name: 'an honorific goes before a surname, not before the first name of someone named earlier',
    text:
      'Sacked MP Morgan Tessaly was dropped as a candidate on Monday. Mr Tessaly said he would appeal. ' +
      'At a rally, Mr Morgan insisted the party was united. Ms Morgan told reporters the vote was fair.',
    expected: [
      { quote: 'he would appeal', speaker: 'Morgan Tessaly' },
      { quote: 'the party was united', speaker: 'Morgan' },
      { quote: 'the vote was fair', speaker: 'Morgan' },
    ],
  },
  {
    name: 'a family name written first: the honorific goes before it ("Mr Chen" is Chen Weiming)',
    text: 'Premier Chen Weiming visited the port on Monday. Mr Chen said trade would grow.',
    expected: [{ quote: 'trade would grow', speaker: 'Chen Weiming' }],
  },
  {
    name: '"Sir" goes before a first name: it takes up the person named with it',
    text: 'Veldgrad manager Alan Berg was knighted in May. Sir Alan said the team was ready.',
    expected: [{ quote: 'the team was ready', speaker: 'Alan Berg' }],
  },
  {
    name: '"the Labour peer and former minister said": two descriptions of one person, the titled name before',
    text:
      'Lord Benmore agreed to withdraw his bill. "We cannot wait forever," he told peers. During the ' +
      'debate, the Labour peer and former minister said: "The monarchy should change." Tom Reed met the ' +
      'mayor and the governor. The mayor and governor said the deal was fair.',
    expected: [
      { quote: '"The monarchy should change."', speaker: 'Benmore' },
      { quote: 'the deal was fair', speaker: 'governor' },
    ],
  },
  {
    name: 'a description takes up a person the story names only after a title ("Mr Tessaly")',
    text:
      'The party met on Monday. Mr Tessaly insisted he had played by the rules. The Tory leader said ' +
      'the vote was fair.',
    expected: [{ quote: 'the vote was fair', speaker: 'Tessaly' }],
  },
  {
    name: '"…, said Orsk\'s minister of external affairs, Dr S. Varanath": the titled name after the description',
    text:
      "Ruritania's foreign minister, Ivo Rask, spoke first. Friday's meeting was productive, said Orsk's " +
      'minister of external affairs, Dr S. Varanath. He said the group had a positive agenda. Sales rose, ' +
      'said an analyst at the bank, Barclays.',
    expected: [
      { quote: "Friday's meeting was productive", speaker: 'S. Varanath' },
      { quote: 'the group had a positive agenda', speaker: 'S. Varanath' },
      { quote: 'Sales rose', speaker: 'an analyst' },
    ],
  },
  {
    name: '"Ed Brenn, now a parliamentary hopeful, said": a description after "now" or "then" is an appositive',
    text:
      'The former adviser Ed Brenn, now a parliamentary hopeful, said the gap was large. He added: "I do ' +
      'not accept it." Ann Lee, then the party chairman, said the vote was fair. The plan, now the main ' +
      'option, was dropped.',
    expected: [
      { quote: 'the gap was large', speaker: 'Ed Brenn' },
      { quote: '"I do not accept it."', speaker: 'Ed Brenn' },
      { quote: 'the vote was fair', speaker: 'Ann Lee' },
    ],
  },
  {
    name: 'a lead that describes its speaker is the person named and speaking in the next sentences',
    text:
      "Harbex is preparing to build small vans, the firm's chief has told the Daily Post.\n\nSpeaking at " +
      'an event in Lyon, Anna Kessler predicted demand would soar. The former finance director of Brenmark ' +
      'has admitted that he lied to the board. Speaking at the trial of his boss Ivo Marsk, Tom Reed said ' +
      'the accounts were false.',
    expected: [
      { quote: 'Harbex is preparing to build small vans', speaker: 'Anna Kessler' },
      { quote: 'demand would soar', speaker: 'Anna Kessler' },
    ],
  },
  {
    name: 'a lead description: a holder introduced with the same head, or a general head for another role',
    text:
      'Orsk will raise its rates, the central bank chief said on Monday. Bank governor Ann Lee said ' +
      'inflation was too high.',
    expected: [{ quote: 'Orsk will raise its rates', speaker: 'Ann Lee' }],
  },
  {
    name: 'a lead spokesman or an indefinite official stays unnamed when someone else speaks next',
    text:
      "Harbex will cut 200 jobs, the firm's spokesman said on Monday. Anna Kessler, the chief executive, " +
      'said the cuts were painful. Brenmark will close a plant, an official said. Tom Reed said the plant ' +
      'was old.',
    expected: [
      { quote: 'Harbex will cut 200 jobs', speaker: "the firm's spokesman" },
      { quote: 'the cuts were painful', speaker: 'Anna Kessler' },
    ],
  },
  {
    name: 'a lead description is not someone its own words name, nor someone named before it',
    text:
      'Tom Reed opened the plant. Brenmark will grow, its chief executive said. Anna Kessler said sales ' +
      'were up. There will be a "Great Orsk Crash" if rates rise, the bank\'s chief economist has said. ' +
      'Ivo Marsk said rates would fall.',
    expected: [{ quote: 'Brenmark will grow', speaker: 'its chief executive' }],
  },
];

// A name that ends like a company's is an organisation, so "it" and "the company" take it up. Sentences
// written for these tests (invented firms).
describe("a name that ends like a company's speaks as an organisation", () => {
  it.each([
    ['Varnoq Financial said profits fell.', 'Varnoq Financial'],
    ['Harbex Airlines said fares would rise.', 'Harbex Airlines'],
    ['Brenn Holdings said it would sell the unit.', 'Brenn Holdings'],
    ['The firm said it would sell the unit.', 'the firm'],
    ['The airline said fares would rise.', 'the airline'],
  ])('%s', (text, name) => {
    const [statement] = extract({ id: 't', text, published: '2024-05-01' });
    expect(statement?.speaker).toMatchObject({ name, kind: 'organization' });
  });
  it.each(['David Steel', 'Jim White', 'Ann Press'])(
    'a person whose surname is a body word stays a person (%s)',
    (name) => {
      const [statement] = extract({ id: 't', text: `${name} said the vote was close.`, published: null });
      expect(statement?.speaker).toMatchObject({ name, kind: 'person' });
    },
  );
});

describe('speaker resolution', () => {
  it.each(CASES)('$name', ({ text, expected }) => {
    const statements = extract({ id: 't', text, published: '2024-05-01' });
    for (const want of expected) {
      const found = statements.find((s) => s.quote.text === want.quote);
      expect(
        found,
        `no statement «${want.quote}» in ${JSON.stringify(statements.map((s) => s.quote.text))}`,
      ).toBeDefined();
      expect(found!.speaker.name).toBe(want.speaker);
    }
  });
});

// A pronoun subject is never a person named in its own clause ("he said of Lee's remarks", "she told Mr
// Lee"): the statement is somebody's the story has not made a speaker, so it is dropped rather than given
// to the person named. Sentences written for these tests (fictional people and places).
const BOUND: Array<{
  name: string;
  text: string;
  notBy: Record<string, string>;
  by?: Record<string, string>;
}> = [
  {
    name: 'a pronoun and the possessive of the last speaker in its clause',
    text:
      'The Nordic secretary general, Piet Lund, said the alliance would not force Karvia into a bad peace. ' +
      'The Veldonian foreign minister answered on Tuesday. ' +
      '"It means that they want to fight," he said of Lund\'s remarks. "Well, let them fight."',
    notBy: { '"It means that they want to fight,"': 'Piet Lund', '"Well, let them fight."': 'Piet Lund' },
  },
  {
    name: 'a pronoun telling the last speaker',
    text:
      'Robin Vale said the talks had been candid. Wang met the envoy later. ' +
      'He also told Vale that relations were in danger of going astray.',
    notBy: { 'relations were in danger of going astray': 'Robin Vale' },
  },
  {
    name: 'a pronoun telling the last speaker, and the second verb sharing it',
    text:
      'Sasha Vale visited the hospital on Monday and said it was well run. ' +
      '"You do nothing for anybody," she told Vale before leaving, refusing the offer of a meeting.',
    notBy: { '"You do nothing for anybody,"': 'Sasha Vale', 'the offer of a meeting': 'Sasha Vale' },
  },
  {
    name: 'a pronoun with nobody named in its clause still takes the last speaker',
    text: 'Robin Vale visited the port on Monday. "We will build it," he told reporters of the plan.',
    notBy: {},
    by: { '"We will build it,"': 'Robin Vale' },
  },
];

describe('a pronoun is not the person named in its own clause', () => {
  it.each(BOUND)('$name', ({ text, notBy, by }) => {
    const statements = extract({ id: 't', text, published: '2024-05-01' });
    for (const [quote, person] of Object.entries(notBy)) {
      const found = statements.find((s) => s.quote.text === quote);
      expect(found?.speaker.name ?? null, `«${quote}»`).not.toBe(person);
    }
    for (const [quote, person] of Object.entries(by ?? {})) {
      expect(statements.find((s) => s.quote.text === quote)?.speaker.name).toBe(person);
    }
  });
});

// A person the story already called "he" (by title, or by a pronoun right after naming only them) is not
// a later "she", nor the reverse: the statement is dropped rather than given to them. Sentences written
// for these tests (fictional people and places).
const GENDERED: Array<{
  name: string;
  text: string;
  notBy: Record<string, string>;
  by?: Record<string, string>;
}> = [
  {
    name: 'a title settles it: "Mr Vale" is no later "she"',
    text:
      'Robin Vale, the festival director, said sales were slow. Mr Vale was echoed by the market director. ' +
      '"We have been careful," she said.',
    notBy: { '"We have been careful,"': 'Robin Vale' },
  },
  {
    name: 'a title settles it both ways: "Ms Lund" is no later "he"',
    text:
      'Kim Lund said dating by phone would take off. Ms Lund is a journalist. A rival agreed. ' +
      '"Wireless is a medium being exploited," he said.',
    notBy: { '"Wireless is a medium being exploited,"': 'Kim Lund' },
  },
  {
    name: 'the pronoun used right after naming only that person',
    text:
      'Sasha Vale claimed victory in the vote. Later, Vale congratulated the champion on her win. ' +
      'He later said people knew where she came from. "I am not supporting any war," she said on Tuesday.',
    notBy: { '"I am not supporting any war,"': 'Sasha Vale' },
    by: { 'people knew where she came from': 'Sasha Vale' },
  },
  {
    name: 'a known first name outweighs a relative\'s title ("Mr Okafor", his mother Katherine)',
    text:
      'Mr Okafor went on trial on Monday. His mother, Katherine Okafor, attended. ' +
      '"I know his character," she said.',
    notBy: {},
    by: { '"I know his character,"': 'Katherine Okafor' },
  },
  {
    name: 'a pronoun after a sentence naming two people says nothing of either',
    text:
      'Dale Okafor watched on television. Okafor said yes, over and over, until Robin Vale reached the last line. ' +
      '"I love you," he said. "It is finished," she said of the race.',
    notBy: {},
    by: { '"It is finished,"': 'Dale Okafor' },
  },
  {
    name: '"he" is not the firm or the regulator that spoke before him',
    text:
      'The firm agreed to settle, the Varnoq Water Authority regulator said. "We will appeal," he said. ' +
      'The watchdog said the fine was fair. She added that prices would rise.',
    notBy: {
      '"We will appeal,"': 'the Varnoq Water Authority regulator',
      'prices would rise': 'the watchdog',
    },
  },
  {
    name: '"he" passes over a company for the person named before it',
    text:
      'Owen Marrow, chairman of the audit panel, spoke after the report. The company said sales fell. ' +
      '"The board must answer," he said.',
    notBy: { '"The board must answer,"': 'the company' },
  },
];

describe('a pronoun is not a person the story gave the other one', () => {
  it.each(GENDERED)('$name', ({ text, notBy, by }) => {
    const statements = extract({ id: 't', text, published: '2024-05-01' });
    for (const [quote, person] of Object.entries(notBy)) {
      const found = statements.find((s) => s.quote.text === quote);
      expect(found?.speaker.name ?? null, `«${quote}»`).not.toBe(person);
    }
    for (const [quote, person] of Object.entries(by ?? {})) {
      expect(statements.find((s) => s.quote.text === quote)?.speaker.name, `«${quote}»`).toBe(person);
    }
  });
});

// Bodies and first persons: "the" before a proper name makes a body, not a person a later "he" could take
// up; a transcript's "Name:" label says who "I" is; a person only mentioned never is. Sentences written for
// these tests (fictional people, places and bodies).
const BODIES_AND_FIRST_PERSONS: Array<{
  name: string;
  text: string;
  expected: Array<{ quote: string; speaker: string; kind: string }>;
}> = [
  {
    name: 'a proper name after "the" is a body, and a later "he" skips it',
    text:
      'Finance Minister Ola Brandt toured the port on Monday. "Prices will fall," the Treasury said. ' +
      '"It is a good day," he said.',
    expected: [
      { quote: '"Prices will fall,"', speaker: 'the Treasury', kind: 'organization' },
      { quote: '"It is a good day,"', speaker: 'Ola Brandt', kind: 'person' },
    ],
  },
  {
    name: 'a newspaper named with "the"',
    text: 'The Valdor Courier reported that the mine would close in May.',
    expected: [{ quote: 'the mine would close in May', speaker: 'the Valdor Courier', kind: 'organization' }],
  },
  {
    name: 'a full name after a country with "the" is the person',
    text: 'Ruritania’s ambassador to the US Ivo Marek said the claim was false.',
    expected: [{ quote: 'the claim was false', speaker: 'Ivo Marek', kind: 'person' }],
  },
  {
    name: 'a street that stands for a government is one body',
    text: 'But Downing Street said the minister would stay. It said she had done nothing wrong.',
    expected: [
      { quote: 'the minister would stay', speaker: 'Downing Street', kind: 'organization' },
      { quote: 'she had done nothing wrong', speaker: 'Downing Street', kind: 'organization' },
    ],
  },
  {
    name: 'a name described as a corporation is a body',
    text: 'Kolmio, the Ruritanian state corporation, has said it would expand in Africa.',
    expected: [{ quote: 'it would expand in Africa', speaker: 'Kolmio', kind: 'organization' }],
  },
  {
    name: 'a name titled as a regulator is a body',
    text: 'Telecom regulator Kolmio said prices would fall.',
    expected: [{ quote: 'prices would fall', speaker: 'Kolmio', kind: 'organization' }],
  },
  {
    name: 'a paper named after "broadsheet", "tabloid" or "daily" is a body, "Die" and all',
    text:
      'The broadsheet Die Glocke said the mayor would resign. The tabloid Brillo said the vote was close. ' +
      'Tarva Vesti, the official daily, said the harvest had failed.',
    expected: [
      { quote: 'the mayor would resign', speaker: 'Die Glocke', kind: 'organization' },
      { quote: 'the vote was close', speaker: 'Brillo', kind: 'organization' },
      { quote: 'the harvest had failed', speaker: 'Tarva Vesti', kind: 'organization' },
    ],
  },
  {
    name: 'a country that speaks through its government is a body, not a person',
    text:
      'Finance Minister Ola Brandt met the lenders on Monday. Estonia has said it would not pay the fee. ' +
      'Argentina announced that prices would be frozen.',
    expected: [
      { quote: 'it would not pay the fee', speaker: 'Estonia', kind: 'organization' },
      { quote: 'prices would be frozen', speaker: 'Argentina', kind: 'organization' },
    ],
  },
  {
    name: 'a person described by a body she works for stays a person',
    text:
      'Bank of Ruritania governor Ivo Marek said rates would rise. ' +
      'Ann Veldt, a senior broadcaster with the network, said the show would return.',
    expected: [
      { quote: 'rates would rise', speaker: 'Ivo Marek', kind: 'person' },
      { quote: 'the show would return', speaker: 'Ann Veldt', kind: 'person' },
    ],
  },
  {
    name: 'a plural noun capitalised only at the start of its sentence is a group',
    text: 'Ministers said the plan would work. Traders warned that a slump was coming.',
    expected: [
      { quote: 'the plan would work', speaker: 'ministers', kind: 'group' },
      { quote: 'a slump was coming', speaker: 'traders', kind: 'group' },
    ],
  },
  {
    name: 'a company ending in "s" that the story capitalises everywhere keeps its name (and speaks as "it")',
    text: 'Veltros said it would appeal. The court ruled against Veltros on Monday.',
    expected: [{ quote: 'it would appeal', speaker: 'Veltros', kind: 'organization' }],
  },
  {
    name: '"the firm" takes up the company that spoke last',
    text:
      'Veltron, the Ruritanian food group, said the banks knew of its problems. ' +
      'The firm also said it was preparing further suits.',
    expected: [{ quote: 'it was preparing further suits', speaker: 'Veltron', kind: 'organization' }],
  },
  {
    name: '"the firm" is not a government body that spoke last',
    text: 'The Treasury said the banks knew of the problems. The firm also said it was preparing further suits.',
    expected: [{ quote: 'it was preparing further suits', speaker: 'the firm', kind: 'organization' }],
  },
  {
    name: 'in a transcript, "I" is the person whose label opens the turn',
    text:
      'Anna Berg: Anna Berg, Daily Courier. Mr President, will the troops advance? Thank you.\n\n' +
      'Karl Weber: First, I did not say our troops would enter right away. I say that the talks will go on.',
    expected: [
      { quote: 'our troops would enter right away', speaker: 'Karl Weber', kind: 'person' },
      { quote: 'the talks will go on', speaker: 'Karl Weber', kind: 'person' },
    ],
  },
  {
    name: "a transcript's labels in capitals are people: the full name named earlier or in a first label",
    text:
      'Senator Ada Brill joined host Tom Reed on the Sunday programme.\n\n' +
      'TOM REED: Senator, will the bill pass?\n\n' +
      'BRILL: I think the bill will pass this week.\n\n' +
      'REED: And the budget?\n\n' +
      'NOTES: The interview was edited for length.',
    expected: [
      { quote: 'Senator, will the bill pass', speaker: 'Tom Reed', kind: 'person' },
      { quote: 'I think the bill will pass this week', speaker: 'Ada Brill', kind: 'person' },
      { quote: 'And the budget', speaker: 'Tom Reed', kind: 'person' },
    ],
  },
  {
    name: 'treasurers, comptrollers, vice-presidents and co-chairmen are titles before the name',
    text:
      'Treasurer Ada Brill said the deficit would fall. Bank Vice-President Tom Reed said rates would hold. ' +
      'Co-Chairman Ivo Rask said the tunnel would open in May.',
    expected: [
      { quote: 'the deficit would fall', speaker: 'Ada Brill', kind: 'person' },
      { quote: 'rates would hold', speaker: 'Tom Reed', kind: 'person' },
      { quote: 'the tunnel would open in May', speaker: 'Ivo Rask', kind: 'person' },
    ],
  },
  {
    name: '"they" is never the one person who spoke last: somebody unnamed',
    text: 'Peter Weber said the economy was growing. They said the plan would fail.',
    expected: [
      { quote: 'the economy was growing', speaker: 'Peter Weber', kind: 'person' },
      { quote: 'the plan would fail', speaker: 'unknown', kind: 'unknown' },
    ],
  },
  {
    name: '"they" takes up the body that spoke last, past a person',
    text: 'The ministry said the road was closed. Peter Weber, a driver, said he was late. They said it would open in May.',
    expected: [{ quote: 'it would open in May', speaker: 'the ministry', kind: 'organization' }],
  },
  {
    name: '"and" inside a body\'s name after its "of" or "for" ("the Department of Health and Human Services")',
    text:
      'The Varnoq Centre for Disease Control and Prevention said the risk was low. The Department of Ports and ' +
      'Harbour Services said the quay was safe. The Ministry of Defence and Tom Reed said the base was closed. ' +
      'Director of the Office of Management and Budget Ivo Rask said taxes would not rise.',
    expected: [
      {
        quote: 'the risk was low',
        speaker: 'the Varnoq Centre for Disease Control and Prevention',
        kind: 'organization',
      },
      {
        quote: 'the quay was safe',
        speaker: 'the Department of Ports and Harbour Services',
        kind: 'organization',
      },
      { quote: 'the base was closed', speaker: 'Tom Reed', kind: 'person' },
    ],
  },
  {
    name: 'a body\'s name cut after "of" or "for" is the whole body ("The Republic of Karvia", "Centre for …")',
    text:
      'The Republic of Karvia reaffirms that it backs the treaty. According to the Karvian Centre for Disease ' +
      'Control, the gas is toxic. Minister of State for Textiles R.N. Varsh said exports rose.',
    expected: [
      { quote: 'it backs the treaty', speaker: 'the Republic of Karvia', kind: 'organization' },
      { quote: 'the gas is toxic', speaker: 'the Karvian Centre for Disease Control', kind: 'organization' },
    ],
  },
  {
    name: 'a rank or a trade capitalised before a full name is its title ("Lt Col …", "Nurse …", "Employee …")',
    text:
      'Lt Col Karl Weber said the base was quiet. Nurse Anna Berg said the ward was full. Employee Tom Reed ' +
      'said the van was stolen. "It was awful," said the nurse.',
    expected: [
      { quote: 'the base was quiet', speaker: 'Karl Weber', kind: 'person' },
      { quote: 'the ward was full', speaker: 'Anna Berg', kind: 'person' },
      { quote: 'the van was stolen', speaker: 'Tom Reed', kind: 'person' },
      { quote: '"It was awful,"', speaker: 'Anna Berg', kind: 'person' },
    ],
  },
  {
    name: 'an age before a name, and "of" a place or a firm after it ("wrote 43-year-old Karl Weber of Varnoq")',
    text:
      '"I could not stand," wrote 43-year-old Karl Weber of Varnoq. "Prices will fall," said Anna Berg of ' +
      'Kell Bank. Tom Reed lost in the final. "Bring it on," said the 23-year-old.',
    expected: [
      { quote: '"I could not stand,"', speaker: 'Karl Weber', kind: 'person' },
      { quote: '"Prices will fall,"', speaker: 'Anna Berg', kind: 'person' },
      { quote: '"Bring it on,"', speaker: 'Tom Reed', kind: 'person' },
    ],
  },
  {
    name: 'a name joined by an ampersand is one firm ("Ernst & Young said")',
    text: 'Kell & Marsh said the market was weak. Accountancy firm Dray & Lind said the deal was done.',
    expected: [
      { quote: 'the market was weak', speaker: 'Kell & Marsh', kind: 'organization' },
      { quote: 'the deal was done', speaker: 'Dray & Lind', kind: 'organization' },
    ],
  },
  {
    name: 'an unnamed spokesperson for a body speaks for the body',
    text:
      'A spokeswoman for the Harbour Trust said the pier would reopen. She added that repairs were paid for. ' +
      '"We are pleased," said a spokesperson from Veltrix. An official at the Department of Mines said the ' +
      'shaft was sealed. A Kestrel Airways spokesman told reporters the flights were full.',
    expected: [
      { quote: 'the pier would reopen', speaker: 'the Harbour Trust', kind: 'organization' },
      { quote: 'repairs were paid for', speaker: 'the Harbour Trust', kind: 'organization' },
      { quote: '"We are pleased,"', speaker: 'Veltrix', kind: 'organization' },
      { quote: 'the shaft was sealed', speaker: 'the Department of Mines', kind: 'organization' },
      { quote: 'the flights were full', speaker: 'Kestrel Airways', kind: 'organization' },
    ],
  },
  {
    name: 'a spokesperson named with a place, a nationality or a person stays a description',
    text:
      'A US official said the talks would resume. A Ruritanian spokesman said the border was shut. ' +
      'Mayor Ann Lee spoke at noon. A spokeswoman for Lee said the mayor was ill.',
    expected: [
      { quote: 'the talks would resume', speaker: 'a US official', kind: 'unknown' },
      { quote: 'the border was shut', speaker: 'a Ruritanian spokesman', kind: 'unknown' },
      { quote: 'the mayor was ill', speaker: 'a spokeswoman', kind: 'unknown' },
    ],
  },
];

describe('bodies and first persons', () => {
  it.each(BODIES_AND_FIRST_PERSONS)('$name', ({ text, expected }) => {
    const statements = extract({ id: 't', text, published: '2024-05-01' });
    for (const want of expected) {
      const found = statements.find((s) => s.quote.text === want.quote);
      expect(
        found,
        `no statement «${want.quote}» in ${JSON.stringify(statements.map((s) => s.quote.text))}`,
      ).toBeDefined();
      expect({ speaker: found!.speaker.name, kind: found!.speaker.kind }).toEqual({
        speaker: want.speaker,
        kind: want.kind,
      });
    }
  });
});

// Roles named by a place or a body: "the head of state", "the Duchess of …", "the Bank of …" are one phrase;
// a role introduced before a name belongs to that name only ("President of Ruritania Ann Lee and Chancellor
// of Sylvania Ivo Marek", "in the presence of President …"). Sentences written for these tests.
const ROLES_OF_PLACES: Array<{
  name: string;
  text: string;
  expected: Array<{ quote: string; speaker: string }>;
}> = [
  {
    name: '"the head of state" in lower case is the president introduced',
    text: 'Ruritanian President Ivo Marek met the governor on Monday. The head of state said the harvest was good.',
    expected: [{ quote: 'the harvest was good', speaker: 'Ivo Marek' }],
  },
  {
    name: '"the head of government" is the prime minister introduced',
    text:
      'Prime Minister of Ruritania Anton Berg spoke about the economy. ' +
      'The loan will be reviewed in February, the head of government said.',
    expected: [{ quote: 'The loan will be reviewed in February', speaker: 'Anton Berg' }],
  },
  {
    name: 'a noble title of a place is the person',
    text: '"They spoke bravely," the Duchess of Veldgrad said.',
    expected: [{ quote: '"They spoke bravely,"', speaker: 'the Duchess of Veldgrad' }],
  },
  {
    name: 'a lower-case role of a place is the person',
    text: 'The archbishop of Veldgrad has said the war must end.',
    expected: [{ quote: 'the war must end', speaker: 'the archbishop of Veldgrad' }],
  },
  {
    name: 'a bank of a country keeps its country',
    text: 'The Bank of England said rates would stay at 4%.',
    expected: [{ quote: 'rates would stay at 4%', speaker: 'the Bank of England' }],
  },
  {
    name: 'a ministry of a country in a role keeps both',
    text: 'The deputy Minister of Foreign Affairs of Poland warned that the war could spread.',
    expected: [
      { quote: 'the war could spread', speaker: 'the deputy Minister of Foreign Affairs of Poland' },
    ],
  },
  {
    name: 'a country of two words',
    text: 'The Prime Minister of Great Britain said the talks would go on.',
    expected: [{ quote: 'the talks would go on', speaker: 'the Prime Minister of Great Britain' }],
  },
  {
    name: 'two people introduced with their roles side by side',
    text:
      'Karl Weber had telephone conversations with President of Ruritania Emil Varga and Federal Chancellor ' +
      'of Sylvania Olaf Brenn. The Federal Chancellor of Sylvania said the talks were useful.',
    expected: [{ quote: 'the talks were useful', speaker: 'Olaf Brenn' }],
  },
  {
    name: 'a role after "in the presence of"',
    text:
      'In the presence of President of Ruritania Karl Weber and President of the Republic of Sylvania Ivo ' +
      'Marek, an agreement was signed. "Today a significant event took place," said the President of Ruritania.',
    expected: [{ quote: '"Today a significant event took place,"', speaker: 'Karl Weber' }],
  },
  {
    name: 'the role right before a name is its own, not the one it hangs from by "of"',
    text:
      'The security adviser of the Hungarian President Ivo Marek met reporters on Monday. ' +
      'The Hungarian President said the talks were useful.',
    expected: [{ quote: 'the talks were useful', speaker: 'Ivo Marek' }],
  },
  {
    name: 'a minister "for" a portfolio is the full name at its end',
    text:
      'Prime Minister of Ruritania Anton Berg met the ambassadors. "We remain calm," said Anton Berg. ' +
      'The Minister for Foreign Affairs of Ruritania Tomas Kell stressed the importance of pressure: ' +
      '"Send clear signals to them."',
    expected: [{ quote: '"Send clear signals to them."', speaker: 'Tomas Kell' }],
  },
  {
    name: 'a spokesman for a titled person is still the spokesman',
    text: 'A spokesman for Senator Tom Reed said the bill would pass.',
    expected: [{ quote: 'the bill would pass', speaker: 'a spokesman' }],
  },
  {
    name: 'a country before a full name is not part of it',
    text: 'The greetings were read by the ambassador of Belarus to Russia Peter Krutov, who said the ties were strong.',
    expected: [{ quote: 'the ties were strong', speaker: 'Peter Krutov' }],
  },
  {
    name: 'a bare "President" may be the president of a country',
    text:
      'President Peter Weber met the delegation in the capital. A memorandum was signed. ' +
      '"For us, digital services are a priority," said the President of Hungary.',
    expected: [{ quote: '"For us, digital services are a priority,"', speaker: 'Peter Weber' }],
  },
];

describe('roles of places and bodies', () => {
  it.each(ROLES_OF_PLACES)('$name', ({ text, expected }) => {
    const statements = extract({ id: 't', text, published: '2024-05-01' });
    for (const want of expected) {
      const found = statements.find((s) => s.quote.text === want.quote);
      expect(
        found,
        `no statement «${want.quote}» in ${JSON.stringify(statements.map((s) => s.quote.text))}`,
      ).toBeDefined();
      expect(found!.speaker.name).toBe(want.speaker);
    }
  });
});

// Titles: an honorific before a name is no part of its title, and words with no role before it are no
// title at all. Sentences written for these tests.
const TITLES: Array<{ name: string; text: string; quote: string; title: string | undefined }> = [
  {
    name: 'a role before an honorific is the title',
    text: 'Veldgrad United manager Sir Alan Berg said the team was ready.',
    quote: 'the team was ready',
    title: 'Veldgrad United manager',
  },
  {
    name: 'an age in apposition is no title',
    text: 'Tom Reed, 60, said the roof had fallen in.',
    quote: 'the roof had fallen in',
    title: undefined,
  },
  {
    name: 'an age before a description in apposition: the description is the title',
    text: 'Tom Reed, 60, a retired teacher, said the roof had fallen in.',
    quote: 'the roof had fallen in',
    title: 'a retired teacher',
  },
  {
    name: 'a number that is no age stays in the title',
    text: 'Tom Reed, a father of 3, said the roof had fallen in.',
    quote: 'the roof had fallen in',
    title: 'a father of 3',
  },
  {
    name: 'a time phrase before an honorific is no title',
    text: 'Ivo Marek presented the budget. During his 49 minute speech Mr Marek told MPs he had hit his target.',
    quote: 'he had hit his target',
    title: undefined,
  },
  {
    name: 'a relative clause after the name is no title ("Ann Kello, who directed the film, said")',
    text: 'Ann Kello, who directed the film, said the sequel was ready.',
    quote: 'the sequel was ready',
    title: undefined,
  },
  {
    name: 'a relative clause on "whose" after a body is no title',
    text: 'Veltrix, whose shares fell 5%, said profits would recover.',
    quote: 'profits would recover',
    title: undefined,
  },
  {
    name: 'an appositive role after the name is still the title',
    text: 'Ann Kello, the film director, said the sequel was ready.',
    quote: 'the sequel was ready',
    title: 'the film director',
  },
];

describe('titles', () => {
  it.each(TITLES)('$name', ({ text, quote, title }) => {
    const found = extract({ id: 't', text, published: '2024-05-01' }).find((s) => s.quote.text === quote);
    expect(found).toBeDefined();
    expect(found!.speaker.title).toBe(title);
  });
});

// A name the story introduced as a body ("the oil company Veltrax", "Brenco, a Veldgrad-based company,")
// is an organisation when it speaks later on its own. Sentences written for these tests.
const BODIES: Array<{
  name: string;
  text: string;
  expected: Array<{ quote: string; speaker: string; kind: string }>;
}> = [
  {
    name: 'a kind of body before the name',
    text:
      'The oil company Veltrax filed for bankruptcy in Brenmoor. Veltrax said the auction was illegal. ' +
      'Its lawyer, Tom Reed, spoke next. He said the sale was void.',
    expected: [
      { quote: 'the auction was illegal', speaker: 'Veltrax', kind: 'organization' },
      { quote: 'the sale was void', speaker: 'Tom Reed', kind: 'person' },
    ],
  },
  {
    name: 'a kind of body in apposition, and "it" after it',
    text:
      'Shares in Brenco, a Veldgrad-based company, fell on Monday. Ann Varn said the market was calm. ' +
      'Brenco said sales had slowed. It said it would cut jobs.',
    expected: [
      { quote: 'sales had slowed', speaker: 'Brenco', kind: 'organization' },
      { quote: 'it would cut jobs', speaker: 'Brenco', kind: 'organization' },
    ],
  },
  {
    name: "the first word of a name that goes on like a company's is its short name",
    text:
      'Brenlow Airlines cut 200 jobs on Monday. Brenlow said fuel costs had doubled. ' +
      'Its chief, Tom Reed, spoke later. He said the cuts were painful. It added that routes would close.',
    expected: [
      { quote: 'fuel costs had doubled', speaker: 'Brenlow Airlines', kind: 'organization' },
      { quote: 'the cuts were painful', speaker: 'Tom Reed', kind: 'person' },
      { quote: 'routes would close', speaker: 'Brenlow Airlines', kind: 'organization' },
    ],
  },
  {
    name: 'a first name no list knows, before a surname, stays a person',
    text: 'Ozren Valdiss won the final on Sunday. Ozren said he was tired.',
    expected: [{ quote: 'he was tired', speaker: 'Ozren Valdiss', kind: 'person' }],
  },
  {
    name: 'a person: a compound word ending in a kind, or a kind after a preposition in the apposition',
    text:
      'Film-maker Ivo Lestrade said the film was done. ' +
      'Oskar Brandvik, the founder of the group, said the deal was fair.',
    expected: [
      { quote: 'the film was done', speaker: 'Ivo Lestrade', kind: 'person' },
      { quote: 'the deal was fair', speaker: 'Oskar Brandvik', kind: 'person' },
    ],
  },
];

describe('a name introduced as a body', () => {
  it.each(BODIES)('$name', ({ text, expected }) => {
    const statements = extract({ id: 't', text, published: '2024-05-01' });
    for (const want of expected) {
      const found = statements.find((s) => s.quote.text === want.quote);
      expect(found, `no statement «${want.quote}»`).toBeDefined();
      expect([found!.speaker.name, found!.speaker.kind]).toEqual([want.speaker, want.kind]);
    }
  });
});

// A bare one-word name nobody in the story was introduced by (no first name, title or honorific) is a
// firm's when the story speaks of it as "it" or calls it "the company"; one it calls "he", or writes
// after a title, stays a person. Sentences written for these tests (invented firms and people).
const BARE_NAMES: Array<{
  name: string;
  text: string;
  expected: Array<{ quote: string; speaker: string; kind: string }>;
}> = [
  {
    name: 'a bare name that says "it would" is a firm, and so is its next statement',
    text: 'Voltrix said it would close two plants. Voltrix said demand had fallen.',
    expected: [
      { quote: 'it would close two plants', speaker: 'Voltrix', kind: 'organization' },
      { quote: 'demand had fallen', speaker: 'Voltrix', kind: 'organization' },
    ],
  },
  {
    name: '"the company" takes up a bare name that spoke before, which becomes a firm',
    text: 'Quandor said sales rose in March. The company said prices would stay the same.',
    expected: [
      { quote: 'sales rose in March', speaker: 'Quandor', kind: 'organization' },
      { quote: 'prices would stay the same', speaker: 'Quandor', kind: 'organization' },
    ],
  },
  {
    name: '"it" takes up a bare name that spoke before',
    text: 'Quandor said sales rose in March. It said prices would stay the same.',
    expected: [{ quote: 'prices would stay the same', speaker: 'Quandor', kind: 'organization' }],
  },
  {
    name: 'a bare name shortening a company introduced with its legal form is that company',
    text: 'Harmond Tool Corp said profits rose. Harmond said it would hire 200 workers.',
    expected: [{ quote: 'it would hire 200 workers', speaker: 'Harmond Tool Corp', kind: 'organization' }],
  },
  {
    name: 'a bare name taken up as "he" stays a person, whatever "it" follows',
    text: 'Brannock said he had resigned. Brannock said it was his own decision to go.',
    expected: [{ quote: 'it was his own decision to go', speaker: 'Brannock', kind: 'person' }],
  },
  {
    name: 'a bare name written after a title elsewhere stays a person',
    text: 'Senator Brannock spoke to reporters. Brannock said it would pass the bill.',
    expected: [{ quote: 'it would pass the bill', speaker: 'Brannock', kind: 'person' }],
  },
  {
    name: 'an "it" that is no one ("it was not the time") makes no firm',
    text: 'Brannock told the minister that it was not the time for a vote.',
    expected: [{ quote: 'it was not the time for a vote', speaker: 'Brannock', kind: 'person' }],
  },
  {
    name: 'two initials joined by "and" are a firm, by its full name where the story wrote it out',
    text:
      'Merrow and Tallis Corp said it cut the rating of Acme Inc. The outlook is weak, M and T said. ' +
      'Analysts expect more cuts. B and K said the market was calm.',
    expected: [
      { quote: 'The outlook is weak', speaker: 'Merrow and Tallis Corp', kind: 'organization' },
      { quote: 'the market was calm', speaker: 'B and K', kind: 'organization' },
    ],
  },
  {
    name: '"the company" takes up the company that spoke last, named with a legal form',
    text:
      'Varn-Lessing Corp said it named a new chairman. The company said sales rose. ' +
      'Dunmore Bank Plc said it would pay a dividend. The bank said profits doubled.',
    expected: [
      { quote: 'sales rose', speaker: 'Varn-Lessing Corp', kind: 'organization' },
      { quote: 'profits doubled', speaker: 'Dunmore Bank Plc', kind: 'organization' },
    ],
  },
];

describe('a bare name that speaks as "it"', () => {
  it.each(BARE_NAMES)('$name', ({ text, expected }) => {
    const statements = extract({ id: 't', text, published: '2024-05-01' });
    for (const want of expected) {
      const found = statements.find((s) => s.quote.text === want.quote);
      expect(
        found,
        `no statement «${want.quote}» in ${JSON.stringify(statements.map((s) => s.quote.text))}`,
      ).toBeDefined();
      expect([found!.speaker.name, found!.speaker.kind]).toEqual([want.speaker, want.kind]);
    }
  });
});

// Capitalised words alone whose last would be split off as a surname are one firm's name when nothing
// before it is a role, an honorific, a nationality, a determiner or a name's particle. Invented firms.
describe('capitalised words alone are a firm, not a title and a surname', () => {
  it.each([
    ['Federal Couriers said fares would rise.', 'Federal Couriers', 'organization'],
    ['Computer Ledgers said it would hire staff.', 'Computer Ledgers', 'organization'],
    ['General Sprockets said it would close a plant.', 'General Sprockets', 'organization'],
    ['General Halvorsen said the troops were ready.', 'Halvorsen', 'person'],
    ['President Halvorsen said the troops were ready.', 'Halvorsen', 'person'],
    ['Lord Halvorsen said the bill was flawed.', 'Halvorsen', 'person'],
    [
      'Mayor Anna De Vries said roads were closed. De Vries said the work would end soon.',
      'Anna De Vries',
      'person',
    ],
  ])('%s', (text, name, kind) => {
    const statements = extract({ id: 't', text, published: '2024-05-01' });
    const last = statements[statements.length - 1];
    expect([last?.speaker.name, last?.speaker.kind]).toEqual([name, kind]);
  });
});

// "The First Lady said", "the cardinal added": a title alone after "the" is the person the story wrote
// after that title before; with none, a description, never a person called "Lady". Invented people.
describe('a title alone takes up the person written after it', () => {
  it.each([
    [
      'First Lady Mira Tolvan opened the school. The First Lady said children need help.',
      ['Mira Tolvan', 'person'],
    ],
    ['Cardinal Ennis Varro led the mass. Later the cardinal said peace was near.', ['Ennis Varro', 'person']],
    ['The Duchess said the garden was lovely.', ['the Duchess', 'unknown']],
  ])('%s', (text, [name, kind]) => {
    const statements = extract({ id: 't', text, published: '2024-05-01' });
    const last = statements[statements.length - 1];
    expect([last?.speaker.name, last?.speaker.kind]).toEqual([name, kind]);
  });
});

// A personal pronoun takes up the person who last opened a sentence as its subject after the last
// speaker, named with a description of any length before the name; not someone named inside a
// statement's words, nor one from before a sentence whose subject is somebody described; the last
// speaker stays when the sentence before is their own statement or names the other one as an object.
// Sentences written for these tests (fictional people and places).
const SUBJECTS_IN_VIEW: Array<{ name: string; text: string; quote: string; speaker: string | null }> = [
  {
    name: 'a new person in an appositive after a possessive',
    text: 'Ann Lee said the deal was done. Her deputy, Tom Reed, flew to Oslo on Monday. "We are ready," he said.',
    quote: '"We are ready,"',
    speaker: 'Tom Reed',
  },
  {
    name: 'a new person after a description of lower-case words ("Party co-chairman")',
    text:
      'Ivo Marsk said the deal was done. Party co-chairman Tom Reed has opened the debate with a speech ' +
      "criticising Ivo Marsk's record. The plan has failed the workers of the city, he told the conference.",
    quote: 'The plan has failed the workers of the city',
    speaker: 'Tom Reed',
  },
  {
    name: 'a new person after "Conservative shadow home secretary"',
    text:
      'Ivo Marsk said the plan was sound. Conservative shadow home secretary Tom Reed was worried about it. ' +
      'He warned: "The plan will fail and the workers will pay for it."',
    quote: '"The plan will fail and the workers will pay for it."',
    speaker: 'Tom Reed',
  },
  {
    name: 'the speaker of the statement just before stays',
    text: '"The deal is done," said Ann Lee. She added that the talks had been long.',
    quote: 'the talks had been long',
    speaker: 'Ann Lee',
  },
  {
    name: 'an object is no subject, and gender settles it',
    text: 'Ann Lee met Tom Reed in Oslo. She said the talks had been long.',
    quote: 'the talks had been long',
    speaker: 'Ann Lee',
  },
  {
    name: 'a person opening a sentence inside a statement is not taken up',
    text:
      'Ivo Marsk said the port was busy. Tom Reed was wrong about the harbour, he said. ' +
      'He said: "We will not give up the harbour to the developers."',
    quote: '"We will not give up the harbour to the developers."',
    speaker: 'Ivo Marsk',
  },
  {
    name: 'a person named before a sentence about somebody described is not taken up',
    text:
      '"We need the money," Ivo Marsk said. Senator Tom Reed was given access to Mr Marsk for a year. ' +
      'The party leader was asked about the vote. He replies: "The vote was fair and everybody knows it."',
    quote: '"The vote was fair and everybody knows it."',
    speaker: 'Ivo Marsk',
  },
  {
    name: 'a noun of something else is no description of a name ("The film, A Far Story")',
    text:
      '"I will leave the stage," said Ivo Marsk. The film, A Far Story, chronicles his life. ' +
      'A Far Story opens on Friday. He said: "I am still going to be making music for my fans."',
    quote: '"I am still going to be making music for my fans."',
    speaker: 'Ivo Marsk',
  },
  {
    name: '"one" source described, then "he added"',
    text:
      '"The market will fall before the summer," said Ivo Marsk, an analyst. "It is too early to buy," one bond ' +
      'dealer said. "Nobody wants to hold the paper for long," he added.',
    quote: '"Nobody wants to hold the paper for long,"',
    speaker: 'one bond dealer',
  },
  {
    name: '"another" source described, then "he said"',
    text:
      'Tom Reed said the bid was low. But another arbitrageur said the bid seemed fair. He said the offer was ' +
      'probably fully priced.',
    quote: 'the offer was probably fully priced',
    speaker: 'another arbitrageur',
  },
  {
    name: 'the agent that ends a passive sentence',
    text:
      'Tom Reed said the festival would go ahead. His words were echoed by Anna Berg, director of the film ' +
      'market. "We have been careful to respect the city," she said.',
    quote: '"We have been careful to respect the city,"',
    speaker: 'Anna Berg',
  },
  {
    name: 'an agent named once, with a role before the name',
    text:
      'Tom Reed said the talks would go on. The main objection was summarised by the former envoy Orrin Vandel. ' +
      '"The problem is that the war has not ended for anyone in the region," he warned.',
    quote: '"The problem is that the war has not ended for anyone in the region,"',
    speaker: 'Orrin Vandel',
  },
  {
    name: 'not an agent in a relative clause',
    text:
      '"I did a poor job playing my part," said Ivo Marsk, in a film in which his role was played by Tom Reed. ' +
      '"They want to tell the real story of the band," he said.',
    quote: '"They want to tell the real story of the band,"',
    speaker: 'Ivo Marsk',
  },
  {
    name: 'a role that opens the sentence before takes up its holder, not a person named since',
    text:
      'President Ivo Marsk visited the hospital. Her father, Andriy Velko, a former captain of the team, died ' +
      'in the war. The Head of State also met the doctors and gave them awards. "Thank you for your work," he said.',
    quote: '"Thank you for your work,"',
    speaker: 'Ivo Marsk',
  },
  {
    name: '"The President of Karvia" after two presidents named takes up the one introduced with that role',
    text:
      'President of Karvia Ivo Marsk spoke by phone with President of Orsk Tom Reed. The President of Orsk ' +
      'was very eloquent. He said the world is big.',
    quote: 'the world is big',
    speaker: 'Tom Reed',
  },
];

/** A role written in capitals after a body's name ("the Orsknaft CEO") takes up the role's holder. */
const ROLE_ACRONYM_HOLDERS = [
  {
    name: '"says the Orsknaft CEO" after the CEO was introduced by name',
    text: 'John Marsk runs the state gas firm Orsknaft. "Prices will be high," says the Orsknaft CEO.',
    quote: '"Prices will be high,"',
    speaker: 'John Marsk',
  },
  {
    name: '"the Labour MP" after the MP was introduced by name',
    text: 'Tom Reed was elected in 2019. "We were not consulted," said the Labour MP.',
    quote: '"We were not consulted,"',
    speaker: 'Tom Reed',
  },
];

describe('a role acronym after a body takes up the holder', () => {
  it.each(ROLE_ACRONYM_HOLDERS)('$name', ({ text, quote, speaker }) => {
    expect(statementOf(text, quote).speaker.name).toBe(speaker);
  });
});

describe('a pronoun takes up the subject in view', () => {
  it.each(SUBJECTS_IN_VIEW)('$name', ({ text, quote, speaker }) => {
    expect(statementOf(text, quote).speaker.name).toBe(speaker);
  });
});

// Names whose parts are other words: a surname that is a month or a modal ("Theresa May", "Will Moy"), a
// surname after a peer's title that the tagger reads as a verb ("Lord Bach"), hyphenated names
// ("Allied-Velko"). Sentences and names written
// for these tests (fictional people).
const NAMES_OF_OTHER_WORDS: Array<{ name: string; text: string; quote: string; speaker: string }> = [
  {
    name: 'a month as a surname, before an apposition',
    text: 'Theresa May, the shadow minister, said: "We will not back this bill."',
    quote: '"We will not back this bill."',
    speaker: 'Theresa May',
  },
  {
    name: 'a month as a surname, right before the verb',
    text: 'Theresa May said: "We will not back this bill."',
    quote: '"We will not back this bill."',
    speaker: 'Theresa May',
  },
  {
    name: 'another month as a surname',
    text: 'Ada March, the transport secretary, said the trains would run on time.',
    quote: 'the trains would run on time',
    speaker: 'Ada March',
  },
  {
    name: 'a modal as a first name',
    text: 'Will Moy said the figures were wrong.',
    quote: 'the figures were wrong',
    speaker: 'Will Moy',
  },
  {
    name: 'a peer whose surname reads as a verb, before an apposition',
    text: 'Lord Bach, the minister, said the plan was sound.',
    quote: 'the plan was sound',
    speaker: 'Bach',
  },
  {
    name: 'a hyphenated name whose first half the tagger reads as a verb',
    text: 'Allied-Velko said it would sell the unit.',
    quote: 'it would sell the unit',
    speaker: 'Allied-Velko',
  },
  {
    name: 'a hyphenated name whose first half is a verb',
    text: 'Burr-Marsk said the write-down was small.',
    quote: 'the write-down was small',
    speaker: 'Burr-Marsk',
  },
  {
    name: 'a hyphenated name whose first half opens a country\'s name ("United")',
    text: 'United-Orsk said profits rose.',
    quote: 'profits rose',
    speaker: 'United-Orsk',
  },
  {
    name: 'a hyphenated given name after a title',
    text: 'Deputy Prime Minister Chun In-Yong told reporters the economy grew.',
    quote: 'the economy grew',
    speaker: 'Chun In-Yong',
  },
  {
    name: 'a hyphenated firm',
    text: 'Wal-Mart said it would hire. Coca-Cola said profits rose. Rolls-Royce said it would cut jobs.',
    quote: 'profits rose',
    speaker: 'Coca-Cola',
  },
  {
    name: 'a month ending a name of three words, before an age',
    text: 'Khin Thida May, 60, said she had lost her home.',
    quote: 'she had lost her home',
    speaker: 'Khin Thida May',
  },
  {
    name: 'a month ending a name of three words, before an apposition',
    text: 'Khin Thida May, a rice farmer, said she had lost her home.',
    quote: 'she had lost her home',
    speaker: 'Khin Thida May',
  },
  {
    name: 'a month as a first name, opening the sentence',
    text: 'April Velko said the hearing was over.',
    quote: 'the hearing was over',
    speaker: 'April Velko',
  },
  {
    name: 'a month as a first name, after an inverted verb',
    text: '"The hearing is over," said June Marsk.',
    quote: '"The hearing is over,"',
    speaker: 'June Marsk',
  },
  {
    name: 'a month as a surname, before an age',
    text: 'Ada May, 34, said the hearing was over.',
    quote: 'the hearing was over',
    speaker: 'Ada May',
  },
  {
    name: 'a first name the tagger reads as a verb ("Hope")',
    text: 'Hope Velko said the hearing was over.',
    quote: 'the hearing was over',
    speaker: 'Hope Velko',
  },
  {
    name: 'a month after a preposition is a date, not a first name',
    text: 'In April Velko said the hearing was over.',
    quote: 'the hearing was over',
    speaker: 'Velko',
  },
  {
    name: 'a day before a lone name is a date',
    text: 'On Thursday Velko said the hearing was over.',
    quote: 'the hearing was over',
    speaker: 'Velko',
  },
];

describe('names made of other words', () => {
  it.each(NAMES_OF_OTHER_WORDS)('$name', ({ text, quote, speaker }) => {
    const found = statementOf(text, quote);
    expect(found.speaker.name).toBe(speaker);
    // (the whole name is the mention's, not its first name alone: "Theresa")
    expect(found.speaker.mention?.text).toContain(speaker);
  });
});

// A document named in capitals after the office that issues it ("The Executive Order") speaks as the
// document, as "the executive order" does: not a person "Order" titled "The Executive". Sentences written
// for these tests.
describe('a document named with a title word', () => {
  it.each([
    ['The Executive Order says the agency must report each month.', 'the Executive Order'],
    ['The Presidential Decree says the agency must report each month.', 'the Presidential Decree'],
    ['The executive order says the agency must report each month.', 'the executive order'],
  ])('%s', (text, speaker) => {
    const statements = extract({ id: 't', text, published: '2024-05-01' });
    const found = statements.find((s) => s.quote.text === 'the agency must report each month');
    expect(found, JSON.stringify(statements.map((s) => s.quote.text))).toBeDefined();
    expect(found!.speaker.name).toBe(speaker);
    expect(found!.speaker.kind).toBe('unknown');
  });
});

// "Ambassador to Norway Ivan Petrov": a country that speaks as a body (not only the places) before a full
// name is no part of it, so the name is registered with its role and "the ambassador" takes it up, as
// after "Ambassador to Russia". Sentences written for these tests (fictional people).
describe('a country before a full name after a role', () => {
  it.each([
    ['Ambassador to Norway Ivan Petrov', 'Norway'],
    ['Ambassador to Russia Ivan Petrov', 'Russia'],
  ])('%s', (role) => {
    const text = `${role} met the minister on Monday. "The talks were useful," the ambassador said. ${role} said the next round would be in May.`;
    const statements = extract({ id: 't', text, published: '2024-05-01' });
    const byQuote = (quote: string) => statements.find((s) => s.quote.text === quote);
    expect(byQuote('"The talks were useful,"')?.speaker.name).toBe('Ivan Petrov');
    const direct = byQuote('the next round would be in May');
    expect(direct?.speaker.name).toBe('Ivan Petrov');
    expect(direct?.speaker.title).toBeUndefined();
  });
});

// A role described with a country ("the Ukrainian Head of State", "the President of Ukraine", "the Polish
// leader") takes up the one holder of that role introduced with no country ("President Ivan Petrenko"), but
// not when someone else is written with that country ("Polish President Jan Nowak"), nor a holder of
// another office (a president is no prime minister). Sentences written for these tests (fictional people).
describe('a role described with a country', () => {
  it.each([
    {
      text: 'President Ivan Petrenko visited Lviv. The President of Ukraine said that the city is safe.',
      quote: 'the city is safe',
      speaker: 'Ivan Petrenko',
    },
    {
      text: 'President Ivan Petrenko met Polish President Jan Nowak. "It was useful," he said. The Ukrainian Head of State stressed that the talks will go on.',
      quote: 'the talks will go on',
      speaker: 'Ivan Petrenko',
    },
    {
      text: 'President Ivan Petrenko thanked Polish President Jan Nowak for the help. "We are grateful," he said. The Ukrainian Head of State stated that the border is calm. "We will win," Petrenko said.',
      quote: 'the border is calm',
      speaker: 'Ivan Petrenko',
    },
    {
      text: 'Prime Minister Anna Berg met Polish Prime Minister Jan Nowak. The Swedish Prime Minister said that trade grew.',
      quote: 'trade grew',
      speaker: 'Anna Berg',
    },
    // negative: someone else is written with the country; another office
    {
      text: 'Polish President Jan Nowak met President Ivan Petrenko. "Fine," Petrenko said. The Polish leader noted that trade grew.',
      quote: 'trade grew',
      speaker: 'the Polish leader',
    },
    {
      text: 'President Ivan Petrenko spoke to reporters. The Ukrainian Prime Minister said that trade grew.',
      quote: 'trade grew',
      speaker: 'the Ukrainian Prime Minister',
    },
    {
      text: 'Prime Minister Anna Berg spoke to reporters. The Swedish President said that trade grew.',
      quote: 'trade grew',
      speaker: 'the Swedish President',
    },
  ])('$text', ({ text, quote, speaker }) => {
    expect(statementOf(text, quote).speaker.name).toBe(speaker);
  });
});

/** The one statement of `text` whose quote is `quote`; fails naming the quotes found when there is none. */
function statementOf(text: string, quote: string): Statement {
  const statements = extract({ id: 't', text, published: '2024-05-01' });
  const found = statements.find((s) => s.quote.text === quote);
  expect(
    found,
    `no statement «${quote}» in ${JSON.stringify(statements.map((s) => s.quote.text))}`,
  ).toBeDefined();
  return found!;
}

// "Director General of the Orsk Society Maxim Brenn": after a role's "of" (with "the"), "for", "and" or
// "on", a body's or portfolio's last words run on into its head's full name, which starts at a known
// first name; a later mention of that name is the same person. A known first name after another is part
// of one name ("Mary Ann Velko"). Sentences written for these tests (fictional people and bodies).
describe("a body's last words before its head's full name", () => {
  it.each([
    ['Director General of the Orsk Society Maxim Brenn', 'Maxim Brenn'],
    ['Leader of the Association of Velgan Guides Maria Brenn', 'Maria Brenn'],
    ['Director of the Orsk Centre for Virology and Microbiology Denis Brenn', 'Denis Brenn'],
    ['Adviser to the Prime Minister on Economic Issues Oleg Brenn', 'Oleg Brenn'],
    ['Minister for Euro-Atlantic Integration Olga Brenn', 'Olga Brenn'],
    ['Chair of the Orsk Trade Union Mary Ann Velko', 'Mary Ann Velko'],
    ['President of Velgaria Recep Tayyip Brenn', 'Recep Tayyip Brenn'],
  ])('%s', (role, speaker) => {
    const text = `${role} said that the plan would work. ${speaker}: Yes, it has worked before.`;
    expect(statementOf(text, 'the plan would work').speaker.name).toBe(speaker);
    expect(statementOf(text, 'Yes, it has worked before').speaker.name).toBe(speaker);
  });
  // (no role or known first name: the capitalised words are left as they were)
  it.each([
    ['Tom Reed and Mary Ann Velko said that the plan would work.', 'Tom Reed and Mary Ann Velko'],
    ['Orsk Velga Maxim Brenn said that the plan would work.', 'Orsk Velga Maxim Brenn'],
  ])('%s', (text, speaker) => {
    expect(statementOf(text, 'the plan would work').speaker.name).toBe(speaker);
  });
});

// "Ambassador to Velgaria Matti Brenn", "President of the Velgan Storting Masud Brenn": after a role's
// complement, three or four capitalised words with no known first name are the body's (or country's)
// last words and its holder's name, when the story writes that name alone elsewhere. Not after an
// acronym ("of the IAEA Rafael Mariano Brenn"), not after "and", not a body's name the story never writes
// alone ("a spokesman for the English National Ballet"). Sentences written for these tests (fictional
// people and bodies).
describe("a body's last words before a holder with an unknown first name", () => {
  it.each([
    ['EU Ambassador to Velgaria Matti Brenn', 'Matti Brenn'],
    ['President of the Velgan Storting Masud Brenn', 'Masud Brenn'],
    ['Co-founder of SpaceZ Kimbal Brenn', 'Kimbal Brenn'],
    ['Secretary-General of the United Nations Antero Brenn', 'Antero Brenn'],
    ['Special Envoy of the High Commissioner for Refugees Angelina Brenn', 'Angelina Brenn'],
  ])('%s', (role, speaker) => {
    const text = `${role} visited the city. ${role} said that the plan would work. ${speaker} added later that the aid would come.`;
    expect(statementOf(text, 'the plan would work').speaker.name).toBe(speaker);
    expect(statementOf(text, 'the aid would come').speaker.name).toBe(speaker);
  });
  it.each([
    [
      'Director General of the IAEA Rafael Mariano Brenn said that the plan would work.',
      'Rafael Mariano Brenn',
    ],
    [
      'Minister of Foreign Affairs of Velgaria Andrés Manuel Brenn said that the plan would work.',
      'Andrés Manuel Brenn',
    ],
    [
      'A spokesman for the English National Ballet said that the plan would work.',
      'the English National Ballet',
    ],
  ])('%s', (text, speaker) => {
    expect(statementOf(text, 'the plan would work').speaker.name).toBe(speaker);
  });
  // Which other uses of the surname count (read from an index of the text's word pairs): after a stop or
  // a lower-case word, or after the first name with no capitalised word before it (a title is fine); not
  // the label itself, nor after an article or a capitalised word ("the Brenn family", "Oslo Matti Brenn").
  it.each([
    ['Later, Brenn met them.', 'Matti Brenn'],
    ['They met with Matti Brenn.', 'Matti Brenn'],
    ['They met Ambassador Matti Brenn.', 'Matti Brenn'],
    ['The EU Ambassador to Velgaria Matti Brenn left.', 'Velgaria Matti Brenn'],
    ['They met the Brenn family and Oslo Matti Brenn.', 'Velgaria Matti Brenn'],
  ])('EU Ambassador to Velgaria Matti Brenn … %s', (after, speaker) => {
    const text = `EU Ambassador to Velgaria Matti Brenn said that the plan would work. ${after}`;
    expect(statementOf(text, 'the plan would work').speaker.name).toBe(speaker);
  });
  // "Ambassador of Sweden to Velgaria Tobias Brenn": the country after "to" is his posting, so "the
  // Swedish ambassador" is still he.
  it('a posting is no origin', () => {
    const text =
      'Ambassador of Sweden to Velgaria Tobias Brenn met the minister. Tobias Brenn noted that Sweden is watching. ' +
      'The Swedish ambassador also noted that the union must act.';
    expect(statementOf(text, 'the union must act').speaker.name).toBe('Tobias Brenn');
  });
});

// "the President of the United States", "the First Lady of the United States": a role named by a country
// of complement words only is a description (not a person called "States"), which takes up the holder the
// story wrote after the same role ("First Lady of Poland Ana Brenn … the First Lady of Poland said"),
// else stays the role. Sentences written for these tests (fictional people).
describe('a role of a country named by its formal words', () => {
  it.each([
    ['"We are with you," said the President of the United States.', 'the President of the United States'],
    [
      '"We are with you," said the President of the United Arab Emirates.',
      'the President of the United Arab Emirates',
    ],
    [
      'First Lady of the United States Ana Brenn met the mayor. "We are with you," said the First Lady of the United States.',
      'Ana Brenn',
    ],
    [
      'First Lady of Poland Ana Brenn met the mayor. "We are with you," said the First Lady of Poland.',
      'Ana Brenn',
    ],
    ['"We are with you," said the President of Poland.', 'the President of Poland'],
  ])('%s', (text, speaker) => {
    expect(statementOf(text, '"We are with you,"').speaker.name).toBe(speaker);
  });
});

// A surname or a paper's last word that the tagger reads as a verb ("Cook", "Herald") is still the name's
// last word after a capitalised word that opens it, and the same word alone elsewhere in the story is that
// name; the third word of a body's name ("… Rights Watch") stays what it was. Sentences written for these
// tests (fictional people and places).
const VERBS_IN_NAMES: Array<{ name: string; text: string; quote: string; speaker: string }> = [
  {
    name: 'a surname read as a verb after an unlisted first name',
    text: 'Orla Cook won the prize on Monday. Cook said that she was thrilled.',
    quote: 'she was thrilled',
    speaker: 'Orla Cook',
  },
  {
    name: 'a surname read as a verb, the name set off by dashes',
    text: 'Orla Cook - the singer - has won the prize. "It was a long night," Cook explained.',
    quote: '"It was a long night,"',
    speaker: 'Orla Cook',
  },
  {
    name: "a paper's last word read as a verb",
    text: 'The mayor resigned. "He had no choice," according to the Velga Morning Herald.',
    quote: '"He had no choice,"',
    speaker: 'the Velga Morning Herald',
  },
  {
    name: "the last word of a body's three-word name stays with the body",
    text: 'A spokeswoman for Orsk Rights Watch said the trial was unfair.',
    quote: 'the trial was unfair',
    speaker: 'Orsk Rights Watch',
  },
  {
    name: 'a first name that is also a verb opening a sentence stays a verb',
    text: 'Orla Grant won the prize. Grant said that she was thrilled.',
    quote: 'she was thrilled',
    speaker: 'Orla Grant',
  },
];

describe('a verb read inside a name', () => {
  it.each(VERBS_IN_NAMES)('$name', ({ text, quote, speaker }) => {
    const found = extract({ id: 't', text, published: '2024-05-01' }).find((s) => s.quote.text === quote);
    expect(found, `no statement «${quote}»`).toBeDefined();
    expect(found!.speaker.name).toBe(speaker);
  });
});

// A role or people whose complement runs over two prepositional phrases speak, not the last phrase's noun;
// a title word written before a name ("Taoiseach") is no part of the name; "Pursuant to …" opening a
// sentence is no person. Sentences written for these tests (fictional people and places).
const COMPLEMENTS_AND_TITLES: Array<{ name: string; text: string; quote: string; speaker: string }> = [
  {
    name: 'a capitalised title with "on … in …" after it',
    text: "The duchess visited Orsk. The UN's Special Representative on Water Rights in Conflict said in 2022 that wells were poisoned.",
    quote: 'wells were poisoned',
    speaker: "the UN's Special Representative",
  },
  {
    name: 'people "of the village on the river"',
    text: 'Residents of the village on the river said the water rose.',
    quote: 'the water rose',
    speaker: 'residents',
  },
  {
    name: 'a title word before the name is no part of it',
    text: 'Taoiseach Ana Velko visited Orsk on Monday. "The visit was important," she said. The Taoiseach said the talks went well.',
    quote: '"The visit was important,"',
    speaker: 'Ana Velko',
  },
  {
    name: 'the title alone takes up the holder',
    text: 'Taoiseach Ana Velko visited Orsk on Monday. The Taoiseach said the talks went well.',
    quote: 'the talks went well',
    speaker: 'Ana Velko',
  },
];

describe('complements and titles', () => {
  it.each(COMPLEMENTS_AND_TITLES)('$name', ({ text, quote, speaker }) => {
    const found = extract({ id: 't', text, published: '2024-05-01' }).find((s) => s.quote.text === quote);
    expect(found, `no statement «${quote}»`).toBeDefined();
    expect(found!.speaker.name).toBe(speaker);
  });
  it.each([
    [
      'Ana Velko is the Special Envoy on Water Rights in Conflict. The Special Envoy on Water Rights in Conflict said that wells were poisoned.',
      'Conflict',
    ],
    [
      'Velgan Foreign Secretary Ana Velko met her Orsk counterpart. No one can escape these sanctions, the head of Velgan diplomacy on Orsk Radio pointed out.',
      'Orsk Radio',
    ],
  ])('the last phrase of a long complement does not speak: %s', (text, notBy) => {
    const names = extract({ id: 't', text, published: '2024-05-01' }).map((s) => s.speaker.name);
    expect(names.length).toBeGreaterThan(0);
    expect(names).not.toContain(notBy);
  });
  it('"Pursuant to …" opening a sentence names no one', () => {
    const text =
      'Hiring staff\nPursuant to your question: we only hire kind people. My husband would say, "Well, I won\'t hire them."';
    const names = extract({ id: 't', text, published: '2024-05-01' }).map((s) => s.speaker.name);
    expect(names).not.toContain('Pursuant');
  });
});

// "The Church of Scientology": "the", one capitalised word that is no title, "of" and a proper name are a
// body's name; "the Church" alone later takes up that body. Sentences written for these tests (fictional
// bodies and places).
const BODIES_WITH_COMPLEMENTS: Array<{ name: string; text: string; quote: string; speaker: string }> = [
  {
    name: '"The X of Y" is one body, not a person named Y',
    text: 'The Church of Orsk said the claims were false.',
    quote: 'the claims were false',
    speaker: 'the Church of Orsk',
  },
  {
    name: '"the Church" alone takes up "the Church of …"',
    text: 'Ana Velko has claimed that the Church of Orsk held her for years. The Church also claims that she was a volunteer.',
    quote: 'she was a volunteer',
    speaker: 'the Church of Orsk',
  },
  {
    name: '"the Ministry" alone takes up "the Ministry of … of …"',
    text: 'The Ministry of Water Affairs of Velgaria issued a note. As the Ministry notes, the wells are dry.',
    quote: 'the wells are dry',
    speaker: 'the Ministry of Water Affairs of Velgaria',
  },
  {
    name: '"the Ministry" takes up the latest "the Ministry of …" before it',
    text: 'The Ministry of Velgan Affairs issued a note. The Ministry of Orsk Trade replied. The Ministry said that the wells are dry.',
    quote: 'the wells are dry',
    speaker: 'the Ministry of Orsk Trade',
  },
  {
    name: '"the Ministry" does not take up a body named after it',
    text: 'The Ministry said that the wells are dry. Later the Ministry of Velgan Affairs issued a note.',
    quote: 'the wells are dry',
    speaker: 'the Ministry',
  },
  {
    name: 'a title before "of" stays a person\'s role',
    text: 'The Duke of Orsk said the harvest was good.',
    quote: 'the harvest was good',
    speaker: 'the Duke of Orsk',
  },
  {
    name: 'a body named without "of" stays as written',
    text: 'The Observer reported that the mayor resigned.',
    quote: 'the mayor resigned',
    speaker: 'the Observer',
  },
];

describe('bodies named with "of"', () => {
  it.each(BODIES_WITH_COMPLEMENTS)('$name', ({ text, quote, speaker }) => {
    const found = extract({ id: 't', text, published: '2024-05-01' }).find((s) => s.quote.text === quote);
    expect(found, `no statement «${quote}»`).toBeDefined();
    expect(found!.speaker.name).toBe(speaker);
  });
});

// A word the story introduced as a body's name ("Brill, the Velgan car company,") speaks as that body when
// written bare, though a person of that surname is in the story too; "Mr Brill" is the person. Sentences
// written for these tests (fictional firms and people).
describe('a body and a person of one name', () => {
  const text =
    'Brill, the Velgan car company, reported higher profits on Thursday. Chairman Tom Brill praised the staff. ' +
    'Brill said net income rose. Mr Brill said the year was good.';
  it.each([
    ['net income rose', 'Brill', 'organization'],
    ['the year was good', 'Tom Brill', 'person'],
  ])('«%s» is by %s', (quote, name, kind) => {
    const found = extract({ id: 't', text, published: '2024-05-01' }).find((s) => s.quote.text === quote);
    expect(found, `no statement «${quote}»`).toBeDefined();
    expect(found!.speaker.name).toBe(name);
    expect(found!.speaker.kind).toBe(kind);
  });
});

// A state named alone as the subject of a verb of saying a clause speaks through its government, as the
// countries of COUNTRIES always did; a city, a state inside a longer phrase or a coordination, and a noun
// phrase or an infinitive reported stay what they were (no statement). Sentences written for these tests.
describe('a state speaking through its government', () => {
  it.each([
    ['China has said it is not sending arms to the region.', 'it is not sending arms to the region', 'China'],
    [
      'But Russia had previously said such a move would cross a red line.',
      'such a move would cross a red line',
      'Russia',
    ],
    [
      'Reacting to the ruling, Poland said the border would stay open.',
      'the border would stay open',
      'Poland',
    ],
    ['Iran denies it sold drones to the army.', 'it sold drones to the army', 'Iran'],
    ['Russia has repeatedly denied stealing grain.', 'stealing grain', 'Russia'],
  ])('«%s» is said by the state', (text, quote, name) => {
    const found = extract({ id: 't', text, published: '2024-05-01' }).find((s) => s.quote.text === quote);
    expect(found, `no statement «${quote}»`).toBeDefined();
    expect(found!.speaker.name).toBe(name);
    expect(found!.speaker.kind).toBe('organization');
  });

  it.each([
    'Washington is denying that the talks failed.',
    'Moscow said the strike was a provocation.',
    'South Korea and Japan denied they were planning a sale.',
    'The envoy to Britain said some migrants should integrate more.',
    'Japan pledged $5 billion in aid to the region.',
    'Russia agreed to reduce its military activity near the border.',
    'Germany proposed a freeze on the repayments.',
    'Russia has denied allegations of war crimes.',
    'Japan will not announce any changes to its policy.',
    'Japan would have announced that the talks had failed.',
    'Fighting in Ukraine threatens to spill over.',
  ])('«%s» reports no state', (text) => {
    const states = extract({ id: 't', text, published: '2024-05-01' }).filter((s) =>
      /^(?:washington|moscow|japan|korea|south korea|britain|russia|germany|ukraine)$/i.test(s.speaker.name),
    );
    expect(states).toEqual([]);
  });
});

// "Mr Howard" after "Howard Flight … Mr Flight": a story that calls the person by the surname alone more
// often than by the whole name does not call him by his first name after an honorific (the name's uses
// are counted from the document's words). Sentences written for these tests (fictional people).
describe('an honorific before the first word of a registered name', () => {
  it.each([
    [
      'Howard Flight resigned on Monday. Mr Flight said that the party was wrong. Mr Howard said that the plan would work.',
      'Howard',
    ],
    ['Howard Flight resigned on Monday. Mr Howard said that the plan would work.', 'Howard Flight'],
  ])('%s', (text, speaker) => {
    expect(statementOf(text, 'the plan would work').speaker.name).toBe(speaker);
  });
});

// A name the story gives once, with a first name the extractor does not know, opens a sentence that says
// it is a person ("was one of the journalists hurt", "is a nurse"): a later "she"/"he" takes it up. A body
// said to be one of the firms is no person. Sentences written for these tests (invented names).
describe('a sentence-opening name said to be a person', () => {
  it.each([
    [
      '"The bridge is closed," Tom Reed said. Kira Veld was one of the journalists hurt in the attack. She told the radio that she had just reached the scene.',
      'she had just reached the scene',
      'Kira Veld',
    ],
    [
      '"The bridge is closed," Tom Reed said. Zora Pell is a nurse at the city hospital. She said the wards were full.',
      'the wards were full',
      'Zora Pell',
    ],
    [
      '"The bridge is closed," Tom Reed said. Acme Holdings was one of the firms fined. He said the fine was fair.',
      'the fine was fair',
      'Tom Reed',
    ],
    [
      '"The bridge is closed," Tom Reed said. Velga Port was one of the places hit. He said the crews were safe.',
      'the crews were safe',
      'Tom Reed',
    ],
  ])('«%s»', (text, quote, speaker) => {
    const found = extract({ id: 't', text, published: '2024-05-01' }).find((s) => s.quote.text === quote);
    expect(found, `no statement «${quote}»`).toBeDefined();
    expect(found!.speaker.name).toBe(speaker);
  });
});

// A title-case headline of another story run into the next story's first sentence ("… Talks With Russia
// Veld said"): the place after a capitalised preposition ends the headline, not a given name. Running
// text ("talks with Russia"), a role's complement and a given name that is also a place stay as they are.
// Sentences written for these tests (invented names).
describe('a headline run into the next story ends before its name', () => {
  it.each([
    [
      'More Stories: Ministers Rule Out New Talks With Russia Veld said that the border would stay shut.',
      'Veld',
    ],
    ['Read More: Exports Fall Again In Germany Tom Brenn said that the border would stay shut.', 'Tom Brenn'],
    ['Envoy To Russia Ivan Petrov said that the border would stay shut.', 'Ivan Petrov'],
    ['Georgia Veld, a nurse, said that the border would stay shut.', 'Georgia Veld'],
  ])('%s', (text, speaker) => {
    const found = extract({ id: 't', text, published: '2024-05-01' }).find(
      (s) => s.quote.text === 'the border would stay shut',
    );
    expect(found, 'no statement').toBeDefined();
    expect(found!.speaker.name).toBe(speaker);
  });
});

// "X corrected the head of his service, Ivo Rask, as he fumbled his lines and said …": a "he" opening a
// temporal clause right after a full name set off by commas is that person. Not after a name with no
// commas round it, nor after "while" (a contrast, often on the main subject). Sentences written for these
// tests (invented names).
describe('a pronoun opening a clause after an appositive name is that person', () => {
  it.each([
    [
      'Tom Reed spoke first. The only real moment was Reed correcting the head of his spy service, Ivo Rask, as he fumbled his lines and said he backed the plan.',
      'he backed the plan',
      'Ivo Rask',
    ],
    [
      'Tom Reed greeted his deputy, Ivo Rask, when he arrived and said the budget was safe.',
      'the budget was safe',
      'Ivo Rask',
    ],
    [
      'Tom Reed praised his deputy, Ivo Rask, while he said the budget was safe.',
      'the budget was safe',
      'Tom Reed',
    ],
    [
      'Tom Reed thanked Ivo Rask. As he left, he said the budget was safe.',
      'the budget was safe',
      'Tom Reed',
    ],
  ])('«%s»', (text, quote, speaker) => {
    const found = extract({ id: 't', text, published: '2024-05-01' }).find((s) => s.quote.text === quote);
    expect(found, `no statement «${quote}»`).toBeDefined();
    expect(found!.speaker.name).toBe(speaker);
  });
});

// "The Velga School of Economics said": a body whose name holds "of" after a kind of body (school,
// college, academy, society, as institute, university, bank, ministry) is one organisation, not a person
// "Economics". A person who works there stays a person. Sentences written for these tests.
describe('a body named with "of" after its kind', () => {
  it.each([
    ['The Velga School of Economics said losses reached $10bn.', 'the Velga School of Economics'],
    ['The Orsk College of Surgeons said losses reached $10bn.', 'the Orsk College of Surgeons'],
    ['The Velgan Academy of Sciences said losses reached $10bn.', 'the Velgan Academy of Sciences'],
    ['The Royal Society of Velga said losses reached $10bn.', 'the Royal Society of Velga'],
    ['The Orsk Institute of Sociology said losses reached $10bn.', 'the Orsk Institute of Sociology'],
    ['The Bank of Velga said losses reached $10bn.', 'the Bank of Velga'],
  ])('%s', (text, speaker) => {
    const found = statementOf(text, 'losses reached $10bn');
    expect(found.speaker.name).toBe(speaker);
    expect(found.speaker.kind).toBe('organization');
  });
  it('a teacher at the school is a person', () => {
    const found = statementOf(
      'Anna Velko, a teacher at the Velga School of Economics, said losses reached $10bn.',
      'losses reached $10bn',
    );
    expect(found.speaker.name).toBe('Anna Velko');
  });
});

// "President Ivan Rask held talks with President of Orsk Tom Reed. The President noted …": of two people
// a role fits, none of whom has spoken yet, the one the story opens a sentence with (its subject, what the
// story is about) rather than the last named; one who has spoken comes first. Sentences written for these
// tests (fictional people and places).
describe('a role two people hold takes up the sentence subject before the last named', () => {
  const lead = 'President of Velga Ivan Rask held talks with President of Orsk Tom Reed in Velgrad. ';
  it.each([
    [`${lead}The President noted that trade grew.`, 'Ivan Rask'],
    [`${lead}The Head of State noted that trade grew.`, 'Ivan Rask'],
    [`${lead}The Head of State thanked Orsk for its help. He noted that trade grew.`, 'Ivan Rask'],
    // (the other president spoke in between: the latest speaker)
    [`${lead}Reed said the border was calm. The President noted that trade grew.`, 'Tom Reed'],
    // (the description names the other's country)
    [`${lead}The President of Orsk noted that trade grew.`, 'Tom Reed'],
  ])('%s', (text, speaker) => {
    expect(statementOf(text, 'trade grew').speaker.name).toBe(speaker);
  });
});

// "Moody's said …. The agency added …", "Greenpeace said …. The group said …": "the agency" or "the
// group" (bare or with a modifier in lower case: "the rating agency") takes up the last body that spoke
// and is named as one of that kind, or by one word that names no body of the state; not "the Kremlin" nor
// a ministry, and not when a body of that kind is named in between. Sentences written for these tests.
describe('"the agency", "the group" take up the body that spoke', () => {
  it.each([
    ["Moody's said the outlook was weak. The agency added that debt would rise.", "Moody's"],
    [
      'Velga Ratings said the outlook was weak. The rating agency added that debt would rise.',
      'Velga Ratings',
    ],
    ['Interfax reported that the outlook was weak. The news agency added that debt would rise.', 'Interfax'],
    [
      'The Fair Work Alliance said the outlook was weak. The group added that debt would rise.',
      'the Fair Work Alliance',
    ],
    [
      'Orskwatch said the outlook was weak. Its director, Tom Reed, spoke in Velgrad. The group added that debt would rise.',
      'Orskwatch',
    ],
    // look-alikes: a body of the state, a ministry, another agency named in between, a person
    ['The Kremlin said the outlook was weak. The agency added that debt would rise.', 'the agency'],
    ['The Defence Ministry said the outlook was weak. The agency added that debt would rise.', 'the agency'],
    [
      "Moody's said the outlook was weak. Officials of the Orsk Agency met on Monday. The agency added that debt would rise.",
      'Orsk Agency',
    ],
    ['Tom Reed said the outlook was weak. The group added that debt would rise.', 'the group'],
  ])('%s', (text, speaker) => {
    expect(statementOf(text, 'debt would rise').speaker.name).toBe(speaker);
  });
});

// "according to the head of government", "The heads of state noted": "head of state" and "head of
// government" are one role (a president, a prime minister) wherever the phrase is read; "the heads of
// state" are the leaders together, a group, not a body "state". Sentences written for these tests.
describe('the head of state or government, the heads of state', () => {
  const lead = '"We will act," Prime Minister Ivan Rask said at a briefing in Velgrad. ';
  it.each([
    [`${lead}According to the head of government, prices will rise.`, 'Ivan Rask', 'person'],
    [`${lead}Prices will rise, said the head of government.`, 'Ivan Rask', 'person'],
    [
      'Ivan Rask held a phone call with President of Orsk Tom Reed. The heads of state noted that prices will rise.',
      'the heads of state',
      'group',
    ],
    // (a head of a body stays the phrase it was: "the head" of the agency)
    [`${lead}According to the head of the agency, prices will rise.`, 'the head', 'unknown'],
  ])('%s', (text, speaker, kind) => {
    const statements = extract({ id: 't', text, published: '2024-05-01' });
    const found = statements.find((s) => /^prices will rise$/i.test(s.quote.text));
    expect(found, JSON.stringify(statements.map((s) => s.quote.text))).toBeDefined();
    expect(found!.speaker.name).toBe(speaker);
    expect(found!.speaker.kind).toBe(kind);
  });
});

// "the chairman and chief executive said": two titles of one person joined by "and" are one mention,
// before the verb or after it, which takes up the person introduced with them; "Tom Reed and chief
// executive Ann Lee" and "the mayor and governor" are two people. Sentences written for these tests.
describe('two titles of one person joined by "and"', () => {
  const lead = 'Harbex chairman and chief executive Tom Hill opened the plant in Velgrad. ';
  it.each([
    [`${lead}The chairman and chief executive said the plant will close.`, 'Tom Hill'],
    [`${lead}The plant will close, said the chairman and chief executive.`, 'Tom Hill'],
    [`${lead}"The plant will close," the chairman and chief executive said.`, 'Tom Hill'],
    // (two people: a name and another's title before a name; two offices)
    ['Tom Reed and chief executive Ann Lee said the plant will close.', 'Tom Reed and Ann Lee'],
    [
      'Tom Reed met the mayor and the governor. The mayor and governor said the plant will close.',
      'governor',
    ],
  ])('%s', (text, speaker) => {
    const statements = extract({ id: 't', text, published: '2024-05-01' });
    const found = statements.find((s) => /the plant will close/i.test(s.quote.text));
    expect(found, JSON.stringify(statements.map((s) => s.quote.text))).toBeDefined();
    expect(found!.speaker.name).toBe(speaker);
  });
});

// Words that name no speaker inside a speaker phrase: a day or a month ("issued a statement on Friday
// saying", "figures released on Monday"), a place after people in the plural ("Residents of Velga"); and a
// month that ends a name of two words ("Yin Myint May"). Sentences written for these tests.
describe('days, months and places that name no speaker', () => {
  it.each([
    ['Velga Rail issued a statement on Friday saying the roads were closed.', 'Velga Rail'],
    ["Tom Reed sent a letter to the mayor's office on Thursday saying the roads were closed.", 'Tom Reed'],
    ['According to figures released on Monday, the roads were closed.', 'figures'],
    ['According to figures also released in March, the roads were closed.', 'figures'],
    // (an author after the document is still its author)
    ['According to a report released by Velga Rail on Monday, the roads were closed.', 'Velga Rail'],
    ['Residents of Velga said the roads were closed.', 'residents'],
    ['Supporters of Tom Reed said the roads were closed.', 'supporters'],
    ['Two residents of Velga said the roads were closed.', 'two residents'],
    // (a spokesman speaks for the body after "for")
    ['A spokesman for the Velga Rail Company said the roads were closed.', 'the Velga Rail Company'],
    ['Yin Myint May said the roads were closed.', 'Yin Myint May'],
    ['Theresa May said the roads were closed.', 'Theresa May'],
    ['Tom Reed in May said the roads were closed.', 'Tom Reed'],
  ])('%s', (text, speaker) => {
    const statements = extract({ id: 't', text, published: '2024-05-01' });
    const found = statements.find((s) => /the roads were closed/i.test(s.quote.text));
    expect(found, JSON.stringify(statements.map((s) => s.quote.text))).toBeDefined();
    expect(found!.speaker.name).toBe(speaker);
  });

  it('a document of greetings is its possessor\'s ("Rask\'s message of greetings reads")', () => {
    const text =
      'Ivan Rask congratulated the team. Rask\'s message of greetings reads, in part: "The roads were closed."';
    const found = extract({ id: 't', text, published: '2024-05-01' }).find((s) => /roads/.test(s.quote.text));
    expect(found?.speaker.name).toBe('Ivan Rask');
  });
});

// A portfolio in lower case before its holder's full name ("director of rugby Ian Marsk"), a nationality
// before a role of a portfolio ("the German Minister of Energy"), and a transcript's unnamed "Remark:"
// label. Sentences written for these tests.
describe('roles of portfolios and unnamed labels', () => {
  it.each([
    [
      'Velga Sharks director of rugby Tom Reed opened the debate. "It is an important game," he said. ' +
        'Orsk were also caught in the row. "England wanted a second opinion," director of rugby Ian Marsk said.',
      '"England wanted a second opinion,"',
      'Ian Marsk',
    ],
    // (a spokesman for a person speaks for them; a place after "in" and a firm's name are no holder)
    ['A spokesman for singer Tom Reed said the tour was cancelled.', 'the tour was cancelled', 'a spokesman'],
    [
      'The former director of an intelligence service in Latin America said the tour was cancelled.',
      'the tour was cancelled',
      'the former director',
    ],
    [
      'According to the German Minister of Energy, prices will rise.',
      'prices will rise',
      'the German Minister of Energy',
    ],
    ['According to the Minister of Energy, prices will rise.', 'prices will rise', 'the Minister of Energy'],
    [
      'Ivan Rask met the students. Ivan Rask: Good afternoon, friends. Remark: Thank you very much, Mr President.',
      'Thank you very much, Mr President',
      'remark',
    ],
    [
      'Ivan Rask met the students. Ivan Rask: Good afternoon, friends.',
      'Good afternoon, friends',
      'Ivan Rask',
    ],
  ])('%s', (text, quote, speaker) => {
    const statements = extract({ id: 't', text, published: '2024-05-01' });
    const found = statements.find((s) => s.quote.text === quote);
    expect(found, JSON.stringify(statements.map((s) => s.quote.text))).toBeDefined();
    expect(found!.speaker.name).toBe(speaker);
  });
});

// Descriptions, acronyms and pronouns resolved to the person or body they fit, or to no one: a firm named
// with a place ("Norway Harbex Oil") taken up by "the firm", an apposition written before a body's name
// earlier, an acronym written after a name without brackets, a trade before a surname, a player who is no
// manager, a nationality with no one of it in view, a description of another country, a capitalised plural
// subject taken up by "they". Sentences written for these tests (fictional names).
describe('descriptions resolve to whom they fit, or to no one', () => {
  it.each([
    [
      'Scandal-hit jet fuel supplier Norway Harbex Oil has offered to repay its creditors. The firm said it hoped to pay $100m now.',
      'it hoped to pay $100m now',
      'Norway Harbex Oil',
    ],
    // (a place alone is no firm)
    [
      'Russia has offered to repay its creditors. The firm said it hoped to pay $100m now.',
      'it hoped to pay $100m now',
      'the firm',
    ],
    [
      "Jet fuel supplier Harbex Oil offered to repay its debts. Its lenders include the firm Orsk Energy. Of the payment, the firm - the country's biggest jet fuel supplier - said it would pay $30m.",
      'it would pay $30m.',
      'Harbex Oil',
    ],
    // (an apposition no name followed earlier leaves the firm named with "firm")
    [
      "Jet fuel supplier Harbex Oil offered to repay its debts. Its lenders include the firm Orsk Energy. Of the payment, the firm - the country's biggest lender - said it would pay $30m.",
      'it would pay $30m.',
      'Orsk Energy',
    ],
    [
      "Rescuers from Velgaria's State Emergencies Service DSNS arrived first. The DSNS says 91 of its rescuers have been killed.",
      '91 of its rescuers have been killed',
      'State Emergencies Service',
    ],
    [
      'Manager Ian Marsk was frustrated. Tom Reed scored the only goal. Matchwinner Reed was full of praise for Ivo. "It was great play from Ivo," said the Velga striker.',
      '"It was great play from Ivo,"',
      'Tom Reed',
    ],
    // (a known first name before the surname is another person's)
    ['Tom Reed scored the only goal. Anna Reed said she was proud.', 'she was proud', 'Anna Reed'],
    [
      'Velga manager Ian Marsk was frustrated. "We had chances," said Marsk. "It was great play from Ivo," said the Orsk striker.',
      '"It was great play from Ivo,"',
      'the Orsk striker',
    ],
    [
      'Velga striker Tom Reed scored twice. "It was great play from Ivo," said the Velga striker.',
      '"It was great play from Ivo,"',
      'Tom Reed',
    ],
    [
      'Tom McVeigh won the 800m in Orsk. "I am qualified now," said the 28-year-old. McVeigh is hoping to race again. "I have waited six years," said the Northern Irishman.',
      '"I have waited six years,"',
      'Tom McVeigh',
    ],
    [
      'Ian Dallas said that Deans was tackled short, but the Kiwi said he was dragged back.',
      'he was dragged back',
      'the Kiwi',
    ],
    [
      'Ivan Rask rejected the plan. The Ukrainian president said talks were impossible. The Russian foreign minister responded by saying the war would go on.',
      'the war would go on',
      'the Russian foreign minister',
    ],
    [
      'Ivan Rask rejected the plan. The Ukrainian president said talks were impossible. The Ukrainian president later said the war would go on.',
      'the war would go on',
      'Ivan Rask',
    ],
    [
      'The agency said it had seen a pattern. Rescuers often arrive first, and they also say the threat is growing. The rescuers are tired.',
      'the threat is growing',
      'rescuers',
    ],
    [
      'The agency said it had seen a pattern. Officials often arrive first, and they also say the threat is growing.',
      'the threat is growing',
      'officials',
    ],
    // (no number of people, nor a subject the pronoun is no part of)
    [
      'Great geopoliticians are unwilling to see ordinary people. Millions of those who live in the territory they propose to exchange for peace. The millions matter.',
      'to exchange for peace',
      'unknown',
    ],
  ])('%s', (text, quote, speaker) => {
    const statements = extract({ id: 't', text, published: '2024-05-01' });
    const found = statements.find((s) => s.quote.text === quote);
    expect(found, JSON.stringify(statements.map((s) => s.quote.text))).toBeDefined();
    expect(found!.speaker.name).toBe(speaker);
  });
});
