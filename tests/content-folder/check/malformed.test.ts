import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/content-folder/check/check-content.ts';
import { contentForCase, MALFORMED_CASES } from '../../helpers/malformed.ts';

/**
 * Every problem the check finds in each malformed case (tests/fixtures/malformed/<case>, laid over
 * site-minimal), in order, word for word: [file, field, message]. tests/build/check-build-agreement.test.ts
 * builds the same cases and finds the build refusing each one too.
 */
const EXPECTED: Record<string, [string, string, string][]> = {
  'alias-bomb': [
    [
      'case-studies/bomb/index.md',
      '',
      'holds more than 20,000 values once its YAML aliases (*name) are expanded. Write each value out in full instead of repeating it with & and *.',
    ],
    ['blog/alias-slug.md', 'slug', 'Write the slug as text: letters, digits and hyphens, e.g. slug: my-first-post.'],
  ],
  dates: [
    [
      'case-studies/launch/index.md',
      'period.start',
      '"2024-5" is not a date written as YYYY-MM or YYYY-MM-DD. Write the month with two digits: 2024-05.',
    ],
    [
      'case-studies/launch/index.md',
      'period.end',
      '"2024-02-30" is not a date: February 2024 has 29 days. Write it as YYYY-MM-DD, e.g. 2024-02-29.',
    ],
    [
      'case-studies/launch/index.md',
      'charts[0].changedAt',
      '"2024-02-31" is not a date: February 2024 has 29 days. Write it as YYYY-MM-DD, e.g. 2024-02-29.',
    ],
    [
      'case-studies/launch/members.csv',
      'line 3, date',
      '"2024-02-30" is not a date: February 2024 has 29 days. Write it as YYYY-MM-DD, e.g. 2024-02-29. For a time of day, write YYYY-MM-DDTHH:MM.',
    ],
    ['blog/digits.md', 'publishedAt', '20250101 is a number, not a date. Put hyphens between the year, month and day: 2025-01-01.'],
    [
      'blog/february-30.md',
      'publishedAt',
      '"2026-02-30" is not a date: February 2026 has 28 days. Write it as YYYY-MM-DD, e.g. 2026-02-28.',
    ],
    ['blog/in-words.md', 'publishedAt', '"March 3, 2025" is not a date written as YYYY-MM-DD. Write it as 2025-03-03.'],
    [
      'blog/month-13.md',
      'publishedAt',
      '"2026-13-01" is not a date: there is no month 13 (for 13 January, write 2026-01-13). Write it as YYYY-MM-DD, with the month from 01 to 12.',
    ],
    [
      'blog/slashes.md',
      'publishedAt',
      '"04/03/2024" is not a date written as YYYY-MM-DD. Write it as YYYY-MM-DD: 2024-03-04 or 2024-04-03, whichever you meant.',
    ],
    [
      'blog/updated-before.md',
      'updatedAt',
      '2025-02-01 is before publishedAt (2025-03-01). An update comes after the first publication: correct one of the two dates.',
    ],
    [
      'blog/with-time.md',
      'publishedAt',
      '"2025-01-01T10:00:00Z" is not a date written as YYYY-MM-DD. Write the day alone, without a time: 2025-01-01.',
    ],
    [
      'blog/year-zero.md',
      'publishedAt',
      '"0000-01-01" is not a date Commfolio accepts: the year must be from 1900 to 2100. Write it as YYYY-MM-DD, e.g. 2026-03-14.',
    ],
  ],
  'duplicate-addresses': [
    [
      'case-studies/launch/index.md',
      '',
      'has the same address as case-studies/relaunch/index.md: both would be published at /case-studies/launch/, and only one of them would appear. Rename the file (or its folder), or give it another address with a slug: field.',
    ],
    [
      'case-studies/relaunch/index.md',
      'slug',
      'has the same address as case-studies/launch/index.md: both would be published at /case-studies/launch/, and only one of them would appear. Write another address in its slug: field.',
    ],
    [
      'blog/tags.md',
      '',
      'its address /blog/tags/ is the address of the list of tags, so this entry would never be shown. Rename the file (or its folder), or give it another address with a slug: field.',
    ],
    [
      'blog/2024/recap.md',
      '',
      'has the same address as blog/2025/recap.md: both would be published at /blog/recap/, and only one of them would appear. Rename the file (or its folder), or give it another address with a slug: field.',
    ],
    [
      'blog/2025/recap.md',
      '',
      'has the same address as blog/2024/recap.md: both would be published at /blog/recap/, and only one of them would appear. Rename the file (or its folder), or give it another address with a slug: field.',
    ],
    [
      'blog/My Post v1.2.md',
      '',
      'has the same address as blog/my-post-v12.md: both would be published at /blog/my-post-v12/, and only one of them would appear. Rename the file (or its folder), or give it another address with a slug: field.',
    ],
    [
      'blog/my-post-v12.md',
      '',
      'has the same address as blog/My Post v1.2.md: both would be published at /blog/my-post-v12/, and only one of them would appear. Rename the file (or its folder), or give it another address with a slug: field.',
    ],
    [
      'blog/Post.md',
      '',
      'has the same address as blog/post.md: both would be published at /blog/post/, and only one of them would appear. Rename the file (or its folder), or give it another address with a slug: field.',
    ],
    [
      'blog/post.md',
      '',
      'has the same address as blog/Post.md: both would be published at /blog/post/, and only one of them would appear. Rename the file (or its folder), or give it another address with a slug: field.',
    ],
    [
      'blog/first.md',
      'slug',
      'has the same address as blog/second.md: both would be published at /blog/same/, and only one of them would appear. Write another address in its slug: field.',
    ],
    [
      'blog/second.md',
      'slug',
      'has the same address as blog/first.md: both would be published at /blog/same/, and only one of them would appear. Write another address in its slug: field.',
    ],
    [
      'blog/other.md',
      'slug',
      'has the same address as blog/post-1.md: both would be published at /blog/post-1/, and only one of them would appear. Write another address in its slug: field.',
    ],
    [
      'blog/post-1.md',
      '',
      'has the same address as blog/other.md: both would be published at /blog/post-1/, and only one of them would appear. Rename the file (or its folder), or give it another address with a slug: field.',
    ],
  ],
  encoding: [
    [
      'case-studies/launch/members.csv',
      '',
      'is saved as UTF-16, not UTF-8. Open it in your text editor and save it again with the encoding "UTF-8".',
    ],
    [
      'blog/latin-1.md',
      '',
      'is not saved as UTF-8: line 2 has a letter in another encoding ("é", byte 0xE9). Open it in your text editor and save it again with the encoding "UTF-8".',
    ],
  ],
  'long-address': [
    [
      'blog/how-i-grew-a-study-community-from-two-hundred-to-five-thousand-members-in-six-months-without-ads.md',
      '',
      'its address "how-i-grew-a-study-community-from-two-hundred-to-five-thous…" is 96 characters long; an address can have at most 80. Rename the file (or its folder), or give it another address with a slug: field.',
    ],
    [
      'blog/long-slug.md',
      'slug',
      'its address "a-very-long-address-a-very-long-address-a-very-long-address…" is 300 characters long; an address can have at most 80. Write another address in its slug: field.',
    ],
  ],
  numbers: [
    [
      'case-studies/launch/index.md',
      'metrics[0].value',
      '1e+308 is beyond any figure a metric can mean (at most a million billion, 1,000,000,000,000,000). Check the number: a digit too many, or a unit typed as zeros?',
    ],
    [
      'case-studies/launch/index.md',
      'metrics[1].after',
      '12345678901234567890… (400 digits) is beyond any figure a metric can mean (at most a million billion, 1,000,000,000,000,000). Check the number: a digit too many, or a unit typed as zeros?',
    ],
    [
      'case-studies/launch/index.md',
      'metrics[2].measures.likes',
      '1e+300 is beyond any figure a metric can mean (at most a million billion, 1,000,000,000,000,000). Check the number: a digit too many, or a unit typed as zeros?',
    ],
    [
      'case-studies/launch/index.md',
      'metrics[2].measures',
      'make the formula overflow: its result is beyond any figure a metric can mean (at most a million billion, 1,000,000,000,000,000). Check the counts.',
    ],
  ],
  'site-yaml-mistake': [
    [
      'site.yaml',
      '',
      'the value of title on line 1 contains a colon followed by a space, which YAML reads as the start of a new field. Put the value in double quotes: title: "Asha Rao: Community Manager"',
    ],
  ],
  tags: [
    [
      'blog/csharp.md',
      'tags[0]',
      '"C#" and "c++" (in blog/cplusplus.md) would share one tag page, /blog/tags/c/: a tag\'s address keeps only its letters and digits. If they are one topic, write them the same way; if not, spell one of them out in letters.',
    ],
    ['blog/dots.md', 'tags[0]', '".." has no letter or digit, so its tag page would have no address. Write the tag in words.'],
  ],
  'unreadable-images': [
    [
      'case-studies/launch/index.md',
      'screenshots[0].file',
      '"./text.png" is not an image: it holds text (it begins "This is not an image. I saved the web p…"). Save the image itself (not the page it was on) under this name.',
    ],
    [
      'case-studies/launch/index.md',
      'screenshots[1].file',
      '"./truncated.png" is damaged or cut short: it cannot be decoded to the end. Export or download the image again and put it in place of this file.',
    ],
    [
      'case-studies/launch/index.md',
      'screenshots[2].file',
      '"./truncated.jpg" is damaged or cut short: it cannot be decoded to the end. Export or download the image again and put it in place of this file.',
    ],
    [
      'blog/empty-cover.md',
      'cover.file',
      '"./empty.png" is empty (0 bytes). Export or download the image again and put it in place of this file.',
    ],
    ['blog/no-title.md', 'title', 'is missing. Write a title (title: "...").'],
  ],
  'yaml-mistakes': [
    [
      'case-studies/indented/index.md',
      '',
      'end: on line 8 is indented by 3 spaces, but start: on line 7 by 2 spaces. Indent it by 2 spaces, like start:.',
    ],
    [
      'blog/colon.md',
      '',
      'the value of title on line 2 contains a colon followed by a space, which YAML reads as the start of a new field. Put the value in double quotes: title: "Complaint storm: what I learnt"',
    ],
    [
      'blog/list-dash.md',
      '',
      'put "- " before "events" on line 7: every item of the list above starts with a dash and a space ("- item").',
    ],
    ['blog/missing-space.md', '', 'put a space after the colon on line 3: description: No space after this colon.'],
    [
      'blog/no-closing-line.md',
      '',
      'the frontmatter has no closing --- line. Add a line with only --- after line 4, the last line of the fields, before the text.',
    ],
    [
      'blog/no-opening-line.md',
      '',
      'the frontmatter has no opening --- line. Add a line with only --- at the very top, above line 1 (title:).',
    ],
    ['blog/tab.md', '', 'replace the tab on line 6 with spaces. YAML indents with spaces only, never tabs.'],
    [
      'blog/unclosed-quote.md',
      '',
      'the quote that opens the value of title on line 2 is never closed. End the value with " on the same line: title: "An unclosed quote"',
    ],
  ],
};

describe('checkContent on the malformed cases', () => {
  test('covers every case folder', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(MALFORMED_CASES);
  });

  test.each(MALFORMED_CASES)('%s: every problem, in plain words, in one run', async (name) => {
    const contentDir = contentForCase(name);
    const problems = await checkContent(contentDir);
    expect(problems.map((problem) => [path.relative(contentDir, problem.file), problem.field, problem.message])).toEqual(EXPECTED[name]);
  });
});

describe('checkContent on unusual content that builds', () => {
  test('a post in a year folder, a folder named on a Mac (NFD), a 200,000-row series and a path in SITE_URL pass', async () => {
    expect(await checkContent(contentForCase('edge-cases'), { SITE_URL: 'https://minimal.example/portfolio' })).toEqual([]);
  });
});
