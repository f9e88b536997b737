import { createHash } from 'node:crypto';

/** A short, stable, non-cryptographic hash of a text (FNV-1a, base 36): for cache folder names and slugs. */
export function textHash(text: string): string {
  let hash = 2166136261;
  for (const character of text) hash = Math.imul(hash ^ character.codePointAt(0)!, 16777619) >>> 0;
  return hash.toString(36);
}

/**
 * SHA-256 of a file's bytes (or of a text), in hex: how Commfolio knows an image by its content, so
 * its redactions follow it under any name (content-folder/privacy/redacted-images.ts, Astro's image
 * service, the copies check after a build) and cached files can be verified.
 */
export function sha256Hex(content: Uint8Array | string): string {
  return createHash('sha256').update(content).digest('hex');
}
