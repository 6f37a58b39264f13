import { describe, expect, it } from 'vitest';
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
});
