import { latinToAscii, slugify } from './slug.ts';

/** Kinds of entry `npm run new` can create. */
export const SCAFFOLD_KINDS = ['post', 'case-study', 'application', 'profile'] as const;
export type ScaffoldKind = (typeof SCAFFOLD_KINDS)[number];

/** A file to create, relative to the content folder. */
export interface ScaffoldFile {
  relativePath: string;
  text: string;
}

const yamlString = (text: string) => JSON.stringify(text);

/**
 * The slug for a new entry: from the title, Latin letters without their accents (an address that
 * pastes and prints as typed) and apostrophes after a letter dropped ("Maria's" is marias, not
 * maria-s), or from the date when the title has no letters.
 */
export function scaffoldSlug(title: string, date: string): string {
  return slugify(latinToAscii(title).replace(/(?<=\p{L}\p{M}*)['’]/gu, '')) || `entry-${date}`;
}

/**
 * Example text npm run new writes for the author to replace. npm run check names any of it still in a
 * published entry (lib/portfolio-review.ts), so it cannot reach the site unnoticed.
 */
export const TEMPLATE_TEXT = {
  fields: {
    description: 'One sentence saying what the reader will learn.',
    summary: 'What you did and what changed, in one or two sentences.',
    organisation: 'Brand or community name',
    headline: 'Community manager for …',
    translatedHeadline: '…',
  },
  bodies: {
    post: 'Write your post here in Markdown. Use ## for section headings.',
    caseStudy: 'What the community or brand needed, and how you would know you had succeeded.',
    application: 'Write a short cover note here: why this company, and which of your results matter to them.',
    profile: 'Write your bio here: who you are, what you do for communities, and what you are looking for.',
    translatedProfile: 'Write your bio in this language here.',
  },
  /** The example metric of a new case study: its label, figures and source. */
  metric: { label: 'Followers', before: 1000, after: 2400, source: 'Instagram Insights export' },
} as const;

function postFile(title: string, date: string, language: string): string {
  return `---
# A blog post. Every field is explained on its line; docs/content.md has more.
title: ${yamlString(title)}            # required
description: "${TEMPLATE_TEXT.fields.description}"   # required: listings, search, link previews
publishedAt: ${date}                 # required, YYYY-MM-DD
# updatedAt: ${date}               # optional: date of the last meaningful update
tags: [community-building]             # optional: each tag gets its own page
draft: true                            # shown in "npm run dev" only; set to false to publish
language: ${language}                          # the post's language (en, hi, gu, bn, tl, et…)
# translationOf: my-first-post         # optional, in a translation only: the slug (file name without
#                                      # .md) of the post this one translates; the two link to each other
# cover:                               # optional cover image, beside this file
#   file: ./cover.png
#   alt: "What the image shows"        # required with a cover
---

${TEMPLATE_TEXT.bodies.post}
`;
}

function caseStudyFile(title: string, date: string, language: string): string {
  return `---
# A case study: one piece of community work, with its measured results.
title: ${yamlString(title)}                 # required
summary: "${TEMPLATE_TEXT.fields.summary}"   # required
organisation: "${TEMPLATE_TEXT.fields.organisation}"     # required
role: "Community Manager"                   # required: your role there
period:
  start: ${date.slice(0, 7)}                          # required, YYYY-MM
  # end: ${date.slice(0, 7)}                        # leave out while ongoing
platforms: [Instagram]                      # where the community lives
responsibilities:                           # any of the five areas below
  - engagement-strategy
  # - platform-management
  # - facilitating-conversations
  # - analytics-and-feedback
  # - crisis-management
otherResponsibilities: []                   # anything else, in your own words
skills: [Content planning]
metrics:                                    # measured results: value, or before and after
  - label: ${TEMPLATE_TEXT.metric.label}
    before: ${TEMPLATE_TEXT.metric.before}
    after: ${TEMPLATE_TEXT.metric.after}
    unit: ""                                # e.g. "%", "members", "hours"
    period: "90 days"
    platform: Instagram
    method: "Instagram Insights, follower count on the first and last day"
    source: "${TEMPLATE_TEXT.metric.source}"
    headline: true                          # lead with this metric on cards and listings
#  - label: Engagement rate                 # a rate: Commfolio computes it from raw counts
#    formula: (likes + comments + saves + shares) / reach
#    unit: "%"                              # "%" multiplies by 100; a typed % needs denominator:
#    measures: { likes: 900, comments: 120, saves: 60, shares: 20, reach: 40000 }
charts: []                                  # drawn from a CSV beside this file (date,followers,...):
#  - { type: line, file: ./metrics.csv, measure: followers, title: "Followers, Sep–Nov", takeaway: "One sentence: what the chart shows" }
#  - { type: bars, file: ./metrics.csv, measure: replies, changedAt: 2025-09-01, title: "Replies, before and after" }
#  - { type: heatmap, file: ./posts.csv, measure: likes, title: "Likes by posting time" }
screenshots: []                             # images beside this file, each with alt text:
#  - file: ./dashboard.png
#    alt: "Instagram Insights showing followers rising from 1,000 to 2,400"
#    caption: "Follower growth over the campaign"
#    redact: [{ x: 120, y: 300, width: 240, height: 40 }]   # hidden before publishing (px or "%")
#    section: Results                       # shown beside this ## part of the text (the first screenshot is the cover)
comparisons: []                             # before/after pairs, shown side by side:
#  - { before: { file: ./old.png, alt: "..." }, after: { file: ./new.png, alt: "..." }, caption: "..." }
featured: false                             # show on the home page
draft: true                                 # shown in "npm run dev" only; set to false to publish
publishedAt: ${date}                        # required, YYYY-MM-DD
language: ${language}                                # the case study's language (en, hi, gu, bn, tl, et…)
# translationOf: my-case-study              # optional, in a translation only: the slug (folder name)
#                                           # of the case study this one translates; they link to each other
---

## Objective

${TEMPLATE_TEXT.bodies.caseStudy}

## Strategy

The plan and why you chose it.

## Execution

What you did, week by week: content, moderation, events, partnerships.

## Results

What changed, with the numbers above and what they mean.

## Lessons

What you would keep, and what you would do differently.
`;
}

function applicationFile(company: string, language: string): string {
  return `---
# An unlisted page for one job application: link it in your application. It is kept out of
# search engines (noindex), the sitemap, feeds and your site's navigation.
company: ${yamlString(company)}         # required
role: "Community Manager"               # optional: the role you are applying for
caseStudies: []                         # slugs (folder names) of the case studies to show, in order
posts: []                               # slugs (file names) of the posts to show, in order
language: ${language}
---

${TEMPLATE_TEXT.bodies.application}
`;
}

function profileFile(name: string): string {
  return `---
# Your profile: who you are, for recruiters. Everything between the two --- lines is a field; the
# text below the second --- line is your bio, in ordinary Markdown. Only name and headline are
# required: fill in what you have, and leave the rest as it is (a line starting with # is ignored).
# Keep the indentation (two spaces, never tabs) and put text with a colon in "double quotes".
name: ${yamlString(name)}                    # required: as you want recruiters to see it
headline: "${TEMPLATE_TEXT.fields.headline}"        # required: one line saying what you do
# photo:                                   # optional: a portrait in the content folder
#   file: ./images/me.jpg                  # its path, relative to this file
#   alt: "Maria smiling at a meetup"       # required with a photo: what it shows
# location: "Cebu, Philippines (remote)"   # optional: city or region, or "Remote"
# email: you@example.com                   # optional: shown as a link to write to you
links: []                                  # your profiles elsewhere, e.g.:
#  - { platform: linkedin, url: "https://www.linkedin.com/in/you" }
#  - { platform: x, url: "https://x.com/you", label: "@you" }
#    platform is one of: linkedin, x, instagram, facebook, tiktok, youtube, mastodon, bluesky,
#    threads, discord, github, website (any other site)
skills: []                                 # a list: [Moderation, Content planning], or groups:
#  - { group: Analytics, items: [Meta Business Suite, Looker Studio] }
credentials: []                            # courses, certificates, degrees, e.g.:
#  - { kind: certificate, title: "Community Management", issuer: "CMX", date: 2024-05, url: "https://…" }
#    kind is one of: course, certificate, degree, diploma, award; date is YYYY-MM or YYYY-MM-DD
experience: []                             # jobs and volunteering, newest first, e.g.:
#  - { role: "Community Manager", organisation: "Acme", start: 2023-01, location: "Remote", summary: "What you did and achieved." }
#    leave out end: while it is your current job
events: []                                 # talks and events, e.g.:
#  - { title: "Moderating at scale", event: "CMX Summit", date: 2024-06, role: speaker, url: "https://…" }
#    role is one of: speaker, organiser, host, moderator, panellist, workshop-lead, volunteer, attendee
projects: []                               # your own projects, e.g.:
#  - { name: "Kapé Sugbo meetups", summary: "A monthly meetup for coffee lovers.", start: 2022-03 }
testimonials: []                           # what others say about your work, e.g.:
#  - { quote: "Maria turned our forum around.", person: "Ana Cruz", role: "Head of Marketing, Acme" }
languages: []                              # languages you speak, e.g.:
#  - { name: Tagalog, level: Native }
#  - { name: English, level: Fluent }
---

${TEMPLATE_TEXT.bodies.profile}
`;
}

function translatedProfileFile(name: string, language: string): string {
  return `---
# Your profile in ${language}, shown in the ${language} section of the site. It holds only what
# changes with the language: name, headline, location, the photo's alt text, and the bio below
# the second --- line. Every list left out here (links, skills, credentials, experience, events,
# projects, testimonials, languages) and the email are taken from profile.md; add a list here
# only to replace it in this section.
language: ${language}                               # required: the language of this file
name: ${yamlString(name)}                    # required: your name, as written in this language
headline: "${TEMPLATE_TEXT.fields.translatedHeadline}"                              # required: one line saying what you do, in this language
# location: "…"                            # optional
---

${TEMPLATE_TEXT.bodies.translatedProfile}
`;
}

/** What `npm run new` is asked to create. */
export interface ScaffoldRequest {
  kind: ScaffoldKind;
  /** The title; a company for an application, your name for a profile. */
  title: string;
  /** Today, YYYY-MM-DD. */
  date: string;
  /** The entry's language code. */
  language: string;
  /** The site's default language: a profile in it is profile.md, in another profile.<code>.md. */
  defaultLanguage: string;
  /** Ends an application's slug (random in the CLI), so its address cannot be guessed. */
  suffix?: string;
}

/** The file `npm run new -- <kind> "<title>"` writes. */
export function scaffoldEntry({ kind, title, date, language, defaultLanguage, suffix = '' }: ScaffoldRequest): ScaffoldFile {
  const slug = scaffoldSlug(title, date);
  if (kind === 'post') return { relativePath: `blog/${slug}.md`, text: postFile(title, date, language) };
  if (kind === 'case-study') return { relativePath: `case-studies/${slug}/index.md`, text: caseStudyFile(title, date, language) };
  if (kind === 'profile') {
    return language === defaultLanguage
      ? { relativePath: 'profile.md', text: profileFile(title) }
      : { relativePath: `profile.${language}.md`, text: translatedProfileFile(title, language) };
  }
  return { relativePath: `applications/${slug}${suffix ? `-${suffix}` : ''}.md`, text: applicationFile(title, language) };
}
