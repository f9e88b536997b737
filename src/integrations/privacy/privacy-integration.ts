import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { redactionsByHash } from '../../content-folder/privacy/redacted-images.ts';
import { sha256Hex } from '../../lib/hash.ts';
import type { Redaction } from '../../schemas/screenshot.ts';
import { handleContentCopies } from './content-copies.ts';
import type { PrivacyImageServiceConfig } from './image-service.ts';

/**
 * Keeps the promise that no original image and no hidden pixel is published. Astro's images
 * (photo, covers, images in Markdown and MDX bodies) go through image-service.ts, which hides the
 * regions that any screenshot of the same file hides; when the build is done, content-copies.ts
 * removes or re-encodes any file Astro copied from the content folder as it is. It comes last in
 * astro.config.mjs, so it sees the output of every other integration.
 */
export function privacyIntegration(contentDir: string): AstroIntegration {
  let redactions: Record<string, Redaction[]> = {};
  let publicDir = '';
  return {
    name: 'commfolio:privacy',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        publicDir = fileURLToPath(config.publicDir);
        redactions = redactionsByHash(contentDir);
        const redactionState = Object.keys(redactions).length > 0 ? sha256Hex(JSON.stringify(redactions)).slice(0, 12) : '';
        const serviceConfig: PrivacyImageServiceConfig = { redactions, redactionState };
        updateConfig({
          image: { service: { entrypoint: fileURLToPath(new URL('./image-service.ts', import.meta.url)), config: serviceConfig } },
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { removed, reencoded } = await handleContentCopies({ outDir, contentDir, publicDir, redactions });
        if (removed.length > 0)
          logger.info(
            `removed ${removed.length} unchanged cop${removed.length === 1 ? 'y' : 'ies'} of content files that no page uses: ${removed.join(', ')}`,
          );
        if (reencoded.length > 0)
          logger.info(
            `re-encoded ${reencoded.length} image${reencoded.length === 1 ? '' : 's'} that pages link to as they were in the content folder: ${reencoded.join(', ')}`,
          );
      },
    },
  };
}
