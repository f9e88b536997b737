import path from 'node:path';
import type { z } from 'astro/zod';
import { closestName, shorten } from '../schemas/messages.ts';

/** One thing wrong in the content: which file, which field, and what to do. */
export interface ContentProblem {
  /** Absolute path of the file. */
  file: string;
  /** Field path such as `screenshots[1].alt`; empty for the whole file. */
  field: string;
  /** What is wrong and how to fix it, as one sentence or two. */
  message: string;
}

/** Longest message, in characters: whatever a message quotes, a report stays readable. */
export const MAX_MESSAGE_LENGTH = 600;


/** Formats a zod path as people write it in YAML: `metrics[0].value`. */
export function formatFieldPath(issuePath: readonly PropertyKey[]): string {
  return issuePath
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

function describeIssue(issue: z.core.$ZodIssue, knownKeys: (issuePath: readonly PropertyKey[]) => string[]): { field: string; message: string }[] {
  const field = formatFieldPath(issue.path);
  if (issue.code === 'unrecognized_keys') {
    const known = knownKeys(issue.path);
    return issue.keys.map((key) => {
      const suggestion = closestName(key, known);
      const hint = suggestion ? `Did you mean "${suggestion}"?` : `Known fields here: ${known.join(', ')}.`;
      return { field: formatFieldPath([...issue.path, key]), message: `is not a field Commfolio knows. ${hint}` };
    });
  }
  if (issue.code === 'invalid_type' && issue.message.startsWith('Invalid input')) {
    const missing = /received undefined/.test(issue.message);
    return [{ field, message: missing ? `is required but missing. Add "${String(issue.path.at(-1))}:" to the frontmatter.` : `should be a ${issue.expected}: ${issue.message}.` }];
  }
  return [{ field, message: issue.message }];
}

/** Turns zod issues for one file into problems; `knownKeys` lists the fields allowed at a path. */
export function describeIssues(
  file: string,
  issues: readonly z.core.$ZodIssue[],
  knownKeys: (issuePath: readonly PropertyKey[]) => string[] = () => [],
): ContentProblem[] {
  return issues.flatMap((issue) => describeIssue(issue, knownKeys).map((described) => ({ file, ...described })));
}

/** A report listing every problem, grouped by file, with paths relative to `projectRoot`. */
export function formatProblems(problems: readonly ContentProblem[], projectRoot: string): string {
  const byFile = Map.groupBy(problems, (problem) => problem.file);
  const lines = [`Commfolio found ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${byFile.size} file${byFile.size === 1 ? '' : 's'}:`];
  for (const [file, fileProblems] of byFile) {
    lines.push('', path.relative(projectRoot, file) || file);
    for (const problem of fileProblems) lines.push(`  - ${problem.field ? `${shorten(problem.field)}: ` : ''}${shorten(problem.message, MAX_MESSAGE_LENGTH)}`);
  }
  lines.push('', 'Fix these and run the command again. The README\'s "Content reference" lists every field.');
  return lines.join('\n');
}
