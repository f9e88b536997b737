/**
 * Where a built site's CV pages are, read from the built default-language CV page itself
 * (dist/cv/index.html): its canonical address gives the base path the build used, and its
 * hreflang alternates give the CV page of every language. `npm run cv:pdf` prints those pages,
 * so it needs neither the content folder nor BASE_PATH again.
 */
import { fromHtml } from 'hast-util-from-html';
import type { Element, Nodes } from 'hast';

/** One language's CV page in a build. */
export interface BuiltCvPage {
  /** Its language code, from hreflang (or <html lang> on a site with one language). */
  language: string;
  /** Its path on the site, base path included: /portfolio/hi/cv/. */
  path: string;
  /** Where its PDF goes on the site: /portfolio/hi/cv.pdf. */
  pdfPath: string;
}

/** The base path and the CV pages of a build, or why they cannot be read. */
export type BuiltCv = { basePath: string; pages: BuiltCvPage[]; problem?: undefined } | { problem: string };

function linksOf(node: Nodes): Element[] {
  if (node.type === 'element' && node.tagName === 'link') return [node];
  return 'children' in node ? node.children.flatMap((child) => linksOf(child as Nodes)) : [];
}

const CV_PATH = /cv\/$/;

/** Reads the base path and every language's CV page from the HTML of the default-language CV page. */
export function builtCvOf(html: string): BuiltCv {
  const tree = fromHtml(html);
  const links = linksOf(tree);
  const relations = (link: Element) => [link.properties.rel ?? []].flat().map(String);
  const canonical = links.find((link) => relations(link).includes('canonical'))?.properties.href;
  if (typeof canonical !== 'string' || !CV_PATH.test(new URL(canonical, 'http://localhost').pathname)) {
    return { problem: 'has no canonical link to a CV page, so it was not built by this version of Commfolio' };
  }
  const basePath = new URL(canonical, 'http://localhost').pathname.replace(CV_PATH, '');
  const page = (language: string, href: string): BuiltCvPage => {
    const path = new URL(href, 'http://localhost').pathname;
    return { language, path, pdfPath: path.replace(CV_PATH, 'cv.pdf') };
  };
  const alternates = links
    .filter(
      (link) =>
        relations(link).includes('alternate') &&
        typeof link.properties.hrefLang === 'string' &&
        link.properties.hrefLang !== 'x-default' &&
        !link.properties.type,
    )
    .map((link) => page(String(link.properties.hrefLang), String(link.properties.href)));
  const root = tree.children.find((node): node is Element => node.type === 'element' && node.tagName === 'html');
  return { basePath, pages: alternates.length > 0 ? alternates : [page(String(root?.properties.lang ?? ''), canonical)] };
}
