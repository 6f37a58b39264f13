import { describe, expect, it } from 'vitest';
import { roleHolder, roleKeys, roleOf, type ArticlePerson, type Role } from './people-roles.js';

describe('roleOf', () => {
  const cases: [string, Role | null][] = [
    ['President of Ukraine', { office: 'president', country: 'ukraine' }],
    ['the Ukrainian President', { office: 'president', country: 'ukraine' }],
    ["Ukraine's president", { office: 'president', country: 'ukraine' }],
    ['President of the Republic of Lithuania', { office: 'president', country: 'lithuania' }],
    ['President of the United States', { office: 'president', country: 'us' }],
    ['U.S. President', { office: 'president', country: 'us' }],
    ['President', { office: 'president', country: null }],
    ['Head of State', { office: 'head-of-state', country: null }],
    ['Ukrainian Head of State', { office: 'head-of-state', country: 'ukraine' }],
    ['Russian leader', { office: 'leader', country: 'russia' }],
    ['Kremlin chief', { office: 'leader', country: 'russia' }],
    ['Prime Minister of Albania', { office: 'prime-minister', country: 'albania' }],
    ['German Chancellor', { office: 'chancellor', country: 'germany' }],
    // other roles, affiliations and presidencies of other things are no head role
    ['Adviser to the President of Ukraine', null],
    ['Head of the Office of the President of Ukraine', null],
    ["President's Office", null],
    ['Vice President', null],
    ['President of Russia-Kazakhstan Interregional Cooperation Forum', null],
    ['President of the Chess Federation', null],
    ['Foreign Minister', null],
    ['leader', null],
    ['Western leader', null],
    ["Russia's Chief", null],
    ["Russia's Chief Rabbi", null],
    ['President of Russia and Belarus', null],
  ];
  it.each(cases)('%s → %j', (title, role) => {
    expect(roleOf(title)).toEqual(role);
  });

  it('gives held titles and mentions keys that meet', () => {
    expect(roleKeys('President of Ukraine')).toEqual(['r:president|ukraine']);
    expect(roleKeys('Ukrainian Head of State', { mention: true })).toContain('r:president|ukraine');
    expect(roleKeys('Russian leader', { mention: true })).toContain('r:prime-minister|russia');
    expect(roleKeys('President')).toEqual([]);
  });
});

describe('roleHolder', () => {
  const zelenskyy = { name: 'Volodymyr Zelenskyy', title: 'President of Ukraine' };
  const aliyev = { name: 'Ilham Aliyev', title: 'President of Azerbaijan' };
  const adviser = { name: 'Olena Marchuk', title: 'Adviser to the President of Ukraine' };
  const bare = { name: 'Zelenskyy', title: 'President' };
  const cases: [string, string, ArticlePerson[], string | null][] = [
    ['one president of that country', 'President of Ukraine', [zelenskyy, aliyev], 'Volodymyr Zelenskyy'],
    ['by demonym', 'Ukrainian President', [aliyev, zelenskyy], 'Volodymyr Zelenskyy'],
    ['the other president', 'President of Azerbaijan', [zelenskyy, aliyev], 'Ilham Aliyev'],
    ['head of state, one president', 'Head of State', [zelenskyy, adviser], 'Volodymyr Zelenskyy'],
    ['head of state, two presidents', 'Head of State', [zelenskyy, aliyev], null],
    ['an adviser holds no presidency', 'President of Ukraine', [adviser], null],
    ['a title without a country', 'President', [bare, zelenskyy], 'Volodymyr Zelenskyy'],
    ['a country the holder was not given', 'Ukrainian President', [bare], null],
    [
      'an untitled person could be meant',
      'President',
      [aliyev, { name: 'Volodymyr Zelenskyy', title: null }],
      null,
    ],
    [
      'the holder also named untitled',
      'President',
      [aliyev, { name: 'Ilham Aliyev', title: null }],
      'Ilham Aliyev',
    ],
    ['nobody', 'President of Russia', [zelenskyy, aliyev], null],
    ['not a role', 'Foreign Minister', [zelenskyy], null],
  ];
  it.each(cases)('%s: %s', (_, title, people, expected) => {
    expect(roleHolder(title, people)).toBe(expected);
  });
});
