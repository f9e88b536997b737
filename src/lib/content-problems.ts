import path from 'node:path';
import type { z } from 'astro/zod';
import { closestName } from '../schemas/suggestion.ts';

/** One thing wrong in the content: which file, which field, and what to do. */
export interface ContentProblem {
  /** Absolute path of the file. */
  file: string;
  /** Field path such as `screenshots[1].alt`; empty for the whole file. */
  field: string;
  /** What is wrong and how to fix it, as one sentence or two. */
  message: string;
}

/** Longest value, in characters, that a message quotes; longer ones are cut with "…". */
export const MAX_QUOTED_LENGTH = 60;

/** Longest message, in characters: whatever a message quotes, a report stays readable. */
export const MAX_MESSAGE_LENGTH = 600;

/** Text cut to `max` characters (whole characters, never half an emoji), ending in "…" when cut. */
export function shorten(text: string, max = MAX_QUOTED_LENGTH): string {
  const characters = [...text.slice(0, max * 2 + 2)];
  return characters.length > max ? `${characters.slice(0, max - 1).join('')}…` : text;
}

/**
 * A value as a message quotes it: text in double quotes, other values as short JSON, and never
 * more than `max` characters, whatever the value holds (an alias bomb expands to millions).
 */
export function quoteValue(value: unknown, max = MAX_QUOTED_LENGTH): string {
  if (typeof value === 'string') return JSON.stringify(shorten(value, max));
  return shorten(boundedJson(value, max + 1), max);
}

/** JSON of a value, stopping once `budget` characters are written. */
function boundedJson(value: unknown, budget: number): string {
  let out = '';
  const write = (node: unknown): void => {
    if (out.length > budget) return;
    if (Array.isArray(node)) {
      out += '[';
      node.forEach((item, index) => (out.length <= budget ? (out += index > 0 ? ',' : '', write(item)) : undefined));
      out += ']';
    } else if (node && typeof node === 'object' && !(node instanceof Date)) {
      out += '{';
      Object.entries(node).forEach(([key, item], index) => (out.length <= budget ? (out += `${index > 0 ? ',' : ''}${JSON.stringify(key)}:`, write(item)) : undefined));
      out += '}';
    } else {
      out += node instanceof Date ? JSON.stringify(node.toISOString().slice(0, 10)) : (JSON.stringify(node) ?? String(node));
    }
  };
  write(value);
  return out;
}

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
