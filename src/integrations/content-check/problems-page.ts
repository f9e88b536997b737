/**
 * The page `npm run dev` shows, for every page, while the content has problems: the same lines as
 * `npm run check`, grouped by file, and nothing of the project's code. Vite's client script on it
 * reloads it when a save changes the list, so it gives way to the real page once all are fixed.
 */
import { problemLine, problemsByFile, problemsHeading, type ContentProblem } from '../../lib/content-problems.ts';
import { escapeMarkup } from '../../lib/markup.ts';

/** The whole HTML page listing `problems`; `viteClient` is the address of Vite's client script. */
export function problemsPage(problems: readonly ContentProblem[], projectRoot: string, viteClient: string): string {
  const files = problemsByFile(problems, projectRoot)
    .map(
      (group) =>
        `<section><h2>${escapeMarkup(group.file)}</h2><ul>${group.problems.map((problem) => `<li>${escapeMarkup(problemLine(problem))}</li>`).join('')}</ul></section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Content problems — preview paused</title>
<style>
  :root { color-scheme: light dark; font-family: system-ui, sans-serif; line-height: 1.5; }
  body { margin: 0 auto; max-width: 46rem; padding: 2rem 1.25rem; }
  h1 { font-size: 1.5rem; margin: 0 0 .5rem; }
  h2 { font-size: 1rem; font-family: ui-monospace, monospace; margin: 1.5rem 0 .25rem; overflow-wrap: anywhere; }
  ul { margin: 0; padding-left: 1.25rem; }
  li { margin: .25rem 0; overflow-wrap: anywhere; }
  .note { color: GrayText; }
</style>
<script type="module" src="${escapeMarkup(viteClient)}"></script>
</head>
<body>
<main>
<h1>The preview is paused: your content needs a fix</h1>
<p data-problems-heading>${escapeMarkup(problemsHeading(problems))}</p>
${files}
<p class="note">Fix these and save: this page reloads by itself and shows your site again. <code>npm run check</code> prints the same list.</p>
</main>
</body>
</html>
`;
}
