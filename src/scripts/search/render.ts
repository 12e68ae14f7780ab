/** DOM rendering for the search page: filter options and result items. */
import { compareFilterValues, META_KEYS, type FilterId } from '../../lib/search/filters.ts';
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

/** Fills a filter fieldset with one checkbox per value found in the index. */
export function renderFilterOptions(
  fieldset: HTMLFieldSetElement,
  id: FilterId,
  values: readonly string[],
  selected: ReadonlySet<string>,
): void {
  const list = fieldset.querySelector<HTMLUListElement>('.search-filter-options')!;
  const param = fieldset.dataset.filterParam ?? id;
  const sorted = [...values].sort((a, b) => compareFilterValues(id, a, b));
  // The page prints the options at build time. When the index holds the same values, those boxes
  // stay (a keyboard user may be on one: replacing it would drop the focus); only their state is set.
  const printed = [...list.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
  if (printed.length > 0 && printed.length === sorted.length && printed.every((box, i) => box.value === sorted[i])) {
    for (const box of printed) box.checked = selected.has(box.value);
    return;
  }
  list.replaceChildren();
  sorted.forEach((value, index) => {
    const item = document.createElement('li');
    const label = document.createElement('label');
    const input = document.createElement('input');
    input.type = 'checkbox';
    input.name = param;
    input.value = value;
    input.id = `filter-${param}-${index}`;
    input.checked = selected.has(value);
    label.htmlFor = input.id;
    const text = document.createElement('span');
    text.textContent = value;
    label.append(input, text);
    item.append(label);
    list.append(item);
  });
  const pending = fieldset.querySelector<HTMLElement>('.search-filter-pending');
  if (pending) {
    pending.textContent = sorted.length === 0 ? '該当する選択肢はありません。' : '';
    pending.hidden = sorted.length > 0;
  }
}
