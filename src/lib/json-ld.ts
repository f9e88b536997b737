/**
 * Schema.org structured data for search engines and link previews, and its safe serialisation.
 * Builders are pure: they take plain values (absolute URLs, dates) and return JSON-LD objects.
 */

/** JSON for a `<script type="application/ld+json">`: `<`, `>` and `&` are escaped so that text
 * from content ("</script><script>…") can never end the element; U+2028/U+2029 likewise. */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The person the portfolio is about. */
export interface PersonFacts {
  name: string;
  headline: string;
  url: string;
  image?: string;
  email?: string;
  location?: string;
  /** What the person is looking for ("Open to community roles from March 2027"), from the profile. */
  availability?: string;
  sameAs: string[];
  languages: string[];
  skills: string[];
}

/** A schema.org Person, with sameAs from the profile links. */
export function personJsonLd(person: PersonFacts) {
  return {
    '@type': 'Person',
    '@id': `${person.url}#person`,
    name: person.name,
    jobTitle: person.headline,
    url: person.url,
    ...(person.image && { image: person.image }),
    ...(person.email && { email: `mailto:${person.email}` }),
    ...(person.location && { homeLocation: { '@type': 'Place', name: person.location } }),
    // schema.org has no "open to work" flag; a Person seeks a Demand, whose description is the person's own line.
    ...(person.availability && { seeks: { '@type': 'Demand', description: person.availability } }),
    ...(person.sameAs.length > 0 && { sameAs: person.sameAs }),
    ...(person.languages.length > 0 && { knowsLanguage: person.languages }),
    ...(person.skills.length > 0 && { knowsAbout: person.skills }),
  };
}

/** A ProfilePage (home, about, CV) whose main entity is the person. */
export function profilePageJsonLd(page: { url: string; name: string; language: string }, person: PersonFacts) {
  return {
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    url: page.url,
    name: page.name,
    inLanguage: page.language,
    mainEntity: personJsonLd(person),
  };
}

/** What a BlogPosting or Article needs. */
export interface ArticleFacts {
  kind: 'BlogPosting' | 'Article';
  url: string;
  headline: string;
  description: string;
  published: Date;
  modified?: Date;
  language: string;
  image: string;
  keywords: readonly string[];
  author: { name: string; url: string };
}

/** A BlogPosting (posts) or Article (case studies) by the site's owner. */
export function articleJsonLd(article: ArticleFacts) {
  return {
    '@context': 'https://schema.org',
    '@type': article.kind,
    '@id': article.url,
    url: article.url,
    mainEntityOfPage: article.url,
    headline: article.headline,
    description: article.description,
    datePublished: article.published.toISOString(),
    dateModified: (article.modified ?? article.published).toISOString(),
    inLanguage: article.language,
    image: article.image,
    ...(article.keywords.length > 0 && { keywords: article.keywords.join(', ') }),
    author: { '@type': 'Person', '@id': `${article.author.url}#person`, name: article.author.name, url: article.author.url },
  };
}

/** A BreadcrumbList from the home page down to the current page. */
export function breadcrumbJsonLd(trail: readonly { name: string; url: string }[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({ '@type': 'ListItem', position: index + 1, name: crumb.name, item: crumb.url })),
  };
}
