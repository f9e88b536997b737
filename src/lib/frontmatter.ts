import matter from 'gray-matter';

const refuseExecutableFrontmatter = () => {
  throw new Error('frontmatter written as JavaScript or CoffeeScript (---js) is not allowed; use YAML between --- lines.');
};

/**
 * Reads YAML frontmatter and body. gray-matter evaluates `---js` blocks by default, so its
 * JavaScript and CoffeeScript engines are replaced with ones that refuse.
 */
export function parseFrontmatter(text: string): { data: Record<string, unknown>; body: string } {
  const parsed = matter(text, {
    engines: {
      js: refuseExecutableFrontmatter,
      javascript: refuseExecutableFrontmatter,
      coffee: refuseExecutableFrontmatter,
      coffeescript: refuseExecutableFrontmatter,
    },
  });
  return { data: { ...parsed.data }, body: parsed.content };
}
