/**
 * The interface text of one language: `src/translations/<code>.json`. Every key is described
 * here: where the text appears and what its {placeholders} stand for. Keys are named by where
 * they are used (`caseStudy.metrics.heading` is the heading of a case study's results).
 * English (`en.json`) is the reference: every other file has its keys, placeholders and plural
 * forms (docs/languages.md). Adding a key here means adding it to every file.
 */
import { z } from 'astro/zod';

/** The plural categories of Intl.PluralRules, in CLDR's order. */
export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

const TextSchema = z
  .string({
    error: (issue) =>
      typeof issue.input === 'object' && issue.input !== null
        ? 'must be one text in quotes, without plural forms: "key": "text".'
        : 'must be text in quotes: "key": "text".',
  })
  .regex(/\S/, { error: 'is empty: write the text, or copy it from en.json.' });

/**
 * A message that depends on a number (`{count}`): one form per plural category the language
 * uses, e.g. `{ "one": "{count} post", "other": "{count} posts" }`. "other" is always required.
 */
const PluralMessageSchema = z.strictObject(
  {
    zero: TextSchema.optional(),
    one: TextSchema.optional(),
    two: TextSchema.optional(),
    few: TextSchema.optional(),
    many: TextSchema.optional(),
    other: TextSchema,
  },
  { error: 'needs one text per plural form: { "one": "…", "other": "…" }.' },
);

/** A plain message or one with plural forms. */
export type Message = string | z.output<typeof PluralMessageSchema>;

const text = (description: string) => TextSchema.describe(description);
const plural = (description: string) => PluralMessageSchema.describe(`${description} Plural forms, chosen by {count}.`);

/** Every key of a language file, with what it is for. */
export const LanguageFileSchema = z.strictObject({
  'language.name': text(
    'The language’s name written in the language itself (“हिन्दी”, “eesti”), in the language switcher and the feed titles.',
  ),
  'language.direction': z
    .enum(['ltr', 'rtl'], { error: 'must be "ltr" (left to right) or "rtl" (right to left).' })
    .describe('Writing direction of the interface: "ltr" (left to right) or "rtl" (right to left, as Arabic).'),

  // Every page: layout, header, footer, <head>
  'skipLink.label': text(
    'The first link on every page, shown when a keyboard user presses Tab: it jumps past the header to the page’s content.',
  ),
  'header.nav.label': text('Name of the main navigation, read by screen readers (“Main navigation”).'),
  'header.nav.caseStudies': text(
    'Header link to the case studies. Also the name of the case studies in search-engine breadcrumbs and in the title of the case studies feed.',
  ),
  'header.nav.blog': text(
    'Header link to the blog. Also the name of the blog in search-engine breadcrumbs and in the titles of the blog feeds.',
  ),
  'header.nav.about': text('Header link to the About page.'),
  'header.nav.cv': text('Header link to the CV (résumé) page. Keep it short.'),
  'header.nav.search': text('Header link to the search page.'),
  'header.languages.label': text('Name of the language switcher in the header, read by screen readers.'),
  'breadcrumbs.home': text('Name of the home page in the breadcrumbs that search engines show under a result (never on the page itself).'),
  'footer.feed': text('Footer link to the RSS feed of the blog.'),
  'footer.builtWith': text('Footer line crediting the software the site is made with. Keep the name Commfolio as it is.'),
  'head.feeds.allLanguages': text(
    'In brackets after “Blog” in the title of the feed with the posts in every language, which feed readers show: “Asha Rao — Blog (all languages)”.',
  ),
  'pagination.label': text('Name of the “newer / older” navigation under a list of posts and under a post, read by screen readers.'),
  'pagination.newer': text('Link to the page of newer posts in a list of posts.'),
  'pagination.older': text('Link to the page of older posts in a list of posts.'),
  'pagination.page': text(
    'Where the reader is in a list split into pages; also added to the title of page 2 and later. {page} is the page number, {pages} the number of pages.',
  ),
  'draftBadge.label': text('Badge on a post or case study that is still a draft (only visible while previewing).'),
  'translationLinks.label': text(
    'Before the links to the other languages a post or case study is written in, followed by a colon and the language names: “Also available in: हिन्दी”.',
  ),
  'period.present': text(
    'The open end of a period that has not ended, after a dash: “March 2023 – present”. Used on case studies, the experience list and the CV.',
  ),

  // Home page
  'home.featured.heading': text('Home page heading above the featured case studies.'),
  'home.featured.allLink': text('Home page link beside the featured case studies, to the list of all case studies.'),
  'home.latestPosts.heading': text('Home page heading above the latest posts.'),
  'home.latestPosts.allLink': text('Home page link beside the latest posts, to the blog.'),
  'home.proof.label': text('Name of the row of headline results at the top of the home page, read by screen readers.'),
  'home.about.more': text('Link under the first paragraph of the bio on the home page, to the About page.'),

  // Profile: home, About, CV and application pages
  'profile.links.label': text(
    'Name of the list of profile links (LinkedIn, X…) on the home, About and application pages, read by screen readers.',
  ),
  'profile.links.email': text('The email link among the profile links: an invitation to write (“Email me”).'),
  'profile.actions.contactOn': text(
    'The main contact button when the profile has no email: a link to the first profile. {platform} is its name (“LinkedIn”).',
  ),
  'profile.actions.cv': text(
    'Button to the CV page, beside the contact button (home page, end of case studies, posts and application pages).',
  ),
  'profile.skills.heading': text('Heading of the skills, on the home, About and CV pages.'),
  'profile.experience.heading': text('Heading of the work experience on the About and CV pages.'),
  'profile.credentials.heading': text('Heading of the courses, diplomas and certificates on the About and CV pages.'),
  'profile.credentials.verify': text('Link beside a certificate to the page where anyone can check it is genuine.'),
  'profile.events.heading': text('Heading of the events and talks on the About and CV pages.'),
  'profile.events.role.speaker': text('Role at an event, before the event’s name: gave a talk.'),
  'profile.events.role.organiser': text('Role at an event, before the event’s name: organised it.'),
  'profile.events.role.host': text('Role at an event, before the event’s name: hosted or presented it.'),
  'profile.events.role.moderator': text('Role at an event, before the event’s name: moderated a session or discussion.'),
  'profile.events.role.panellist': text('Role at an event, before the event’s name: sat on a panel discussion.'),
  'profile.events.role.workshop-lead': text('Role at an event, before the event’s name: ran a workshop.'),
  'profile.events.role.volunteer': text('Role at an event, before the event’s name: helped as a volunteer.'),
  'profile.events.role.attendee': text('Role at an event, before the event’s name: took part.'),
  'profile.projects.heading': text('Heading of the person’s own projects on the About and CV pages.'),
  'profile.testimonials.heading': text('Heading of the quotes from colleagues and clients on the About and CV pages.'),
  'profile.languages.heading': text('Heading of the languages the person speaks, on the About and CV pages.'),

  // About and CV pages
  'about.title': text('Title of the About page (also on its social card, before the person’s name).'),
  'cv.title': text('Title of the CV (résumé) page, before the person’s name.'),
  'cv.printHint': text('Tip above the CV on screen (hidden when printed): how to save the page as a PDF with the browser.'),
  'cv.download': text('Button that downloads the CV as a PDF, on the CV page and beside the contact button, when the site publishes one.'),
  'cv.profile.heading': text('CV heading above the short biography.'),
  'cv.caseStudies.heading': text('CV heading above the chosen case studies.'),

  // Case studies
  'caseStudies.title': text('Title of the page listing every case study (also on its social card).'),
  'caseStudies.intro': text(
    'One-sentence introduction under the title of the case studies page, also its description for search engines and social cards.',
  ),
  'caseStudy.result.labelWithPeriod': text(
    'The lead result of a case study after its figure, on case-study cards, the CV and social cards: “+240% followers in 90 days”. {label} is what was measured (“followers”), {period} how long it took (“90 days”).',
  ),
  'caseStudy.facts.role': text('Label of the person’s role and organisation in a case study’s facts.'),
  'caseStudy.facts.period': text('Label of the dates a case study covers, in its facts.'),
  'caseStudy.facts.platforms': text('Label of the social platforms a case study was on (Instagram, Discord…), in its facts.'),
  'caseStudy.facts.responsibilities': text('Label of the list of responsibilities in a case study’s facts.'),
  'caseStudy.facts.responsibility.engagement-strategy': text(
    'A responsibility in a case study’s facts: planning how to get members to take part.',
  ),
  'caseStudy.facts.responsibility.platform-management': text(
    'A responsibility in a case study’s facts: running the community’s social media accounts.',
  ),
  'caseStudy.facts.responsibility.facilitating-conversations': text(
    'A responsibility in a case study’s facts: starting and guiding discussions among members.',
  ),
  'caseStudy.facts.responsibility.analytics-and-feedback': text(
    'A responsibility in a case study’s facts: measuring results and gathering members’ feedback.',
  ),
  'caseStudy.facts.responsibility.crisis-management': text(
    'A responsibility in a case study’s facts: handling conflicts and public crises.',
  ),
  'caseStudy.facts.skills': text('Label of the skills a case study shows, in its facts.'),
  'caseStudy.metrics.heading': text('Heading of a case study’s measured results (reach, followers, engagement…).'),
  'caseStudy.metrics.fromTo': text(
    'Under a result that changed: its starting and final figure. {before} and {after} are the figures (“1,000”, “3,400”).',
  ),
  'caseStudy.metrics.base': text('Under a rate, what it is a share of: “Base: followers”. {denominator}: that measure.'),
  'caseStudy.metrics.method': text('Label of how a result was measured, followed by a colon and the author’s explanation.'),
  'caseStudy.metrics.calculation.before': text(
    'In a worked calculation, before a colon and the sum for the starting figure: “before: 120 ÷ 1,000 × 100 = 12%”.',
  ),
  'caseStudy.metrics.calculation.after': text(
    'In a worked calculation, before a colon and the sum for the final figure: “after: 480 ÷ 2,000 × 100 = 24%”.',
  ),
  'caseStudy.metrics.multiple': text('A result shown as a multiple: “3.4× the starting figure”. {multiple} is the number (“3.4”).'),
  'caseStudy.metrics.formula.points': text('Formula in words behind a change of a percentage, in percentage points. Keep the − sign.'),
  'caseStudy.metrics.formula.difference': text('Formula in words behind the difference of two figures. Keep the − sign.'),
  'caseStudy.metrics.formula.change': text('Formula in words behind a change in percent. Keep the signs − ÷ ×.'),
  'caseStudy.metrics.formula.multiple': text('Formula in words behind a multiple (“3.4×”). Keep the ÷ sign.'),
  'caseStudy.metrics.notes.heading': text('Heading of the footnotes under the results that show how each computed figure was worked out.'),
  'caseStudy.metrics.notes.intro': text('First line of those footnotes: the figures were computed, not typed in.'),
  'caseStudy.metrics.notes.backLink': text('Name of the ↩ link from a footnote back to its figure, read by screen readers.'),
  'caseStudy.change.points': text(
    'A change of a percentage, in percentage points, in results and chart summaries: “+2.7 points”. {points} is the signed number.',
  ),
  'caseStudy.change.fromZero': text(
    'A change that cannot be given in percent because the starting figure was zero, in results and chart summaries.',
  ),
  'caseStudy.source': text(
    'Label of where a figure or chart comes from, followed by a colon and the source: “Source: Instagram Insights”.',
  ),
  'caseStudy.charts.heading': text('Heading of a case study’s charts.'),
  'caseStudy.charts.line.summary': text(
    'Text summary above a line chart, for everyone and for screen readers. {label}: the measure; {first} on {firstDate}: the first value; {last} on {lastDate}: the last; {change}: the change (“+240%”); {highest} on {highestDate}: the peak.',
  ),
  'caseStudy.charts.line.sinceStart': text(
    'Sentence after a line chart’s summary when the work began inside the chart: the change since then. {date} is when the work began, {label} what is measured, {start} the value then, {last} and {lastDate} the last value and its date, {change} the change.',
  ),
  'caseStudy.charts.line.spike': text(
    'Summary of a line chart that rose to a peak and fell back (a crisis): {label} what is measured, {first} and {firstDate} the first value, {peak} and {peakDate} the highest, {recovered} and {recoveredDate} the first value after the peak that is back near the start, {last} and {lastDate} the last.',
  ),
  'caseStudy.charts.bars.summary': text(
    'Text summary above a before-and-after bar chart. {date}: the day the change was made; {before} and {after}: the averages; {beforeCount} and {afterCount}: how many values each average is of; {change}: the change (“+18%”).',
  ),
  'caseStudy.charts.heatmap.summary': text(
    'Text summary above a heat map of a measure by weekday and hour. {label}: the measure; {count}: the number of rows of data; {best}: the best slots, listed as in the next message.',
  ),
  'caseStudy.charts.heatmap.slot': text(
    'One of the best slots in a heat map’s summary. {weekday}: the day (“Tuesday”); {hour}: the hour (“18:00”); {value}: the average there.',
  ),
  'caseStudy.charts.heatmap.tableCaption': text('Caption of the table under a heat map. {label}: the measure.'),
  'caseStudy.charts.key.beforeDate': text('Chart legend: the bars before the change. {date}: the day of the change.'),
  'caseStudy.charts.key.fromDate': text('Chart legend: the bars from the day of the change on. {date}: that day.'),
  'caseStudy.charts.key.average': text('Chart legend: the line marking an average.'),
  'caseStudy.charts.key.workStart': text('Label on a chart at the date the work began.'),
  'caseStudy.charts.key.less': text('Heat map legend, at the pale end of the colour scale: lower values.'),
  'caseStudy.charts.key.more': text('Heat map legend, at the dark end of the colour scale: higher values.'),
  'caseStudy.charts.key.noData': text('Heat map legend: a cell with no data.'),
  'caseStudy.charts.table.show': text('Button under a chart that opens the chart’s data as a table.'),
  'caseStudy.charts.table.date': text('Column heading of the dates in a chart’s data table.'),
  'caseStudy.charts.table.period': text('Column heading in a bar chart’s data table: whether a value is from before or after the change.'),
  'caseStudy.charts.table.weekday': text('Column heading of the weekdays in a heat map’s data table.'),
  'caseStudy.charts.table.before': text('In a bar chart’s data table, a value from before the change.'),
  'caseStudy.charts.table.after': text('In a bar chart’s data table, a value from after the change.'),
  'caseStudy.charts.aggregated.byDay': text(
    'Note under a chart whose series has too many rows to draw one by one, so it shows daily averages. {rows}: how many rows the file has.',
  ),
  'caseStudy.charts.aggregated.byWeek': text(
    'Note under a chart whose series has too many rows to draw one by one, so it shows weekly averages. {rows}: how many rows the file has.',
  ),
  'caseStudy.charts.aggregated.byMonth': text(
    'Note under a chart whose series has too many rows to draw one by one, so it shows monthly averages. {rows}: how many rows the file has.',
  ),
  'caseStudy.charts.aggregated.byYear': text(
    'Note under a chart whose series has too many rows to draw one by one, so it shows yearly averages. {rows}: how many rows the file has.',
  ),
  'caseStudy.screenshots.heading': text('Heading of a case study’s screenshots.'),
  'caseStudy.screenshots.enlarge': text('Hint on a screenshot that it can be opened larger.'),
  'caseStudy.screenshots.close': text('Button that closes an enlarged screenshot.'),
  'caseStudy.comparisons.heading': text('Heading of a case study’s before-and-after screenshots.'),
  'caseStudy.comparisons.before': text('Label of the “before” screenshot of a pair.'),
  'caseStudy.comparisons.after': text('Label of the “after” screenshot of a pair.'),

  // Blog, tags and posts
  'blog.title': text('Title of the blog (also on its social card).'),
  'blog.intro': text('One-sentence introduction under the blog’s title, also its description for search engines and social cards.'),
  'blog.empty': text('Shown on the blog when there are no posts in this language.'),
  'tags.label': text('Name of a list of tags: under a post’s title, in lists of posts and on the blog.'),
  'tags.all': text('Title of the page listing every tag, and the link to it from a tag’s page.'),
  'tags.page.title': text('Title of the page of posts with one tag. {tag}: the tag.'),
  'tags.page.postCount': plural(
    'The number of posts with a tag, in the tag page’s description and on its social card. {count}: the number.',
  ),
  'post.published': text('Before the date a post was published: “Published 2 April 2025”.'),
  'post.updated': text('Before the date a post was last changed: “Updated 5 April 2025”.'),
  'post.readingTime': plural('How long a post takes to read, in minutes, under its title and in lists of posts. {count}: the minutes.'),
  'post.pager.previous': text('Small label above the link to the previous (older) post, at the end of a post.'),
  'post.pager.next': text('Small label above the link to the next (newer) post, at the end of a post.'),

  // Applications (a page for one job application)
  'application.addressedTo': text(
    'Line at the top of an application page and on its social card, naming the company. {company}: the company.',
  ),
  'application.addressedToRole': text('The same line when the application names the job. {role}: the job title; {company}: the company.'),
  'application.caseStudies.heading': text('Application page heading above the chosen case studies.'),
  'application.posts.heading': text('Application page heading above the chosen posts.'),
  'application.contact.heading': text('Application page heading above the contact links.'),
  'application.cvLink': text('Application page link to the CV.'),
  'callToAction.heading': text('Heading above the contact and CV buttons at the end of a case study or post.'),

  // Search
  'search.title': text('Title of the search page.'),
  'search.form.label': text('Label of the search box (also the page’s description).'),
  'search.form.button': text('Button that starts a search.'),
  'search.status.loading': text('Shown while a search runs.'),
  'search.status.noResults': text('Shown when a search finds nothing. {query}: what was searched for.'),
  'search.status.results': plural('Shown above the results of a search. {count}: the number of results; {query}: what was searched for.'),
  'search.needsJavaScript': text('Shown on the search page when the browser runs no JavaScript.'),

  // Page not found
  'notFound.title': text('Title of the “page not found” page (404), also on its social card.'),
  'notFound.text': text('Text of the “page not found” page.'),
  'notFound.homeLink': text('Link from the “page not found” page to the home page.'),
  // Links page (/links/), QR codes, privacy note, contact form (docs/reach.md)
  'footer.privacy': text('Footer link to the privacy note, on sites that count visits or have a contact form.'),
  'links.title': text(
    'Title of the links page (a “link in bio” page for Instagram or TikTok), after the person’s name, and on its social card.',
  ),
  'links.pages.label': text('Name of the list of big buttons on the links page, read by screen readers.'),
  'links.profiles.label': text(
    'Name of the row of buttons to the person’s profiles on other platforms, on the links page, read by screen readers.',
  ),
  'links.portfolio': text('Links page button to the home page of the portfolio.'),
  'links.caseStudy': text('Small line above the title of a case study on the links page.'),
  'links.latestPost': text('Small line above the title of the newest blog post on the links page.'),
  'links.cv': text('Links page button to the CV (résumé).'),
  'links.contact': text('Links page button to the contact form, or to write an email.'),
  'qr.alt': text('Description of a QR code image, read by screen readers. {address}: the web address the code opens.'),
  'qr.download': text('Link under a QR code that downloads it as an image file (SVG) to print on a CV, a slide or a badge.'),
  'privacy.title': text('Title of the privacy note page.'),
  'privacy.noCookies': text('First sentence of the privacy note: the site sets no cookies.'),
  'privacy.analytics': text(
    'Privacy note: how visits are counted. {service}: the name of the analytics service (GoatCounter, Plausible, Umami, Cloudflare Web Analytics).',
  ),
  'privacy.analytics.selfHosted': text(
    'Privacy note, after the analytics sentence, when the owner runs the counting service on their own server.',
  ),
  'privacy.analytics.policy': text('Privacy note: link to the analytics service’s own privacy policy. {service}: its name.'),
  'privacy.contactForm': text('Privacy note: what the contact form sends and to whom. {service}: the form service (Netlify, Formspree).'),
  'privacy.contactForm.policy': text('Privacy note: link to the form service’s own privacy policy. {service}: its name.'),
  'contact.title': text('Title of the contact page, with its form.'),
  'contact.intro': text('Sentence under the title of the contact page.'),
  'contact.name': text('Label of the name field of the contact form.'),
  'contact.email': text('Label of the email address field of the contact form.'),
  'contact.message': text('Label of the message field of the contact form.'),
  'contact.send': text('Button that sends the contact form.'),
  'contact.honeypot': text(
    'Label of a field hidden from people (bots fill it in and are ignored): tells anyone who sees it to leave it empty.',
  ),
  'contact.emailInstead': text('Line under the contact form offering email instead. {email}: the email address.'),
  'contact.sent.title': text('Title of the page shown after the contact form was sent.'),
  'contact.sent.text': text('Text of the page shown after the contact form was sent.'),
});

/** The contents of a language file, as the schema reads it. */
export type LanguageFileData = z.output<typeof LanguageFileSchema>;

/** Keys of the interface messages (every key but the language's name and direction). */
export type UiKey = Exclude<keyof LanguageFileData, 'language.name' | 'language.direction'>;
