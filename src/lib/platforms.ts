import type { LinkPlatform } from '../schemas/profile.ts';

const PLATFORM_NAMES: Record<LinkPlatform, string> = {
  linkedin: 'LinkedIn', x: 'X', instagram: 'Instagram', facebook: 'Facebook', tiktok: 'TikTok', youtube: 'YouTube',
  mastodon: 'Mastodon', bluesky: 'Bluesky', threads: 'Threads', discord: 'Discord', github: 'GitHub', website: 'Website',
};

/** How a platform writes its own name. */
export function platformName(platform: LinkPlatform): string {
  return PLATFORM_NAMES[platform];
}
