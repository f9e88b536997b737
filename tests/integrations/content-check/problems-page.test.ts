import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { problemsPage } from '../../../src/integrations/content-check/problems-page.ts';

const problems = [
  { file: '/site/content/blog/<b>x</b>.md', field: 'title', message: 'is missing. Write a title (title: "...").' },
  { file: '/site/content/blog/<b>x</b>.md', field: 'tags[0]', message: 'Unknown tag "</li><script>alert(1)</script>".' },
  { file: '/site/content/profile.md', field: '', message: 'its frontmatter cannot be read: a & b.' },
];

describe('problemsPage', () => {
  const html = problemsPage(problems, '/site', '/portfolio/@vite/client');
  const page = parse(html);

  test('lists every problem under its file, in the lines npm run check prints', () => {
    expect(page.querySelector('[data-problems-heading]')!.textContent).toBe('Commfolio found 3 problems in 2 files:');
    expect(page.querySelectorAll('h2').map((heading) => heading.textContent)).toEqual(['content/blog/<b>x</b>.md', 'content/profile.md']);
    expect(page.querySelectorAll('li').map((item) => item.textContent)).toEqual([
      'title: is missing. Write a title (title: "...").',
      'tags[0]: Unknown tag "</li><script>alert(1)</script>".',
      'its frontmatter cannot be read: a & b.',
    ]);
  });

  test('escapes what the content says, so it stays text', () => {
    expect(page.querySelectorAll('script').map((script) => script.getAttribute('src'))).toEqual(['/portfolio/@vite/client']);
    expect(page.querySelectorAll('b')).toEqual([]);
  });
});
