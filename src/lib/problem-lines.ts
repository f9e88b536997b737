import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

/** `metrics[0].value` → ['metrics', 0, 'value']. */
export function parseFieldPath(field: string): (string | number)[] {
  return [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((match) => (match[2] !== undefined ? Number(match[2]) : match[1]!));
}

/**
 * The line (1-based) where a field is written in a Markdown file's frontmatter or a YAML file, so a
 * problem can be shown on it. A missing field points at the deepest part of its path that exists
 * (a missing `alt` at its screenshot); anything unreadable at the first line.
 */
export function fieldLine(fileText: string, field: string): number {
  const frontmatter = /^---[^\S\n]*\r?\n/.exec(fileText);
  const yamlText = frontmatter ? fileText.slice(frontmatter[0].length).split(/^---[^\S\n]*$/m)[0]! : fileText;
  const lineOffset = frontmatter ? 1 : 0;
  const lines = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter: lines, uniqueKeys: false });
  let node = document.contents as Node | null;
  let found = 1;
  for (const key of parseFieldPath(field)) {
    let next: Node | null | undefined;
    if (isMap(node)) {
      const pair = node.items.find((item) => String((item.key as { value?: unknown } | null)?.value ?? item.key) === String(key));
      if (pair?.key && (pair.key as Node).range) found = lines.linePos((pair.key as Node).range![0]).line;
      next = pair?.value as Node | null | undefined;
    } else if (isSeq(node) && typeof key === 'number') {
      next = node.items[key] as Node | undefined;
      if (next?.range) found = lines.linePos(next.range[0]).line;
    }
    if (!next) break;
    node = next;
  }
  return found + lineOffset;
}
