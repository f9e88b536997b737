/**
 * Files of an X (Twitter) archive's data/ folder are JavaScript assignments of JSON:
 * `window.YTD.tweets.part0 = [ … ]`. Large archives split one kind over several files
 * (tweets.js, tweets-part1.js … as part0, part1 …).
 */

/** The list a data file assigns, or why it could not be read (naming `file`). */
export function readArchiveFile(
  text: string,
  file: string,
): { items: unknown[]; problem?: undefined } | { items?: undefined; problem: string } {
  const match = /^\s*window\.YTD\.\w+\.part\d+\s*=\s*/.exec(text.replace(/^\uFEFF/, ''));
  if (!match)
    return {
      problem: `${file} does not start with "window.YTD.…part0 = [", as every data file of an X archive does. Use the file exactly as it came in the archive.`,
    };
  try {
    const items: unknown = JSON.parse(
      text
        .replace(/^\uFEFF/, '')
        .slice(match[0].length)
        .replace(/;\s*$/, ''),
    );
    if (Array.isArray(items)) return { items };
  } catch (error) {
    return { problem: `${file} is damaged: its data cannot be read (${(error as Error).message}). Download the archive again.` };
  }
  return { problem: `${file} does not hold a list of entries. Use the file exactly as it came in the archive.` };
}
