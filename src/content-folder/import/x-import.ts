/**
 * `npm run import -- x`: the archive read, your posts turned into a series CSV beside a case study
 * and chosen threads into draft posts, planned as files in the content folder. Nothing is written
 * here; the command writes the plan only when it has no problem and replaces nothing without --force.
 */
import path from 'node:path';
import { postSeries, type PostSeries, type PostSeriesOptions } from '../../lib/import/x/series.ts';
import { threadPost } from '../../lib/import/x/threads.ts';
import { caseStudyFolder, csvFileNameProblem } from './case-study-folder.ts';
import { openExport } from './export-source.ts';
import { plannedPosts, type PlannedFile, type PlannedPost } from './planned-files.ts';
import { readXArchive } from './x-archive.ts';

/** What to make from the archive. */
export interface XImportOptions extends PostSeriesOptions {
  /** The case study the series CSV goes beside; without it, no series is written. */
  caseStudy?: string;
  /** The CSV's file name. Default: x-posts.csv. */
  out?: string;
  /** Ids of posts whose threads become draft posts. */
  threads?: string[];
}

/** What the import would write, and what it counted. */
export interface XImportPlan {
  planned: PlannedFile[];
  read: string[];
  /** The series, when a case study was named and it could be made. */
  series?: PostSeries & { file: string };
  posts: PlannedPost[];
  problems: string[];
}

/** Reads the archive at `input` and plans the series CSV and the thread posts. */
export async function planXImport(input: string, contentDir: string, options: XImportOptions): Promise<XImportPlan> {
  const problems: string[] = [];
  const out = options.out ?? 'x-posts.csv';
  const outProblem = csvFileNameProblem(out);
  if (outProblem) problems.push(outProblem);
  const caseStudy = options.caseStudy ? caseStudyFolder(contentDir, options.caseStudy) : undefined;
  if (caseStudy?.problem) problems.push(caseStudy.problem);
  const folder = caseStudy?.folder;
  if (problems.length > 0) return { planned: [], read: [], posts: [], problems };

  const source = await openExport(input);
  try {
    const archive = await readXArchive(source);
    problems.push(...archive.problems);
    const planned: PlannedFile[] = [];
    let series: XImportPlan['series'];
    if (folder) {
      const made = postSeries(archive.posts, options);
      problems.push(...made.problems);
      series = { ...made, file: path.join(folder, out) };
      if (made.problems.length === 0) planned.push({ file: series.file, text: made.csv });
    }
    const slugs = new Set<string>();
    const threads = plannedPosts(
      contentDir,
      (options.threads ?? []).map((id) => threadPost(id, archive.posts, archive.notes, slugs, options.timeZone)),
    );
    return {
      planned: [...planned, ...threads.planned],
      read: archive.read,
      series,
      posts: threads.posts,
      problems: [...problems, ...threads.problems],
    };
  } finally {
    source.close();
  }
}
