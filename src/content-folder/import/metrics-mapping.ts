/**
 * The mapping file of `npm run import -- metrics --mapping file.yaml`: one `measure: Export column`
 * per line. It is read like every other YAML file a user writes (lib/yaml-text.ts), so a mistake in
 * it gets the same plain words and line number instead of a stack trace.
 */
import { existsSync } from 'node:fs';
import { parseYamlText, YamlTextError } from '../../lib/yaml-text.ts';
import { readTextFile } from '../text-file.ts';

/** The measures and the export's columns they come from, or what is wrong with the file (named as the command line gave it). */
export function readMetricsMapping(
  file: string,
): { mapping: Record<string, string>; problem?: undefined } | { mapping?: undefined; problem: string } {
  if (!existsSync(file)) return { problem: `${file} does not exist.` };
  const text = readTextFile(file);
  if (text.problem !== undefined) return { problem: `${file} ${text.problem}` };
  let value: unknown;
  try {
    value = parseYamlText(text.text);
  } catch (error) {
    if (!(error instanceof YamlTextError)) throw error;
    return { problem: `${file}${error.line ? ` line ${error.line}` : ''}: ${error.message}` };
  }
  if (value === null || value === undefined) return { mapping: {} };
  if (typeof value !== 'object' || Array.isArray(value)) {
    return { problem: `${file} is not a list of measures. Write one per line as measure: Export column, e.g. followers: Follower count.` };
  }
  return { mapping: Object.fromEntries(Object.entries(value).map(([measure, column]) => [measure, String(column)])) };
}
