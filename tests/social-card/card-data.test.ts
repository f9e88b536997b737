import { describe, expect, test } from 'vitest';
import { CARD_LIMITS, caseStudyCard, clampCard, clampText } from '../../src/social-card/card-data.ts';

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

describe('clampCard on a case-study card', () => {
  const context = { siteTitle: 'Site', ownerName: 'Asha', host: 'a.example', language: 'en' };
  const caseStudy = { title: 'Title', organisation: 'Org', summary: 'Summary', language: 'en' };

  test("keeps a headline in the author's words whole up to its own limit, where a generated figure is short", () => {
    const words = '4 h 10 min → 18 min median first reply on X';
    expect(clampCard(caseStudyCard(context, caseStudy, { figure: words, label: '' })).metric).toEqual({ figure: words, label: '' });
    const generated = clampCard(caseStudyCard(context, caseStudy, { figure: words, label: 'reply time' })).metric!;
    expect([...generated.figure]).toHaveLength(CARD_LIMITS.metricFigure);
  });
});
