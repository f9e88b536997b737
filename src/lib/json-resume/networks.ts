/**
 * Profile links ↔ JSON Resume `basics.profiles`. Commfolio knows a fixed list of platforms and
 * calls everything else a website with a label; JSON Resume names networks freely.
 */
import type { LinkPlatform } from '../../schemas/profile.ts';
import { platformName } from '../platforms.ts';

/** A profile link as the profile stores it. */
export interface ProfileLink {
  platform: LinkPlatform;
  url: string;
  label?: string;
}

/** A JSON Resume `basics.profiles` entry. */
export interface NetworkProfile {
  network: string;
  username?: string;
  url: string;
}

/** Network names (lowercased, letters and digits only) that mean a platform Commfolio knows. */
const NETWORK_PLATFORMS: Record<string, LinkPlatform> = {
  linkedin: 'linkedin',
  x: 'x',
  twitter: 'x',
  xtwitter: 'x',
  twitterx: 'x',
  instagram: 'instagram',
  facebook: 'facebook',
  tiktok: 'tiktok',
  youtube: 'youtube',
  mastodon: 'mastodon',
  bluesky: 'bluesky',
  threads: 'threads',
  discord: 'discord',
  github: 'github',
  website: 'website',
};

/** Hosts that identify a platform when a profile names no network. */
const HOST_PLATFORMS: Record<string, LinkPlatform> = {
  'linkedin.com': 'linkedin',
  'x.com': 'x',
  'twitter.com': 'x',
  'instagram.com': 'instagram',
  'facebook.com': 'facebook',
  'tiktok.com': 'tiktok',
  'youtube.com': 'youtube',
  'youtu.be': 'youtube',
  'bsky.app': 'bluesky',
  'threads.net': 'threads',
  'threads.com': 'threads',
  'discord.gg': 'discord',
  'discord.com': 'discord',
  'github.com': 'github',
};

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

/** The platform a JSON Resume network names (Twitter → x), else by the URL's host, else undefined. */
export function platformOfNetwork(network: string | undefined, url: string): LinkPlatform | undefined {
  if (network) return NETWORK_PLATFORMS[network.toLowerCase().replace(/[^a-z0-9]/g, '')];
  return HOST_PLATFORMS[hostOf(url) ?? ''];
}

/**
 * A profile link as a JSON Resume profile. The network is the platform's own name, or a website's
 * label; a label other than the platform's name (e.g. "@asha") becomes the username.
 */
export function networkProfile(link: ProfileLink): NetworkProfile {
  const name = platformName(link.platform);
  if (link.platform === 'website') return { network: link.label ?? name, url: link.url };
  const username = link.label && link.label.toLowerCase() !== name.toLowerCase() ? link.label : undefined;
  return { network: name, ...(username && { username }), url: link.url };
}
