/** DOM rendering for the search page: result items and the filters' state. */
import { META_KEYS } from '../../lib/search/filters.ts';
import { filterCountLabel } from '../../lib/search/labels.ts';
import type { PagefindResultData } from './pagefind-api.ts';

/**
 * Rebuilds an excerpt keeping only text and <mark>. Pagefind already escapes excerpts, but
 * rebuilding them means no markup from a page can ever reach the search page.
 */
export function excerptFragment(html: string): DocumentFragment {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const fragment = document.createDocumentFragment();
  for (const node of Array.from(parsed.body.childNodes)) {
    if (node.nodeType === Node.ELEMENT_NODE && (node as Element).tagName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      fragment.append(mark);
    } else {
      fragment.append(document.createTextNode(node.textContent ?? ''));
    }
  }
  return fragment;
}

/** One result: linked title (h3), organisation / document type / year, excerpt with <mark>. */
export function resultItem(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h3');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta[META_KEYS.title] ?? data.url;
  heading.append(link);

  const meta = document.createElement('p');
  meta.className = 'search-result-meta';
  meta.textContent = [data.meta[META_KEYS.organization], data.meta[META_KEYS.documentType], data.meta[META_KEYS.fiscalYear]]
    .filter((part): part is string => Boolean(part))
    .join('／');

  const excerpt = document.createElement('p');
  excerpt.className = 'search-result-excerpt';
  excerpt.append(excerptFragment(data.excerpt));

  item.append(heading, meta, excerpt);
  return item;
}

/**
 * Shows the chosen values and the result counts of one filter group. The options themselves are
 * printed at build time (src/pages/search.astro), so nothing is added or removed here and the page
 * never moves: a value without results is disabled (and says 0件), not hidden. A chosen value is
 * never disabled, so it can always be cleared. `counts` undefined: not known yet, every value usable.
 */
export function showFilterState(fieldset: HTMLElement, selected: ReadonlySet<string>, counts: Readonly<Record<string, number>> | undefined): void {
  for (const box of fieldset.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
    box.checked = selected.has(box.value);
    const count = counts ? (counts[box.value] ?? 0) : undefined;
    const item = box.closest('li');
    const text = item?.querySelector<HTMLElement>('.search-filter-count');
    if (text) text.textContent = count === undefined ? '' : filterCountLabel(count);
    const empty = count === 0 && !box.checked;
    box.disabled = empty;
    item?.classList.toggle('is-empty', empty);
  }
}
