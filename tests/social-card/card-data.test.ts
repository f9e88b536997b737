import { describe, expect, test } from 'vitest';
import { clampText } from '../../src/social-card/card-data.ts';

describe('clampText', () => {
  test('keeps short text', () => {
    expect(clampText('Hello', 10, 'en')).toBe('Hello');
  });
  test('cuts on grapheme boundaries and adds an ellipsis', () => {
    const clamped = clampText('नमस्ते दुनिया नमस्ते', 8, 'hi');
    expect([...new Intl.Segmenter('hi', { granularity: 'grapheme' }).segment(clamped)]).toHaveLength(8);
    expect(clamped.endsWith('…')).toBe(true);
  });
});
