/**
 * Posts from an X archive's data/tweets.js (data/tweet.js in older archives), each entry
 * `{ tweet: { id_str, full_text, created_at: "Sat Feb 18 12:33:11 +0000 2023", favorite_count,
 * retweet_count (as text), entities, in_reply_to_status_id_str, edit_info, … } }`, and the long
 * posts of data/note-tweet.js (`{ noteTweet: { createdAt, core: { text, urls } } }`), whose full
 * text the tweet itself shows cut short.
 */
import { decodeEntities } from '../entities.ts';

/** A link in a post: the t.co address in the text and where it leads. */
export interface PostLink {
  short: string;
  expanded: string;
  display: string;
}

/** One post of the archive, as the import uses it. */
export interface ArchivePost {
  id: string;
  /** When it was posted (UTC). */
  postedAt: Date;
  /** Its text, entities decoded (&amp; → &), t.co links still in it. */
  text: string;
  likes: number;
  reposts: number;
  /** Only newer archives count replies; undefined when absent. */
  replies?: number;
  /** The post this one replies to, if any. */
  replyTo?: string;
  /** A repost of someone else's post ("RT @…"). */
  isRepost: boolean;
  /** The first version's id when this post is an edit of another. */
  editOf?: string;
  links: PostLink[];
  /** Attached pictures and videos: their t.co link in the text, and where the file lives on X. */
  media: { short: string; source: string; alt?: string }[];
}

/** A long post's full text, with its time, to be matched to the shortened post. */
export interface NotePost {
  createdAt: Date;
  text: string;
  links: PostLink[];
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** X's created_at ("Sat Feb 18 12:33:11 +0000 2023") as a date, or undefined. */
export function readPostedAt(text: string): Date | undefined {
  const match = /^[A-Z][a-z]{2} ([A-Z][a-z]{2}) (\d{2}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2}) (\d{4})$/.exec(text.trim());
  const month = match ? MONTHS.indexOf(match[1]!) : -1;
  if (!match || month === -1) return undefined;
  const [year, day, hour, minute, second] = [match[9], match[2], match[3], match[4], match[5]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const wallClock = Date.UTC(year, month, day, hour, minute, second);
  const check = new Date(wallClock);
  if (check.getUTCDate() !== day || check.getUTCHours() !== hour || check.getUTCMinutes() !== minute || check.getUTCSeconds() !== second)
    return undefined;
  const offset = (match[6] === '-' ? -1 : 1) * (Number(match[7]) * 60 + Number(match[8]));
  return new Date(wallClock - offset * 60_000);
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value) : undefined);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

function linksOf(urls: unknown): PostLink[] {
  return list(urls)
    .filter(isRecord)
    .flatMap((url) => {
      const short = text(url.url ?? url.shortUrl);
      const expanded = text(url.expanded_url ?? url.expandedUrl) ?? short;
      return short && expanded ? [{ short, expanded, display: text(url.display_url ?? url.displayUrl) ?? expanded }] : [];
    });
}

/** A count as the archive writes it ("12" or 12); NaN when it is something else. */
const count = (value: unknown) => (value === undefined || value === null ? 0 : /^\d+$/.test(String(value)) ? Number(value) : Number.NaN);

/** The posts of tweets.js (all its parts), and every entry that could not be read, naming `file`. */
export function readArchivePosts(items: unknown[], file: string): { posts: ArchivePost[]; problems: string[] } {
  const problems: string[] = [];
  const posts = items.flatMap((item, index) => {
    const tweet = isRecord(item) && isRecord(item.tweet) ? item.tweet : item;
    const where = `${file} entry ${index + 1}`;
    if (!isRecord(tweet)) {
      problems.push(`${where} is not a post. Use the file exactly as it came in the archive.`);
      return [];
    }
    const id = text(tweet.id_str ?? tweet.id);
    const postedAt = readPostedAt(String(tweet.created_at ?? ''));
    const [likes, reposts] = [count(tweet.favorite_count), count(tweet.retweet_count)];
    const replies = tweet.reply_count === undefined ? undefined : count(tweet.reply_count);
    const wrong = [
      !id && 'has no id_str',
      !postedAt && `has created_at "${String(tweet.created_at ?? '')}", not a time as X writes it (e.g. "Sat Feb 18 12:33:11 +0000 2023")`,
      Number.isNaN(likes) && `has favorite_count "${String(tweet.favorite_count)}", not a number`,
      Number.isNaN(reposts) && `has retweet_count "${String(tweet.retweet_count)}", not a number`,
      Number.isNaN(replies) && `has reply_count "${String(tweet.reply_count)}", not a number`,
    ].filter(Boolean);
    if (wrong.length > 0) {
      problems.push(`${where} ${wrong.join(' and ')}.`);
      return [];
    }
    const body = decodeEntities(text(tweet.full_text ?? tweet.text) ?? '');
    const entities = isRecord(tweet.entities) ? tweet.entities : {};
    const extended = isRecord(tweet.extended_entities) ? tweet.extended_entities : {};
    const media = [...list(extended.media), ...list(entities.media)]
      .filter(isRecord)
      .flatMap((entry) => {
        const short = text(entry.url);
        const source = text(entry.media_url_https ?? entry.media_url);
        return short && source ? [{ short, source, ...(text(entry.ext_alt_text) && { alt: text(entry.ext_alt_text) }) }] : [];
      })
      .filter((entry, at, all) => all.findIndex((other) => other.source === entry.source) === at);
    const editOf = isRecord(tweet.edit_info) && isRecord(tweet.edit_info.edit) ? text(tweet.edit_info.edit.initialTweetId) : undefined;
    return [
      {
        id: id!,
        postedAt: postedAt!,
        text: body,
        likes,
        reposts,
        ...(replies !== undefined && { replies }),
        ...(text(tweet.in_reply_to_status_id_str ?? tweet.in_reply_to_status_id) && {
          replyTo: text(tweet.in_reply_to_status_id_str ?? tweet.in_reply_to_status_id),
        }),
        isRepost: /^RT @\w+:/.test(body) || isRecord(tweet.retweeted_status),
        ...(editOf && editOf !== id && { editOf }),
        links: linksOf(entities.urls),
        media,
      },
    ];
  });
  return { posts, problems };
}

/** The long posts of note-tweet.js; entries it cannot read are skipped (they only lengthen texts). */
export function readNotePosts(items: unknown[]): NotePost[] {
  return items.flatMap((item) => {
    const note = isRecord(item) && isRecord(item.noteTweet) ? item.noteTweet : undefined;
    const core = note && (isRecord(note.core) ? note.core : isRecord(note.noteTweetResults) ? note.noteTweetResults : undefined);
    const createdAt = note && new Date(String(note.createdAt ?? ''));
    const body = core && text(core.text);
    if (!createdAt || Number.isNaN(createdAt.getTime()) || !body) return [];
    return [
      { createdAt, text: decodeEntities(body), links: linksOf(core.urls ?? (isRecord(core.entitySet) ? core.entitySet.urls : undefined)) },
    ];
  });
}

/** A post's text without its t.co links, whitespace folded, for comparing with a long post. */
const comparable = (value: string) =>
  value
    .replace(/https:\/\/t\.co\/\w+/g, '')
    .replace(/…$/, '')
    .replace(/\s+/g, ' ')
    .trim();

/** The long post a shortened post shows the start of: posted within a minute of it, its text beginning with the post's. */
export function fullTextOf(post: ArchivePost, notes: readonly NotePost[]): NotePost | undefined {
  const start = comparable(post.text).slice(0, 60);
  return notes.find(
    (note) => Math.abs(note.createdAt.getTime() - post.postedAt.getTime()) <= 60_000 && comparable(note.text).startsWith(start),
  );
}
