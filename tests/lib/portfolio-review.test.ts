import { describe, expect, test } from 'vitest';
import { isWeakAltText, reviewPortfolio, type ReviewInput } from '../../src/lib/portfolio-review.ts';

const today = new Date('2026-11-21');
const goodCaseStudy = {
  file: 'cs.md',
  body: '## Objective\n…\n## Results\nIt worked.',
  data: { metrics: [{ label: 'Followers', before: 1, after: 2, source: 'Insights', period: '90 days' }], screenshots: [{ file: 'a.png', alt: 'Followers chart rising from 1,000 to 3,400' }] },
};
const goodProfile = { file: 'profile.md', data: { credentials: [{ title: 'Course' }], links: [{ platform: 'linkedin' }] } };
const input = (overrides: Partial<ReviewInput>): ReviewInput => ({
  today, posts: [{ file: 'p.md', data: { publishedAt: '2026-11-01' } }], caseStudies: [goodCaseStudy], profile: goodProfile, ...overrides,
});

describe('reviewPortfolio', () => {
  test('has nothing to say about a complete, current portfolio', () => {
    expect(reviewPortfolio(input({}))).toEqual([]);
  });

  test.each([
    ['no posts', { posts: [] }, /no blog posts yet/],
    ['an old newest post', { posts: [{ file: 'p.md', data: { publishedAt: '2026-05-01' } }] }, /newest post is 204 days old/],
    ['only a recent draft', { posts: [{ file: 'p.md', data: { publishedAt: '2026-11-20', draft: true } }] }, /no blog posts yet/],
    ['a case study without metrics', { caseStudies: [{ ...goodCaseStudy, data: { metrics: [] } }] }, /has no metric/],
    ['a case study without results', { caseStudies: [{ ...goodCaseStudy, body: '## Objective\nx' }] }, /no "## Results" section/],
    ['a metric without a source', { caseStudies: [{ ...goodCaseStudy, data: { metrics: [{ label: 'Reach', value: 1, period: 'May' }] } }] }, /metrics\[0\] \(Reach\) has no source\./],
    ['a metric without source or period', { caseStudies: [{ ...goodCaseStudy, data: { metrics: [{ label: 'Reach', value: 1 }] } }] }, /has no source or period/],
    ['weak alt text', { caseStudies: [{ ...goodCaseStudy, data: { ...goodCaseStudy.data, screenshots: [{ alt: 'screenshot' }] } }] }, /screenshots\[0\] has alt text that says little/],
    ['no credentials', { profile: { file: 'profile.md', data: { ...goodProfile.data, credentials: [] } } }, /no courses or certificates/],
    ['no links', { profile: { file: 'profile.md', data: { ...goodProfile.data, links: [] } } }, /has no links/],
  ])('advises on %s', (_, overrides, expected) => {
    const advice = reviewPortfolio(input(overrides as Partial<ReviewInput>));
    expect(advice.map((item) => item.message)).toEqual([expect.stringMatching(expected)]);
  });

  test('recognises a results heading in Hindi', () => {
    expect(reviewPortfolio(input({ caseStudies: [{ ...goodCaseStudy, body: '## नतीजे\nअच्छे' }] }))).toEqual([]);
  });
});

describe('isWeakAltText', () => {
  test.each([['', true], ['image', true], ['dashboard.png', true], ['Chart', true], ['Instagram Insights: reach up 240% in 90 days', false]])('%j → %s', (alt, weak) => {
    expect(isWeakAltText(alt)).toBe(weak);
  });
});
