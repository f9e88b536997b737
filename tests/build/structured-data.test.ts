import { mf2 } from 'microformats-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, readBuilt, readPage, type BuiltSite } from '../helpers/build-site.ts';

const origin = 'https://fixture.example';

describe('structured data on the basic fixture', () => {
  let site: BuiltSite;
  const jsonLd = (file: string) =>
    readPage(site, file)
      .querySelectorAll('script[type="application/ld+json"]')
      .map((script) => JSON.parse(script.textContent) as Record<string, unknown>);
  const ofType = (file: string, type: string) => jsonLd(file).find((block) => block['@type'] === type) as Record<string, any> | undefined;

  beforeAll(() => {
    site = buildSite('site-basic');
    expect(site.status, site.output).toBe(0);
  });

  test('home and about are ProfilePages about a Person with sameAs from the profile links', () => {
    for (const file of ['index.html', 'about/index.html']) {
      const page = ofType(file, 'ProfilePage');
      expect(page?.mainEntity).toMatchObject({
        '@type': 'Person',
        name: 'Fixture Person',
        jobTitle: 'Community manager for fixtures',
        sameAs: ['https://www.linkedin.com/in/fixture-example', 'https://mastodon.example/@fixture'],
      });
      expect(page?.mainEntity.image).toMatch(/^https:\/\/fixture\.example\/_astro\/avatar\..+\.webp$/);
    }
    expect(ofType('about/index.html', 'BreadcrumbList')?.itemListElement.map((item: { name: string }) => item.name)).toEqual([
      'Home',
      'About',
    ]);
  });

  test('posts are BlogPostings and case studies Articles, with breadcrumbs', () => {
    const post = ofType('blog/mdx-post/index.html', 'BlogPosting');
    expect(post).toMatchObject({
      headline: 'An MDX post',
      url: `${origin}/blog/mdx-post/`,
      datePublished: '2025-04-02T00:00:00.000Z',
      dateModified: '2025-04-05T00:00:00.000Z',
      inLanguage: 'en',
    });
    expect(post?.author.name).toBe('Fixture Person');
    expect(ofType('blog/hindi-post/index.html', 'BlogPosting')?.inLanguage).toBe('hi');
    expect(ofType('case-studies/launch/index.html', 'Article')).toMatchObject({
      headline: 'Launching a Discord for learners',
      image: `${origin}/social-cards/en/case-study/launch.png`,
    });
    expect(ofType('case-studies/launch/index.html', 'BreadcrumbList')?.itemListElement.map((item: { item: string }) => item.item)).toEqual([
      `${origin}/`,
      `${origin}/case-studies/`,
      `${origin}/case-studies/launch/`,
    ]);
  });

  test('a hostile title cannot end the JSON-LD script element and survives as text', () => {
    const html = readBuilt(site, 'blog/hostile/index.html');
    const bodies = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((match) => match[1]!);
    expect(bodies).toHaveLength(2);
    for (const body of bodies) expect(body).not.toMatch(/<\/script|<script|<!--/i);
    expect(ofType('blog/hostile/index.html', 'BlogPosting')?.headline).toBe('</script><script>alert(1)</script> "Quotes" & <b>bold</b>');
  });

  test('the home page is an h-card and posts are h-entries, read by a microformats parser', () => {
    const home = mf2(readBuilt(site, 'index.html'), { baseUrl: `${origin}/` });
    const card = home.items.find((item) => item.type?.includes('h-card'));
    expect(card?.properties.name).toEqual(['Fixture Person']);
    expect(card?.properties['job-title']).toEqual(['Community manager for fixtures']);
    expect(card?.properties.url).toContain(`${origin}/`);
    expect(String((card?.properties.photo?.[0] as { value?: string })?.value ?? card?.properties.photo?.[0])).toMatch(/avatar\..+\.webp$/);
    expect(home.rels.me).toEqual(['https://www.linkedin.com/in/fixture-example', 'https://mastodon.example/@fixture']);

    const post = mf2(readBuilt(site, 'blog/post-4/index.html'), { baseUrl: `${origin}/blog/post-4/` });
    const entry = post.items.find((item) => item.type?.includes('h-entry'));
    expect(entry?.properties.name).toEqual(['Fixture post number 4']);
    expect(entry?.properties.summary).toEqual(['Description of fixture post 4.']);
    expect(entry?.properties.published).toEqual(['2025-03-04T00:00:00.000Z']);
    expect(entry?.properties.category).toEqual(['Community Building', 'analytics']);
    expect((entry?.properties.content?.[0] as { value: string }).value).toContain('Body of post 4 with bold text.');
    expect((entry?.properties.author?.[0] as { properties: Record<string, unknown[]> }).properties.name).toEqual(['Fixture Person']);
  });
});
