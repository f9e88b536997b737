import type { PublishedScreenshot } from '../../integrations/screenshots/publish.ts';

/** What a page needs to show a published screenshot: sizes, `<source>` srcsets, the fallback and the largest file. */
export interface ScreenshotView {
  alt: string;
  caption?: string;
  /** The heading of the case study's text this screenshot is shown beside. */
  section?: string;
  width: number;
  height: number;
  sources: { type: string; srcset: string }[];
  src: string;
  largest: string;
}

/** The view of a published screenshot; `fileUrl` turns a published file name into its URL. */
export function screenshotView(
  published: PublishedScreenshot,
  text: { alt: string; caption?: string; section?: string },
  fileUrl: (name: string) => string,
): ScreenshotView {
  const sources = published.sources.map(({ type, files }) => ({
    type,
    srcset: files.map(({ name, width }) => `${fileUrl(name)} ${width}w`).join(', '),
  }));
  // The last format (WebP) is the <img> fallback: every browser that shows <picture> reads it.
  const fallbackFiles = published.sources.at(-1)!.files;
  const middle = fallbackFiles[Math.min(1, fallbackFiles.length - 1)]!;
  return {
    ...text,
    width: published.width,
    height: published.height,
    sources,
    src: fileUrl(middle.name),
    largest: fileUrl(fallbackFiles.at(-1)!.name),
  };
}
