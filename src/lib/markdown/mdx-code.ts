/**
 * What an MDX file does as code: MDX is JavaScript that runs on the computer that builds the
 * site, so it can read that computer's files and settings and put them on the site. This finds
 * the signs of that (imports of Node's built-in modules, files imported as text, reads of the
 * environment) for `npm run check` to point out. Advice, not a guard: code can always hide.
 */
import { builtinModules } from 'node:module';
import path from 'node:path';

const BUILTINS = new Set(builtinModules);

/** The module names an MDX source imports or requires (static, dynamic and require()). */
function importedModules(source: string): string[] {
  const patterns = [
    /^\s*(?:import|export)\b[^'"]*?\bfrom\s*['"]([^'"]+)['"]/gm,
    /^\s*import\s*['"]([^'"]+)['"]/gm,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  return [...new Set(patterns.flatMap((pattern) => [...source.matchAll(pattern)].map((match) => match[1]!)))];
}

/** The source without fenced and inline code, which is shown on the page, not run. */
function withoutCodeSamples(source: string): string {
  return source.replace(/^(\s*)(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1\2[^\n]*$/gm, '').replace(/`[^`\n]+`/g, '');
}

/** What an MDX file does that reaches outside itself, as short phrases (none for plain MDX). */
export function mdxCodeFindings(mdx: string): string[] {
  const source = withoutCodeSamples(mdx);
  const findings: string[] = [];
  for (const module of importedModules(source)) {
    const bare = module.replace(/^node:/, '').split('/')[0]!;
    if (module.startsWith('node:') || BUILTINS.has(bare)) findings.push(`imports ${module}`);
    else if (/\?(raw|url|inline)\b/.test(module)) findings.push(`imports the file ${module.replace(/\?.*$/, '')} as text or an address`);
    else if (path.isAbsolute(module) || /^[A-Za-z]:[\\/]/.test(module)) findings.push(`imports ${module}`);
  }
  for (const [pattern, phrase] of [
    [/\bprocess\s*\.\s*env\b/, 'reads process.env'],
    [/\bimport\s*\.\s*meta\s*\.\s*env\b/, 'reads import.meta.env'],
    [/\bprocess\s*\.\s*(argv|cwd|getuid|binding)\b/, 'reads from process'],
  ] as const) {
    if (pattern.test(source)) findings.push(phrase);
  }
  return findings;
}
