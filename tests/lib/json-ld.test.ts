import { describe, expect, test } from 'vitest';
import { articleJsonLd, breadcrumbJsonLd, personJsonLd, serializeJsonLd } from '../../src/lib/json-ld.ts';

describe('serializeJsonLd', () => {
  test.each([['</script><script>alert(1)</script>'], ['<!-- comment'], ['a & b > c'], ['line\u2028separator\u2029paragraph']])(
    'keeps %j inert and parseable',
    (text) => {
      const json = serializeJsonLd({ headline: text });
      expect(json).not.toMatch(/[<>&\u2028\u2029]/);
      expect(JSON.parse(json)).toEqual({ headline: text });
    },
  );
});

describe('personJsonLd', () => {
  test('lists profile links as sameAs and leaves out what the profile lacks', () => {
    const person = personJsonLd({
      name: 'Asha',
      headline: 'CM',
      url: 'https://a.example/',
      sameAs: ['https://mastodon.example/@a'],
      languages: [],
      skills: [],
    });
    expect(person).toEqual({
      '@type': 'Person',
      '@id': 'https://a.example/#person',
      name: 'Asha',
      jobTitle: 'CM',
      url: 'https://a.example/',
      sameAs: ['https://mastodon.example/@a'],
    });
  });
});

describe('personJsonLd availability', () => {
  test('what the person is looking for is a Demand they seek, in their own words', () => {
    const person = personJsonLd({
      name: 'Asha',
      headline: 'CM',
      url: 'https://a.example/',
      availability: 'Open to community roles from March 2027',
      sameAs: [],
      languages: [],
      skills: [],
    });
    expect(person.seeks).toEqual({ '@type': 'Demand', description: 'Open to community roles from March 2027' });
  });
});

describe('articleJsonLd and breadcrumbJsonLd', () => {
  test('a post has its dates, language and author', () => {
    const article = articleJsonLd({
      kind: 'BlogPosting',
      url: 'https://a.example/blog/x/',
      headline: 'X',
      description: 'D',
      published: new Date('2025-01-02'),
      language: 'hi',
      image: 'https://a.example/card.png',
      keywords: ['a', 'b'],
      author: { name: 'Asha', url: 'https://a.example/' },
    });
    expect(article).toMatchObject({
      '@type': 'BlogPosting',
      datePublished: '2025-01-02T00:00:00.000Z',
      dateModified: '2025-01-02T00:00:00.000Z',
      inLanguage: 'hi',
      keywords: 'a, b',
    });
  });
  test('breadcrumbs are numbered from 1', () => {
    expect(
      breadcrumbJsonLd([
        { name: 'Home', url: 'u1' },
        { name: 'Blog', url: 'u2' },
      ]).itemListElement.map((item) => item.position),
    ).toEqual([1, 2]);
  });
});
