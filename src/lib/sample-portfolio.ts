/**
 * What marks content as still the sample portfolio that Commfolio ships in content/, so that
 * `npm run check` can say what is left to replace. Advice, never an error: the sample itself must
 * build. tests/build/check-script.test.ts checks these against content/, so they cannot drift.
 */
export const SAMPLE_PORTFOLIO = {
  /** The host of the sample's site address (site.yaml url). */
  siteHost: 'example.github.io',
  /** The sample's invented owner (profile.md name). */
  name: 'Asha Rao',
  /** SHA-256 of the sample's photo, content/images/asha-rao-avatar.png (scripts/sample/make-images.mjs draws it). */
  photoSha256: 'a2bd26ea096f88ad06bc6f934c40c749b02dc64f130a901950840f6a2b8d0917',
  /** The invented organisations of the sample's case studies. */
  organisations: ['Rasoi Runner', 'Ganit Garage', 'Pebblepot Home'],
  /** The titles of the sample's posts (content/blog/): a post whose title the user changed is hers. */
  postTitles: [
    'एंगेजमेंट रेट एक भिन्न है — बताइए कि ऊपर क्या है और नीचे क्या',
    'નાના વેપાર માટે WhatsApp કમ્યુનિટી — શું માપવું અને શું નહીં',
    'कम्युनिटी के नियम ऐसे लिखें कि लोग सच में पढ़ें',
    'What I look for when hiring community moderators',
    "Engagement rate is a fraction — say what's on top and what's underneath",
    'Moderating a Discord server without burning out your moderators',
    'A crisis playbook that fits on one page',
    'Building a personal brand as a community manager (without becoming an influencer)',
    'How I report community results to leadership (on one page)',
  ],
  /** The sample owner's name in her translated profiles (profile.<code>.md). */
  translatedNames: ['आशा राव'],
  /** The invented companies of the sample's application pages. */
  companies: ['Thali Street'],
} as const;
