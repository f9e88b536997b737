/**
 * Reads an X (Twitter) archive, the zip or the folder it was unzipped into: data/tweets.js (and
 * its parts, tweets-part1.js …; data/tweet.js in older archives) and data/note-tweet.js for long
 * posts. Nothing else is opened: direct messages, followers, likes and media stay where they are.
 */
import { readArchiveFile } from '../../lib/import/x/archive-file.ts';
import { readArchivePosts, readNotePosts, type ArchivePost, type NotePost } from '../../lib/import/x/tweets.ts';
import { exportRoot, ImportInputError, type ExportSource } from './export-source.ts';

/** Years of daily posting make tweets.js a few hundred megabytes at most; JavaScript strings stop near 512 MB. */
const DATA_FILE_LIMIT = 400 * 1024 * 1024;

/** The posts of the archive, its long posts, and every entry that could not be read. */
export interface XArchive {
  posts: ArchivePost[];
  notes: NotePost[];
  /** The data files read, by their names in the archive. */
  read: string[];
  problems: string[];
}

const partNumber = (file: string) => Number(/-part(\d+)\.js$/.exec(file)?.[1] ?? 0);

/** Reads the archive's posts; an input that is not an X archive is an ImportInputError. */
export async function readXArchive(source: ExportSource): Promise<XArchive> {
  const root = exportRoot(source.files, ['data/tweets.js', 'data/tweet.js', 'data/tweets-part1.js']);
  if (root === undefined) {
    const isLinkedIn = exportRoot(source.files, ['Profile.csv', 'Positions.csv']) !== undefined;
    throw new ImportInputError(
      isLinkedIn
        ? `${source.label} is an export from LinkedIn, not an archive from X. Import it with: npm run import -- linkedin ${source.label}`
        : `${source.label} is not an archive from X: it has no data/tweets.js (data/tweet.js in older archives). ` +
            'Request "Download an archive of your data" on X (docs/importing.md says how) and give the zip it sends you.',
    );
  }
  const inData = (pattern: RegExp) =>
    source.files
      .filter((file) => file.startsWith(`${root}data/`) && pattern.test(file.slice(`${root}data/`.length)))
      .sort((a, b) => partNumber(a) - partNumber(b));
  const problems: string[] = [];
  const read: string[] = [];
  const readItems = async (files: string[]) => {
    const items: unknown[] = [];
    for (const file of files) {
      const name = file.slice(root.length);
      const result = readArchiveFile(await source.readText(file, DATA_FILE_LIMIT), name);
      read.push(name);
      if (result.problem) problems.push(result.problem);
      else items.push(...(result.items ?? []));
    }
    return items;
  };
  const tweetFiles = inData(/^tweets?(-part\d+)?\.js$/i);
  const posts: ArchivePost[] = [];
  for (const file of tweetFiles) {
    // Each file is read and reported on its own, so a message names the file and the entry in it.
    const result = readArchivePosts(await readItems([file]), file.slice(root.length));
    posts.push(...result.posts);
    problems.push(...result.problems);
  }
  const notes = readNotePosts(await readItems(inData(/^note-tweet(-part\d+)?\.js$/i)));
  return { posts, notes, read, problems };
}
