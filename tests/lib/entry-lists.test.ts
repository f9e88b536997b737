import { describe, expect, test } from 'vitest';
import { byNewest, groupByTag, isPublished, neighbours } from '../../src/lib/entry-lists.ts';

const entry = (id: string, date: string, tags: string[] = [], draft = false) => ({
  id,
  data: { publishedAt: new Date(date), draft, tags },
});

describe('isPublished', () => {
  test('hides drafts unless drafts are included', () => {
    expect(isPublished(entry('a', '2025-01-01', [], true), false)).toBe(false);
    expect(isPublished(entry('a', '2025-01-01', [], true), true)).toBe(true);
    expect(isPublished(entry('a', '2025-01-01'), false)).toBe(true);
  });
});

describe('byNewest', () => {
  test('sorts newest first, ties by id', () => {
    const sorted = byNewest([entry('b', '2025-01-01'), entry('c', '2025-03-01'), entry('a', '2025-01-01')]);
    expect(sorted.map((item) => item.id)).toEqual(['c', 'a', 'b']);
  });
});

describe('groupByTag', () => {
  test('merges tags that differ in case and punctuation, counts entries', () => {
    const groups = groupByTag([entry('a', '2025-01-01', ['Analytics', 'Crisis']), entry('b', '2025-02-01', ['analytics'])]);
    expect(groups.map((group) => [group.slug, group.entries.map((item) => item.id)])).toEqual([
      ['analytics', ['b', 'a']],
      ['crisis', ['a']],
    ]);
  });
  test('skips tags with nothing to put in a URL', () => {
    expect(groupByTag([entry('a', '2025-01-01', ['!!!'])])).toEqual([]);
  });
});

describe('neighbours', () => {
  const list = [{ id: 'new' }, { id: 'mid' }, { id: 'old' }];
  test('gives the newer and older entries', () => {
    expect(neighbours(list, 'mid')).toEqual({ newer: { id: 'new' }, older: { id: 'old' } });
  });
  test('has no newer for the newest', () => {
    expect(neighbours(list, 'new').newer).toBeUndefined();
  });
});
