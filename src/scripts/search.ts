/**
 * The search page's only script: it loads pagefind (the static index built with the site) the
 * first time someone focuses the search box, then lists results as they type (a moment after the
 * last key, SEARCH_DELAY) or when they press Enter. Everything it needs comes from data
 * attributes, so it works under any base path and with no third-party request.
 */
/** What the search page hands the script, in the page's language. */
export interface SearchMessages {
  /** Shown while pagefind loads and searches. */
  loading: string;
  /** The status line for 0, 1, 2… results, each with {query} for the search; the last index is the most results shown. */
  statuses: string[];
}
/** How long typing must pause before the results follow, in milliseconds. */
const SEARCH_DELAY = 200;

interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Pagefind {
  options: (options: { baseUrl: string }) => Promise<void>;
  search: (term: string) => Promise<{ results: { data: () => Promise<PagefindResult> }[] }>;
}

const form = document.querySelector<HTMLFormElement>('form[data-search]');
if (form) {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = document.querySelector<HTMLElement>('[data-search-status]')!;
  const list = document.querySelector<HTMLElement>('[data-search-results]')!;
  const messages = JSON.parse(form.dataset.messages ?? '{}') as SearchMessages;
  const limit = messages.statuses.length - 1;
  let loaded: Promise<Pagefind> | undefined;

  const load = () =>
    (loaded ??= (import(/* @vite-ignore */ form.dataset.pagefind!) as Promise<Pagefind>).then(async (pagefind) => {
      await pagefind.options({ baseUrl: form.dataset.base ?? '/' });
      return pagefind;
    }));

  /** Pagefind's excerpt as nodes: its <mark> highlights kept, anything else reduced to text. */
  const excerptNodes = (excerpt: string) =>
    [...new DOMParser().parseFromString(excerpt, 'text/html').body.childNodes].map((node) => {
      if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    });

  const show = (result: PagefindResult) => {
    const item = document.createElement('li');
    const heading = document.createElement('h2');
    const link = document.createElement('a');
    link.href = result.url;
    link.textContent = result.meta.title ?? result.url;
    heading.append(link);
    const excerpt = document.createElement('p');
    excerpt.append(...excerptNodes(result.excerpt));
    item.append(heading, excerpt);
    return item;
  };

  // Each search is numbered; one that finishes after a newer one started shows nothing.
  let latest = 0;
  const run = async (query: string) => {
    const search = ++latest;
    const term = query.trim();
    if (!term) {
      list.replaceChildren();
      return void (status.textContent = '');
    }
    status.textContent = messages.loading;
    const pagefind = await load();
    const results = await Promise.all((await pagefind.search(term)).results.slice(0, limit).map((result) => result.data()));
    if (search !== latest) return;
    // A function, not a string, as the replacement: "$&" in a query stays "$&".
    status.textContent = messages.statuses[results.length]!.replaceAll('{query}', () => term);
    list.replaceChildren(...results.map(show));
  };
  let pending: ReturnType<typeof setTimeout> | undefined;
  /** Searches for what the box holds, and keeps it in the address so the results can be shared. */
  const searchInput = () => {
    clearTimeout(pending);
    history.replaceState(null, '', input.value.trim() ? `?q=${encodeURIComponent(input.value)}` : location.pathname);
    void run(input.value);
  };

  form.dataset.ready = 'true';
  input.addEventListener('focus', () => void load(), { once: true });
  input.addEventListener('input', () => {
    clearTimeout(pending);
    pending = setTimeout(searchInput, SEARCH_DELAY);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    searchInput();
  });
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    void run(initial);
  }
}
