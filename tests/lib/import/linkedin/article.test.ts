import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseFrontmatter } from '../../../../src/lib/frontmatter.ts';
import { importLinkedInArticle } from '../../../../src/lib/import/linkedin/article.ts';
import { postFileText } from '../../../../src/lib/import/post-file.ts';

const file = 'Articles/Articles/five-rituals-that-keep-a-discord-alive-7n5pe.html';
const html = readFileSync(path.resolve(import.meta.dirname, '../../../fixtures/linkedin-export', file), 'utf8');

describe('importLinkedInArticle', () => {
  const result = importLinkedInArticle(html, file, new Set());
  if ('problem' in result) throw new Error(result.problem);
  const { post, images } = result;

  test('keeps the title, the publishing date and the address on LinkedIn', () => {
    expect(post).toMatchObject({
      slug: 'five-rituals-that-keep-a-discord-alive',
      title: 'Five rituals that keep a Discord alive',
      publishedAt: '2024-02-12',
      description: 'Communities do not die from trolls; they die from silence.',
    });
    expect(post.body).toContain(
      '_First published on [LinkedIn](https://www.linkedin.com/pulse/five-rituals-keep-discord-alive-ananya-rao-7n5pe)._',
    );
  });

  test('converts the text to Markdown, headings below the page title', () => {
    expect(post.body).toContain(
      '### 1\\. Office hours\n\nEvery Thursday a mentor answers questions live. Attendance rose from **12 to 140** in a quarter.',
    );
    expect(post.body).toContain('-   Same time every week\n\n-   A recording for other time zones');
    expect(post.body).toContain('More on this in [my blog post](https://blog.ananya.example/posts/office-hours), and never this link.');
  });

  test('lists images that live on LinkedIn instead of linking them, and marks where they were', () => {
    expect(images).toEqual([
      'https://media.licdn.com/dms/image/cover-rituals.jpg',
      'https://media.licdn.com/dms/image/office-hours-chart.png (Office hours attendance chart)',
    ]);
    expect(post.body).not.toContain('licdn');
    expect(post.body).toContain('<!-- Image 2 was not copied from LinkedIn: see the list at the top of this file. -->');
    expect(post.notes.join('\n')).toContain('2. https://media.licdn.com/dms/image/office-hours-chart.png (Office hours attendance chart)');
  });

  test('keeps script out: text that looks like HTML is escaped, script elements and javascript: links are dropped', () => {
    expect(post.body).toContain('Someone asked whether &lt;script>alert(1)&lt;/script> in a message is dangerous.');
    expect(post.body).not.toMatch(/<script|javascript:|never runs/);
  });

  test('writes a draft post whose frontmatter reads back as written', () => {
    const { data, body } = parseFrontmatter(postFileText(post));
    expect(data).toEqual({ title: post.title, description: post.description, publishedAt: '2024-02-12', draft: true });
    expect(body.trim()).toBe(post.body);
  });

  test('gives two articles with one title two file names', () => {
    const used = new Set<string>(['five-rituals-that-keep-a-discord-alive']);
    const second = importLinkedInArticle(html, file, used);
    expect('post' in second && second.post.slug).toBe('five-rituals-that-keep-a-discord-alive-2');
  });

  test('an unpublished draft takes the day it was created, noted; a file without a date is a problem', () => {
    const draft = importLinkedInArticle(html.replace(/<p class="published">.*?<\/p>/, ''), file, new Set());
    expect(draft).toMatchObject({ post: { publishedAt: '2024-02-10' }, note: expect.stringMatching(/never published/) });
    expect(importLinkedInArticle('<html><body><h1>T</h1><p>x</p></body></html>', 'Articles/a.html', new Set())).toEqual({
      problem: expect.stringMatching(/^Articles\/a\.html has no "Published on" or "Created on" date/),
    });
  });
});
