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
  return issuePath.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`)).join('');
}

/** What a field of each type holds, in words a writer of YAML knows (for fields without a message of their own). */
const EXPECTED_WORDS: Record<string, string> = {
  number: 'a number written with digits only, such as 12 or 4.5',
  boolean: 'true or false',
  string: 'text (in double quotes if it contains a colon)',
  array: 'a list: [first, second], or one "- " line per item',
  object: 'fields of its own, each on a line indented under it',
};

/** Field names an object schema allows at `issuePath`, found by walking the schema's shape. */
export function knownKeysAt(schema: z.ZodType, issuePath: readonly PropertyKey[]): string[] {
  let current: unknown = schema;
  const unwrap = (node: unknown): unknown => {
    let inner = node as { _zod?: { def?: { innerType?: unknown; in?: unknown; element?: unknown; shape?: unknown; type?: string } } };
    while (inner?._zod?.def && !inner._zod.def.shape && (inner._zod.def.innerType || inner._zod.def.in)) {
      inner = (inner._zod.def.innerType ?? inner._zod.def.in) as typeof inner;
    }
    return inner;
  };
  for (const key of issuePath) {
    const node = unwrap(current) as { _zod: { def: { shape?: Record<string, unknown>; element?: unknown } } };
    current = typeof key === 'number' ? node?._zod?.def?.element : node?._zod?.def?.shape?.[key as string];
  }
  const shape = (unwrap(current) as { _zod?: { def?: { shape?: Record<string, unknown> } } })?._zod?.def?.shape;
  return shape ? Object.keys(shape) : [];
}

function describeIssue(
  issue: z.core.$ZodIssue,
  knownKeys: (issuePath: readonly PropertyKey[]) => string[],
): { field: string; message: string }[] {
  const field = formatFieldPath(issue.path);
  if (issue.code === 'unrecognized_keys') {
    const known = knownKeys(issue.path);
    return issue.keys.map((key) => {
      const suggestion = closestName(key, known);
      const hint = suggestion
        ? `Did you mean "${suggestion}"?`
        : known.length > 0
          ? `Known fields here: ${known.join(', ')}.`
          : 'Check its spelling, or remove it.';
      return { field: formatFieldPath([...issue.path, key]), message: `is not a field Commfolio knows. ${hint}` };
    });
  }
  if (issue.code === 'invalid_type' && issue.message.startsWith('Invalid input')) {
    const missing = /received undefined/.test(issue.message);
    return [
      {
        field,
        message: missing
          ? `is required but missing. Add "${String(issue.path.at(-1))}:" to the frontmatter.`
          : `should be ${EXPECTED_WORDS[issue.expected] ?? `a ${issue.expected}`}.`,
      },
    ];
  }
  return [{ field, message: issue.message }];
}

/** Turns zod issues for one file into problems; `knownKeys` lists the fields allowed at a path. */
export function describeIssues(
  file: string,
  issues: readonly z.core.$ZodIssue[],
  knownKeys: (issuePath: readonly PropertyKey[]) => string[] = () => [],
): ContentProblem[] {
  return inListOrder(issues).flatMap((issue) => describeIssue(issue, knownKeys).map((described) => ({ file, ...described })));
}

/**
 * Issues with the items of each list in the list's order (screenshots[1] before screenshots[2]),
 * everything else as zod reported it. Checks that read files (image fields) run at once and finish
 * in any order; a report must read the same every time.
 */
function inListOrder(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  // A field name sorts by where it was first met at its place in the tree; a list index by its number.
  const firstMet = new Map<string, number>();
  issues.forEach((issue, index) =>
    issue.path.forEach((segment, depth) => {
      const key = `${JSON.stringify(issue.path.slice(0, depth))}|${String(segment)}`;
      if (!firstMet.has(key)) firstMet.set(key, index);
    }),
  );
  const rank = (issue: z.core.$ZodIssue) =>
    issue.path.map((segment, depth) =>
      typeof segment === 'number' ? segment : firstMet.get(`${JSON.stringify(issue.path.slice(0, depth))}|${String(segment)}`)!,
    );
  const order = (left: z.core.$ZodIssue, right: z.core.$ZodIssue) => {
    const [a, b] = [rank(left), rank(right)];
    for (let depth = 0; depth < Math.min(a.length, b.length); depth++) if (a[depth] !== b[depth]) return a[depth]! - b[depth]!;
    return 0;
  };
  return [...issues].sort(order);
}

/** Problems grouped by file, each file named relative to `projectRoot`, in the order found. */
export function problemsByFile(problems: readonly ContentProblem[], projectRoot: string): { file: string; problems: ContentProblem[] }[] {
  return [...Map.groupBy(problems, (problem) => problem.file)].map(([file, fileProblems]) => ({
    file: path.relative(projectRoot, file) || file,
    problems: fileProblems,
  }));
}

/** The first line of a report: "Commfolio found 3 problems in 2 files:". */
export function problemsHeading(problems: readonly ContentProblem[]): string {
  const files = new Set(problems.map((problem) => problem.file)).size;
  return `Commfolio found ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}:`;
}

/** One problem as a report lists it under its file: "field: what to do", or the message alone. */
export function problemLine(problem: ContentProblem): string {
  return `${problem.field ? `${shorten(problem.field)}: ` : ''}${shorten(problem.message, MAX_MESSAGE_LENGTH)}`;
}

/** How a report ends unless told otherwise: what to do next, and where every field is explained. */
const NEXT_STEP = 'Fix these and run the command again. docs/content.md explains every field.';

/**
 * A report listing every problem, grouped by file, with paths relative to `projectRoot`, ending
 * with `nextStep`. The preview (`npm run dev`) shows the same lines in the browser.
 */
export function formatProblems(problems: readonly ContentProblem[], projectRoot: string, nextStep = NEXT_STEP): string {
  const lines = [problemsHeading(problems)];
  for (const group of problemsByFile(problems, projectRoot)) {
    lines.push('', group.file);
    for (const problem of group.problems) lines.push(`  - ${problemLine(problem)}`);
  }
  lines.push('', nextStep);
  return lines.join('\n');
}
