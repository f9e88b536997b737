import { readFileSync } from 'node:fs';

/** A text file's content, or why it cannot be read as UTF-8 (what Astro reads every file as). */
export type TextFileRead = { text: string; problem?: undefined } | { text?: undefined; problem: string };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Offset of the first byte that is not part of valid UTF-8, found by decoding ever shorter prefixes. */
function firstInvalidByte(bytes: Uint8Array): number {
  let low = 0;
  let high = bytes.length;
  // The longest prefix that decodes (allowing a character cut at its end) ends where the bad byte is.
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, middle), { stream: true });
      low = middle;
    } catch {
      high = middle - 1;
    }
  }
  // The bad sequence starts at its first byte: step back over the bytes of a character left unfinished.
  let start = low;
  while (start > 0 && low - start < 3 && (bytes[start - 1]! & 0xc0) === 0x80) start -= 1;
  return start > 0 && bytes[start - 1]! >= 0xc0 ? start - 1 : low;
}

/**
 * Reads a text file the user wrote. A file that is not UTF-8 (saved as "ANSI", Latin-1 or UTF-16
 * by an older editor) is refused: Astro would publish its accented letters as "�".
 */
export function readTextFile(file: string): TextFileRead {
  const bytes = readFileSync(file);
  const saveAs = 'Open it in your text editor and save it again with the encoding "UTF-8".';
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { problem: `is saved as UTF-16, not UTF-8. ${saveAs}` };
  }
  try {
    return { text: decoder.decode(bytes) };
  } catch {
    const offset = firstInvalidByte(bytes);
    const line = bytes.subarray(0, offset).filter((byte) => byte === 0x0a).length + 1;
    // Older editors save as Windows-1252 (Latin-1): name the letter the byte stands for there.
    const letter = new TextDecoder('windows-1252').decode(bytes.subarray(offset, offset + 1));
    return {
      problem: `is not saved as UTF-8: line ${line} has a letter in another encoding ("${letter}", byte 0x${bytes[offset]!.toString(16).toUpperCase().padStart(2, '0')}). ${saveAs}`,
    };
  }
}
