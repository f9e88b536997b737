import { slugify } from './slug.ts';

/** Kinds of entry `npm run new` can create. */
export const SCAFFOLD_KINDS = ['post', 'case-study', 'application'] as const;
export type ScaffoldKind = (typeof SCAFFOLD_KINDS)[number];

/** A file to create, relative to the content folder. */
export interface ScaffoldFile {
  relativePath: string;
  text: string;
}

const yamlString = (text: string) => JSON.stringify(text);

/** The slug for a new entry: from the title, or from the date when the title has no letters. */
export function scaffoldSlug(title: string, date: string): string {
  return slugify(title) || `entry-${date}`;
}

function postFile(title: string, date: string, language: string): string {
  return `---
# A blog post. Every field is explained on its line; the README's "Content reference" has more.
title: ${yamlString(title)}            # required
description: "One sentence saying what the reader will learn."   # required: listings, search, link previews
publishedAt: ${date}                 # required, YYYY-MM-DD
# updatedAt: ${date}               # optional: date of the last meaningful update
tags: [community-building]             # optional: each tag gets its own page
draft: true                            # shown in "npm run dev" only; set to false to publish
language: ${language}                          # optional: the post's language (en, hi, gu, bn, tl, et…)
# cover:                               # optional cover image, beside this file
#   file: ./cover.png
#   alt: "What the image shows"        # required with a cover
---

Write your post here in Markdown. Use ## for section headings.
`;
}

function caseStudyFile(title: string, date: string, language: string): string {
  return `---
# A case study: one piece of community work, with its measured results.
title: ${yamlString(title)}                 # required
summary: "What you did and what changed, in one or two sentences."   # required
organisation: "Brand or community name"     # required
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
  - label: Followers
    before: 1000
    after: 2400
    unit: ""                                # e.g. "%", "members", "hours"
    period: "90 days"
    platform: Instagram
    method: "Instagram Insights, follower count on the first and last day"
    source: "Instagram Insights export"
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
language: ${language}
---

## Objective

What the community or brand needed, and how you would know you had succeeded.

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

Write a short cover note here: why this company, and which of your results matter to them.
`;
}

/**
 * The file `npm run new -- <kind> "<title>"` writes, for a date written YYYY-MM-DD. An
 * application's slug ends in `suffix` (random in the CLI) so its address cannot be guessed.
 */
export function scaffoldEntry(kind: ScaffoldKind, title: string, date: string, language: string, suffix = ''): ScaffoldFile {
  const slug = scaffoldSlug(title, date);
  if (kind === 'post') return { relativePath: `blog/${slug}.md`, text: postFile(title, date, language) };
  if (kind === 'case-study') return { relativePath: `case-studies/${slug}/index.md`, text: caseStudyFile(title, date, language) };
  return { relativePath: `applications/${slug}${suffix ? `-${suffix}` : ''}.md`, text: applicationFile(title, language) };
}
