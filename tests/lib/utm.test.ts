import { describe, expect, test } from 'vitest';
import { withUtm } from '../../src/lib/utm.ts';

describe('withUtm', () => {
  test.each([
    [
      'https://example.org/newsletter',
      { source: 'instagram', medium: 'bio' },
      'https://example.org/newsletter?utm_source=instagram&utm_medium=bio',
    ],
    ['https://example.org/?utm_source=old&x=1#top', { source: 'tiktok' }, 'https://example.org/?utm_source=tiktok&x=1#top'],
    [
      '/portfolio/cv/',
      { source: 'instagram', campaign: 'job hunt 2027' },
      '/portfolio/cv/?utm_source=instagram&utm_campaign=job+hunt+2027',
    ],
    ['/cv/', { source: 'a&b"<x>' }, '/cv/?utm_source=a%26b%22%3Cx%3E'],
    [
      'https://example.org/',
      { source: 's', medium: 'm', campaign: 'c', term: 't', content: 'button-2' },
      'https://example.org/?utm_source=s&utm_medium=m&utm_campaign=c&utm_term=t&utm_content=button-2',
    ],
    ['mailto:asha@example.com', { source: 'instagram' }, 'mailto:asha@example.com'],
    ['https://example.org/', undefined, 'https://example.org/'],
    ['https://example.org/', { source: '' }, 'https://example.org/'],
  ])('%s with %o is %s', (url, utm, expected) => {
    expect(withUtm(url, utm)).toBe(expected);
  });
});
