import type { LinkPlatform } from '../schemas/profile.ts';

const PLATFORM_NAMES: Record<LinkPlatform, string> = {
  linkedin: 'LinkedIn',
  x: 'X',
  instagram: 'Instagram',
  facebook: 'Facebook',
  tiktok: 'TikTok',
  youtube: 'YouTube',
  mastodon: 'Mastodon',
  bluesky: 'Bluesky',
  threads: 'Threads',
  discord: 'Discord',
  github: 'GitHub',
  website: 'Website',
};

/** How a platform writes its own name. */
export function platformName(platform: LinkPlatform): string {
  return PLATFORM_NAMES[platform];
}

/** What a profile link is called: a website's own label, else its platform's name ("LinkedIn"). */
export function linkName(link: { platform: LinkPlatform; label?: string }): string {
  return link.platform === 'website' && link.label ? link.label : platformName(link.platform);
}
