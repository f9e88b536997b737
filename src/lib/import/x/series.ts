/**
 * Your own posts on X as a series CSV: one row per original post, at its local time, with its
 * likes, reposts and (when the archive counts them) replies, so that a case study's line chart
 * shows engagement over time and its heatmap the best time to post. Replies to others and reposts
 * of others' posts are left out unless asked for; a thread counts once, at its first post; an
 * edited post counts once, with the likes and reposts of all its versions.
 */
import { formatSeriesCsv } from '../series-csv.ts';
import type { ArchivePost } from './tweets.ts';

/** Which posts to count, and whose clock to read their times on. */
export interface PostSeriesOptions {
  /** First day to include, YYYY-MM-DD (in `timeZone`). */
  since?: string;
  /** Last day to include, YYYY-MM-DD (in `timeZone`). */
  until?: string;
  /** Count replies to others' posts and the later posts of threads too. */
  includeReplies?: boolean;
  /** Count reposts of others' posts too. */
  includeReposts?: boolean;
  /** An IANA time zone ("Asia/Kolkata"); the archive's times are UTC. Default: UTC. */
  timeZone?: string;
}

/** The series, what was counted and left out, and anything that stops it from being written. */
export interface PostSeries {
  csv: string;
  columns: string[];
  rowCount: number;
  left: { replies: number; threadPosts: number; reposts: number; outsidePeriod: number; edits: number };
  problems: string[];
}

/** Whether `zone` is a time zone the runtime knows. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** A moment as YYYY-MM-DDTHH:MM on the clock of `timeZone`. */
export function localMinute(date: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** Builds the series from the archive's posts. */
export function postSeries(posts: readonly ArchivePost[], options: PostSeriesOptions = {}): PostSeries {
  const timeZone = options.timeZone ?? 'UTC';
  const problems: string[] = [];
  if (!isTimeZone(timeZone))
    problems.push(
      `--time-zone ${timeZone} is not a time zone name. Write one such as Asia/Kolkata, Europe/Tallinn or America/Mexico_City.`,
    );
  for (const [flag, day] of [
    ['--since', options.since],
    ['--until', options.until],
  ] as const) {
    if (day !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(day))
      problems.push(`${flag} ${day} is not a date. Write it as YYYY-MM-DD, e.g. ${flag} 2024-01-01.`);
  }
  const left = { replies: 0, threadPosts: 0, reposts: 0, outsidePeriod: 0, edits: 0 };
  if (problems.length > 0) return { csv: '', columns: [], rowCount: 0, left, problems };

  const ids = new Set(posts.map((post) => post.id));
  // An edit adds its likes and reposts to the first version, which stands for the post.
  const chains = new Map<string, ArchivePost[]>();
  for (const post of posts) {
    const first = post.editOf && ids.has(post.editOf) ? post.editOf : post.id;
    chains.set(first, [...(chains.get(first) ?? []), post]);
  }
  const rows: string[][] = [];
  let countsReplies = false;
  for (const versions of chains.values()) {
    left.edits += versions.length - 1;
    const post = versions.find((version) => !version.editOf || !ids.has(version.editOf)) ?? versions[0]!;
    if (post.isRepost && !options.includeReposts) {
      left.reposts += 1;
      continue;
    }
    if (post.replyTo && !options.includeReplies) {
      if (ids.has(post.replyTo)) left.threadPosts += 1;
      else left.replies += 1;
      continue;
    }
    const minute = localMinute(post.postedAt, timeZone);
    const day = minute.slice(0, 10);
    if ((options.since && day < options.since) || (options.until && day > options.until)) {
      left.outsidePeriod += 1;
      continue;
    }
    const sum = (pick: (version: ArchivePost) => number | undefined) =>
      versions.reduce((total, version) => total + (pick(version) ?? 0), 0);
    const replies = versions.some((version) => version.replies !== undefined) ? sum((version) => version.replies) : undefined;
    countsReplies ||= replies !== undefined;
    rows.push([
      minute,
      String(sum((version) => version.likes)),
      String(sum((version) => version.reposts)),
      replies === undefined ? '' : String(replies),
    ]);
  }
  const columns = countsReplies ? ['likes', 'reposts', 'replies'] : ['likes', 'reposts'];
  if (rows.length === 0) {
    const period = options.since || options.until ? ` between ${options.since ?? 'the first post'} and ${options.until ?? 'the last'}` : '';
    problems.push(
      `the archive has no post of your own${period} to count (${posts.length} posts in all). Check --since and --until, or add --include-replies.`,
    );
    return { csv: '', columns, rowCount: 0, left, problems };
  }
  const { csv, problem } = formatSeriesCsv(
    columns,
    rows.map((row) => row.slice(0, 1 + columns.length)),
  );
  if (problem) problems.push(problem);
  return { csv, columns, rowCount: rows.length, left, problems };
}
