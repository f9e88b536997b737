/**
 * The images a Markdown or MDX body names with image syntax, `![alt](path "title")` or
 * `![alt](<path with spaces>)`: the ones Astro turns into published images. Raw `<img>` tags are the
 * sanitiser's business (lib/markdown/sanitize-html.ts), not files Astro publishes. Site-absolute paths
 * (`/…`, the public folder) and data: URLs are left out; code spans and fenced code are skipped.
 */
export function bodyImageReferences(body: string): string[] {
  const prose = body.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/`[^`\n]*`/g, '');
  const references = [...prose.matchAll(/!\[[^\]\n]*\]\(\s*(?:<([^>\n]+)>|([^)\s]+))/g)].map((match) => match[1] ?? match[2]!);
  return [
    ...new Set(
      references
        .map((reference) => reference.trim())
        .filter((reference) => reference && !reference.startsWith('/') && !/^data:/i.test(reference)),
    ),
  ];
}
