/**
 * Reads an export the way its owner has it: the zip LinkedIn or X sent, or the folder it was
 * unzipped into. Zips are read with yauzl, the well-kept streaming reader: it reads the zip's table
 * of contents and then only the files asked for, so a several-gigabyte X archive full of videos is
 * never loaded whole. Nothing is extracted to disk, and an entry whose name would land outside the
 * folder it was unzipped into (`../`, an absolute path: "zip slip") makes the whole zip refused.
 * Every file read has a size limit, so a damaged or hostile zip cannot fill the memory.
 */
import { lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import yauzl from 'yauzl';

/** A problem with the input that the user can fix: shown as it is, without a stack trace. */
export class ImportInputError extends Error {}

/** An export opened for reading. */
export interface ExportSource {
  /** The zip or folder as the user named it, for messages. */
  label: string;
  kind: 'zip' | 'folder';
  /** Every file in it, as `/`-separated paths from its top. */
  files: string[];
  /** A file's text (UTF-8); refused when it is larger than `limit` bytes. */
  readText(file: string, limit: number): Promise<string>;
  close(): void;
}

const MEGABYTE = 1024 * 1024;

/** A size in words for messages: "32 MB". */
export const megabytes = (bytes: number) => `${Math.round(bytes / MEGABYTE)} MB`;

/** Why a zip entry's name is refused, or undefined when it stays inside the folder it would be unzipped into. */
export function unsafeEntryName(name: string): string | undefined {
  if (name.includes('\\') || name.includes('\0')) return 'has a backslash or a null character in its name';
  if (/^([a-zA-Z]:|\/)/.test(name)) return 'is an absolute path';
  if (name.split('/').includes('..')) return 'climbs out of the folder with ../';
  return undefined;
}

function tooLarge(label: string, file: string, limit: number): ImportInputError {
  return new ImportInputError(
    `${label}: ${file} is larger than ${megabytes(limit)}, more than any export holds for it. Check that this is the export as it was sent.`,
  );
}

async function openZip(file: string, label: string): Promise<ExportSource> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false });
  } catch (error) {
    throw new ImportInputError(
      `${label} is not a zip file (${(error as Error).message.replace(/\.$/, '')}). Give the zip exactly as it was sent to you, or the folder you unzipped it into.`,
    );
  }
  const refuse = (name: string, unsafe: string) =>
    new ImportInputError(
      `${label} holds a file whose name ${unsafe} ("${name}"), ` +
        'so it would land outside the folder the zip is unzipped into. Nothing was read. An export never does this: download it again from the service itself.',
    );
  const entries = new Map<string, yauzl.Entry>();
  try {
    for await (const entry of zip.eachEntry()) {
      // yauzl refuses such names itself (turning Windows backslashes into / first); this check does not rely on it.
      const unsafe = unsafeEntryName(entry.fileName);
      if (unsafe) throw refuse(entry.fileName, unsafe);
      if (!entry.fileName.endsWith('/')) entries.set(entry.fileName, entry);
    }
  } catch (error) {
    zip.close();
    if (error instanceof ImportInputError) throw error;
    const message = (error as Error).message;
    const name = /^(?:invalid relative path|absolute path|invalid characters in fileName): (.*)$/.exec(message)?.[1];
    throw name !== undefined
      ? refuse(name, unsafeEntryName(name) ?? 'is not a plain relative path')
      : new ImportInputError(`${label} is damaged (${message}). Download it again.`);
  }
  return {
    label,
    kind: 'zip',
    files: [...entries.keys()],
    async readText(name, limit) {
      const entry = entries.get(name);
      if (!entry) throw new ImportInputError(`${label} has no ${name}.`);
      if (entry.uncompressedSize > limit) throw tooLarge(label, name, limit);
      if (entry.isEncrypted())
        throw new ImportInputError(`${label}: ${name} is protected by a password. Unzip the export yourself and give the folder instead.`);
      const stream = await zip.openReadStreamPromise(entry);
      const chunks: Buffer[] = [];
      let size = 0;
      try {
        for await (const chunk of stream as AsyncIterable<Buffer>) {
          size += chunk.length;
          // yauzl checks the size the zip declares; this guards against a zip that lies about it.
          if (size > limit) {
            stream.destroy();
            throw tooLarge(label, name, limit);
          }
          chunks.push(chunk);
        }
      } catch (error) {
        if (error instanceof ImportInputError) throw error;
        throw new ImportInputError(`${label}: ${name} is damaged (${(error as Error).message}). Download the export again.`);
      }
      return Buffer.concat(chunks).toString('utf8');
    },
    close: () => zip.close(),
  };
}

function openFolder(folder: string, label: string): ExportSource {
  const files = readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((name) => name.split(path.sep).join('/'))
    .filter((name) => lstatSync(path.join(folder, name)).isFile())
    .sort();
  return {
    label,
    kind: 'folder',
    files,
    async readText(name, limit) {
      const file = path.join(folder, name);
      if (statSync(file).size > limit) throw tooLarge(label, name, limit);
      return readFileSync(file, 'utf8');
    },
    close() {},
  };
}

/** Opens a zip or a folder; an input that is neither (or is missing) is an ImportInputError. */
export async function openExport(input: string): Promise<ExportSource> {
  const label = input;
  let stats;
  try {
    stats = statSync(input);
  } catch {
    throw new ImportInputError(`${label} does not exist. Give the path of the zip you downloaded, or of the folder you unzipped it into.`);
  }
  return stats.isDirectory() ? openFolder(input, label) : openZip(input, label);
}

/**
 * The folder inside an export where `marker` (a path such as `Profile.csv` or `data/tweets.js`,
 * matched without regard to case) lies: '' at the top, or the one folder a zip wraps it in.
 */
export function exportRoot(files: readonly string[], markers: readonly string[]): string | undefined {
  const wanted = markers.map((marker) => marker.toLowerCase());
  const roots = files.flatMap((file) => {
    const lower = file.toLowerCase();
    const marker = wanted.find((candidate) => lower === candidate || lower.endsWith(`/${candidate}`));
    return marker ? [file.slice(0, file.length - marker.length)] : [];
  });
  return roots.sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b))[0];
}
