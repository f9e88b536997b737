/**
 * The text of a profile.md written by `npm run import -- resume` (or `-- linkedin`): YAML frontmatter and the bio.
 * Strings that YAML 1.1 readers would take for something else ("yes", "10:30", "2024-05-01") are
 * quoted, so that any YAML reader (YAML 1.1 or 1.2) reads them as the text they are.
 */
import { Document } from 'yaml';

const HEADER = [
  ' Your profile, imported from SOURCE by npm run import -- COMMAND.',
  ' Everything between the two --- lines is your profile; the text below the second --- is your bio,',
  ' in Markdown. docs/content.md explains every field. Keep the indentation (two',
  ' spaces). To show a photo, put it beside this file and add photo: { file: ./photo.jpg, alt: "..." }.',
].join('\n');

/** profile.md's text: a how-to header naming `sourceName` and the importer that read it, the frontmatter, and the bio. */
export function profileFileText(profile: Record<string, unknown>, bio: string, sourceName: string, importer = 'resume'): string {
  const document = new Document(profile, { version: '1.1' });
  document.commentBefore = HEADER.replace('SOURCE', sourceName.replace(/\s+/g, ' ')).replace('COMMAND', importer);
  const frontmatter = document.toString({ lineWidth: 0 });
  return `---\n${frontmatter}---\n${bio ? `\n${bio.trim()}\n` : ''}`;
}
