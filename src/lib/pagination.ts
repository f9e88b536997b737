/** One page of a paginated list. */
export interface ListPage<Item> {
  /** 1-based page number. */
  number: number;
  /** Number of pages in the list (at least 1). */
  total: number;
  /** Items on this page. */
  items: Item[];
}

/** Splits items into pages of `perPage`; an empty list still has one (empty) page. */
export function paginate<Item>(items: readonly Item[], perPage: number): ListPage<Item>[] {
  const total = Math.max(1, Math.ceil(items.length / perPage));
  return Array.from({ length: total }, (_, index) => ({
    number: index + 1,
    total,
    items: items.slice(index * perPage, (index + 1) * perPage),
  }));
}

/** Links to the newer and older pages of a list, where they exist. */
export function pagerLinks(
  page: Pick<ListPage<unknown>, 'number' | 'total'>,
  pathOfPage: (pageNumber: number) => string,
): { newer?: string; older?: string } {
  return {
    newer: page.number > 1 ? pathOfPage(page.number - 1) : undefined,
    older: page.number < page.total ? pathOfPage(page.number + 1) : undefined,
  };
}

/** A list's title: the heading on page 1, "heading — page N of M" after (`pageOf` words "page N of M"). */
export function listPageTitle(
  heading: string,
  page: Pick<ListPage<unknown>, 'number' | 'total'>,
  pageOf: (page: number, pages: number) => string,
): string {
  return page.number > 1 ? `${heading} — ${pageOf(page.number, page.total)}` : heading;
}

/** The rest parameter of a paged route (`blog/[...page]`): none for page 1, "page/N" after. */
export function pageRouteParam(pageNumber: number): string | undefined {
  return pageNumber <= 1 ? undefined : `page/${pageNumber}`;
}
