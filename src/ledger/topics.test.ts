import { describe, expect, it } from 'vitest';
import { compareStatements } from './compare.js';
import { frameText } from './frame.js';
import { findTopics, groupTopics, topicLabel } from './topics.js';

// Sentences written for these tests.
describe('topics', () => {
  it.each([
    ['They will never surrender any land.', 'cede-territory'],
    ['A truce must come first.', 'ceasefire'],
    ['The cease-fire held overnight.', 'ceasefire'],
    ['Kyiv wants to join NATO.', 'nato-membership'],
    ['Its accession to the European Union is near.', 'eu-membership'],
    ['New sanctions were announced.', 'sanctions'],
    ['Grain exports resumed through the corridor.', 'grain-exports'],
    ['Berlin will send Leopard tanks.', 'weapons-supplies'],
  ])('%s → %s', (text, key) => {
    expect(frameText(text).topics).toContain(key);
  });

  it('does not take NATO member states for NATO membership', () => {
    expect(frameText('NATO members met in Brussels on Tuesday.').topics).not.toContain('nato-membership');
  });

  it('resolves what a user types to topic keys', () => {
    expect(findTopics('NATO membership')).toEqual(['nato-membership']);
    expect(findTopics('cease-fire')).toEqual(['ceasefire']);
    expect(findTopics('territory')).toContain('cede-territory');
    expect(findTopics('nato')).toContain('nato-membership');
    expect(findTopics('')).toEqual([]);
    expect(findTopics('zzzz')).toEqual([]);
  });

  it('labels keys and falls back to the key words', () => {
    expect(topicLabel('cede-territory')).toBe('ceding territory');
    expect(topicLabel('send-tank')).toBe('send tank');
  });

  it('groups statements by topic, most statements first', () => {
    const records = ['A truce is needed.', 'No truce now.', 'Sanctions must stay.'].map((text) => ({
      frame: frameText(text),
    }));
    expect(groupTopics(records).map((topic) => [topic.key, topic.statementCount])).toEqual([
      ['ceasefire', 2],
      ['sanctions', 1],
    ]);
  });

  // Subjects of general news (subject-topics.ts): listed for browsing, never read for a stance.
  it.each([
    ['The bank will raise interest rates again in March.', 'interest-rates'],
    ['We will cut taxes for working families.', 'taxes'],
    ['Unemployment fell to its lowest level in a decade.', 'jobs'],
    ['House prices in the capital kept climbing.', 'housing'],
    ['Oil prices will stay above $80 a barrel.', 'oil-market'],
    ['The asylum system is broken and immigration is too high.', 'immigration'],
    ['The country must halve its greenhouse gas emissions.', 'climate'],
    ['Waiting lists in the health service are too long.', 'health-care'],
    ['Our troops will stay in Iraq until the insurgency is beaten.', 'iraq-war'],
    ['The union will ballot its members on a strike over pay.', 'strikes'],
  ])('%s → subject %s', (text, key) => {
    const frame = frameText(text);
    expect(frame.topics).toContain(key);
    expect((frame.stances ?? []).map((stance) => stance.topic)).not.toContain(key);
  });

  it.each([
    ['The rebels vowed to wage war until the end.', 'wages'],
    ['Three nuclear powers met in Geneva.', 'nuclear-power'],
    ['The takeover of the city took two days.', 'mergers'],
    ['The investment climate has improved.', 'climate'],
    ['Israel sent a delegation to the trade fair.', 'israel-palestine'],
  ])('%s is not about %s', (text, key) => {
    expect(frameText(text).topics).not.toContain(key);
  });

  it('compares statements on a subject by their own verbs, not as one stance on it', () => {
    // Polarity alone reads both as "for" taxes; the subject must not make them agree.
    const { relation, reason } = compareStatements(
      'We will cut taxes for families.',
      'We will raise taxes on families.',
    );
    expect(relation).toBe('inconsistent');
    expect(reason).not.toMatch(/taxes/);
    // a clause naming only a subject still gets the verb-and-object reading it had before it was listed
    const stances = frameText('We must cut taxes.').stances ?? [];
    expect(stances.length).toBeGreaterThan(0);
    expect(stances.every((stance) => stance.topic !== 'taxes')).toBe(true);
  });

  it('finds subjects by what a user types', () => {
    expect(findTopics('interest rates')).toEqual(['interest-rates']);
    expect(findTopics('immigration')).toEqual(['immigration']);
    expect(topicLabel('iraq-war')).toBe('the Iraq war');
  });
});
