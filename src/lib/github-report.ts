import type { ContentProblem } from './content-problems.ts';

/** A problem as the checker prints it for machines (`npm run check -- --format json`). */
export interface ReportedProblem {
  /** The file, relative to the project (the repository's root). */
  file: string;
  /** The line the field is written on (1-based). */
  line: number;
  /** Field path such as `metrics[0].value`; empty for the whole file. */
  field: string;
  message: string;
}

/** Problems with their files relative to `projectRoot` and the line of their field. */
export function reportedProblems(
  problems: readonly ContentProblem[],
  projectRoot: string,
  lineOf: (problem: ContentProblem) => number,
): ReportedProblem[] {
  const relative = (file: string) => (file.startsWith(`${projectRoot}/`) ? file.slice(projectRoot.length + 1) : file);
  return problems.map((problem) => ({
    file: relative(problem.file),
    line: lineOf(problem),
    field: problem.field,
    message: problem.message,
  }));
}

// https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands#example-creating-an-annotation-for-an-error
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** One `::error` workflow command per problem: GitHub shows it on the file and line of the commit. */
export function githubAnnotations(problems: readonly ReportedProblem[]): string[] {
  return problems.map(
    (problem) =>
      `::error file=${escapeProperty(problem.file)},line=${problem.line},title=${escapeProperty(problem.field ? `${problem.field} in ${problem.file}` : problem.file)}::${escapeData(problem.message)}`,
  );
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').replace(/</g, '&lt;');

/** The job summary: every problem in a table (file and line, field, what to do). */
export function problemSummary(problems: readonly ReportedProblem[]): string {
  if (problems.length === 0) return '### Content check\n\nNo problems found.\n';
  const files = new Set(problems.map((problem) => problem.file)).size;
  return [
    `### Content check: ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}`,
    '',
    'Nothing was published. Fix these (open the file on GitHub and press the pencil, or use the editor at /admin/), then commit again.',
    '',
    '| File | Field | What to do |',
    '| --- | --- | --- |',
    ...problems.map(
      (problem) =>
        `| \`${cell(problem.file)}\` line ${problem.line} | ${problem.field ? `\`${cell(problem.field)}\`` : '(whole file)'} | ${cell(problem.message)} |`,
    ),
    '',
  ].join('\n');
}
