import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseSeriesCsv } from '../../../../src/lib/charts/csv-series.ts';
import { readArchiveFile } from '../../../../src/lib/import/x/archive-file.ts';
import { postSeries } from '../../../../src/lib/import/x/series.ts';
import { threadOf, threadPost } from '../../../../src/lib/import/x/threads.ts';
import { readArchivePosts, readNotePosts, readPostedAt } from '../../../../src/lib/import/x/tweets.ts';

const data = path.resolve(import.meta.dirname, '../../../fixtures/x-archive/data');
const load = (name: string) => readArchiveFile(readFileSync(path.join(data, name), 'utf8'), `data/${name}`).items!;
const { posts, problems } = readArchivePosts(load('tweets.js'), 'data/tweets.js');
const notes = readNotePosts(load('note-tweet.js'));

describe('readPostedAt', () => {
  test.each([
    ['Sat Feb 18 12:33:11 +0000 2023', '2023-02-18T12:33:11.000Z'],
    ['Sat Feb 18 12:33:11 +0530 2023', '2023-02-18T07:03:11.000Z'],
    ['Thu Feb 30 12:00:00 +0000 2023', undefined],
    ['2023-02-18 12:33', undefined],
  ])('%s', (text, iso) => {
    expect(readPostedAt(text)?.toISOString()).toBe(iso);
  });
});

describe('readArchiveFile and readArchivePosts', () => {
  test('read every post of the fixture archive', () => {
    expect(problems).toEqual([]);
    expect(posts).toHaveLength(12);
    expect(posts[0]).toMatchObject({ id: '1600000000000000001', likes: 120, reposts: 30, isRepost: false });
    expect(posts.find((post) => post.id === '1600000000000000021')?.isRepost).toBe(true);
  });

  test('name the file and what was expected when a file is not an archive file', () => {
    expect(readArchiveFile('[1, 2]', 'data/tweets.js').problem).toMatch(/^data\/tweets\.js does not start with "window\.YTD\.…part0 = \["/);
    expect(readArchiveFile('window.YTD.tweets.part0 = [{', 'data/tweets.js').problem).toMatch(/^data\/tweets\.js is damaged/);
  });

  test('name the entry whose time or counts cannot be read', () => {
    const { problems: found } = readArchivePosts(
      [{ tweet: { id_str: '1', created_at: 'yesterday', favorite_count: 'many', retweet_count: '0' } }],
      'data/tweets.js',
    );
    expect(found).toEqual([
      'data/tweets.js entry 1 has created_at "yesterday", not a time as X writes it (e.g. "Sat Feb 18 12:33:11 +0000 2023") and has favorite_count "many", not a number.',
    ]);
  });
});

describe('postSeries', () => {
  test('one row per original post at its local time; replies, reposts, thread posts and edits left out', () => {
    const series = postSeries(posts, { timeZone: 'Asia/Kolkata' });
    expect(series.problems).toEqual([]);
    expect(series.csv).toBe(
      [
        'date,likes,reposts',
        '2023-01-09T20:00,120,30',
        '2023-01-10T09:30,15,1',
        '2023-01-11T19:15,64,12',
        '2023-01-13T22:35,88,20',
        '2023-02-18T18:03,22,4',
        '2023-02-21T14:45,120,15',
        '2023-04-03T20:50,140,33',
        '',
      ].join('\n'),
    );
    expect(series.left).toEqual({ replies: 1, threadPosts: 2, reposts: 1, outsidePeriod: 0, edits: 1 });
    expect(parseSeriesCsv(series.csv).series.hasTimes).toBe(true);
  });

  test('--since and --until pick the period, in local days; the flags count replies and reposts', () => {
    const series = postSeries(posts, { since: '2023-01-11', until: '2023-02-18', includeReplies: true, includeReposts: true });
    expect(
      series.csv
        .trim()
        .split('\n')
        .slice(1)
        .map((row) => row.slice(0, 10)),
    ).toEqual(['2023-01-11', '2023-01-13', '2023-02-18']);
    expect(postSeries(posts, { includeReplies: true, includeReposts: true }).rowCount).toBe(11);
  });

  test('counts replies when the archive has them', () => {
    const withReplies = posts.map((post) => ({ ...post, replies: 2 }));
    expect(postSeries(withReplies).csv.split('\n')[0]).toBe('date,likes,reposts,replies');
  });

  test.each([
    [{ timeZone: 'Mars/Olympus' }, /--time-zone Mars\/Olympus is not a time zone name/],
    [{ since: '01/02/2023' }, /--since 01\/02\/2023 is not a date\. Write it as YYYY-MM-DD/],
    [{ since: '2030-01-01' }, /no post of your own between 2030-01-01 and the last to count/],
  ])('%o is a problem, not an empty file', (options, message) => {
    expect(postSeries(posts, options).problems).toEqual([expect.stringMatching(message)]);
  });
});

describe('threadPost', () => {
  test('finds the whole thread from any of its posts', () => {
    expect(threadOf('1600000000000000002', posts).map((post) => post.id)).toEqual([
      '1600000000000000001',
      '1600000000000000002',
      '1600000000000000003',
    ]);
  });

  test('writes the thread in full, links expanded, pictures listed, HTML-like text escaped', () => {
    const result = threadPost('1600000000000000003', posts, notes, new Set());
    if ('problem' in result) throw new Error(result.problem);
    const { post, images } = result;
    expect(post.publishedAt).toBe('2023-01-09');
    expect(post.title).toBe("How we grew a learners' Discord from 0 to 40,000 members in a year, without ads.");
    expect(post.body).toContain('It was showing up every week, at the same time, for the same people.');
    expect(post.body).toContain('Notes: [blog.ananya.example/posts/offi…](https://blog.ananya.example/posts/office-hours)');
    expect(post.body).not.toContain('t.co');
    expect(images).toEqual(['https://pbs.twimg.com/media/welcome-card.jpg (A welcome card asking: what are you learning this week?)']);
    const hostile = threadPost('1600000000000000011', posts, notes, new Set());
    expect('post' in hostile && hostile.post.body).toBe(
      'Community managers: what is your one weekly ritual? &lt;script>alert(1)&lt;/script>',
    );
  });

  test('an unknown id or a repost is a problem', () => {
    expect(threadPost('42', posts, notes, new Set())).toEqual({
      problem: expect.stringMatching(/^--thread 42: the archive has no post with that id/),
    });
    expect(threadPost('1600000000000000021', posts, notes, new Set())).toEqual({
      problem: expect.stringMatching(/is a repost of someone else's post/),
    });
  });
});
