/**
 * The filter panel's behaviour on narrow screens (a disclosure under its button, so the results
 * come first) and the 組織 finder. On wide screens the panel is a side column and the button is
 * not shown (src/pages/search.astro); everything here then has nothing to do.
 */

import { foldForFinder, rankFinderItems } from '../../lib/search/org-finder.ts';
import { finderCountMessage, SEARCH_LABELS } from '../../lib/search/labels.ts';

/** Must match the side-column breakpoint of src/pages/search.astro. */
const WIDE = '(min-width: 56rem)';

export interface FilterPanel {
  /** Shows how many filter values are chosen, on the button that opens the panel. */
  setActiveCount(count: number): void;
  /** Opens each folded group that holds a chosen value, so a choice is never out of sight. */
  revealChosen(): void;
}

export function setUpFilterPanel(panel: HTMLElement, toggle: HTMLButtonElement, close: HTMLButtonElement, active: HTMLElement): FilterPanel {
  const setOpen = (open: boolean) => {
    panel.dataset.open = String(open);
    toggle.setAttribute('aria-expanded', String(open));
  };
  toggle.addEventListener('click', () => setOpen(toggle.getAttribute('aria-expanded') !== 'true'));
  // Closing from inside the panel returns focus to the button, where the reader opened it.
  const closeAndReturn = () => {
    setOpen(false);
    toggle.focus();
  };
  close.addEventListener('click', closeAndReturn);
  panel.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || window.matchMedia(WIDE).matches || panel.dataset.open !== 'true') return;
    // Escape in the 組織 finder first clears it (the browser's own behaviour for search fields).
    if (event.target instanceof HTMLInputElement && event.target.type === 'search' && event.target.value !== '') return;
    event.preventDefault();
    closeAndReturn();
  });
  completeOrganizationItems(panel);
  setUpOrganizationFinder(panel);
  return {
    setActiveCount(count) {
      // Shown as a number in a badge; read as 「（2件選択中）」 with the button's name.
      active.dataset.count = String(count);
      const badge = active.querySelector<HTMLElement>('.search-filters-badge');
      if (badge) badge.textContent = count > 0 ? String(count) : '';
      active.setAttribute('aria-hidden', String(count === 0));
    },
    revealChosen() {
      for (const details of panel.querySelectorAll<HTMLDetailsElement>('details')) {
        if (details.querySelector('input[type=checkbox]:checked')) details.open = true;
      }
    },
  };
}

/**
 * The grouped organisation list is printed short (src/pages/search.astro: a box and a name per
 * organisation, so the page stays small with hundreds of them); this gives each item what the
 * other filters' items are printed with: the box's id and form, and the count's box that
 * describes it. Runs before the state from the URL is shown, inside folded groups, so nothing moves.
 */
function completeOrganizationItems(panel: HTMLElement): void {
  panel.querySelectorAll<HTMLInputElement>('.search-org-group input[type=checkbox]').forEach((box, index) => {
    if (box.id) return;
    box.id = `filter-${box.name}-${index}`;
    box.setAttribute('form', 'search-form');
    box.setAttribute('aria-describedby', `${box.id}-count`);
    box.nextElementSibling?.classList.add('search-filter-value');
    const count = document.createElement('span');
    count.className = 'search-filter-count';
    count.id = `${box.id}-count`;
    box.closest('li')?.append(count);
  });
}

/**
 * Type-to-filter for long organisation lists: shows only organisations whose name contains the
 * text, best match first (src/lib/search/org-finder.ts), and only the groups that hold one, opened.
 * Chosen organisations stay visible whatever is typed, so a choice can always be seen and cleared.
 * A live region says how many remain. Clearing the text restores the list's own order.
 */
function setUpOrganizationFinder(panel: HTMLElement): void {
  const finder = panel.querySelector<HTMLInputElement>('#search-org-finder');
  const status = panel.querySelector<HTMLElement>('#search-org-finder-status');
  if (!finder) return;
  const groups = [...panel.querySelectorAll<HTMLDetailsElement>('.search-org-group')];
  const container = groups[0]?.parentElement;
  // The printed order, to restore when the text is cleared.
  const items = new Map(groups.map((group) => [group, [...group.querySelectorAll<HTMLLIElement>('li')]]));
  const wasOpen = new Map<HTMLDetailsElement, boolean>();
  finder.addEventListener('input', () => {
    const typed = finder.value;
    const text = foldForFinder(typed);
    const ranked: { group: HTMLDetailsElement; best: number; position: number }[] = [];
    let shown = 0;
    groups.forEach((group, position) => {
      if (!wasOpen.has(group)) wasOpen.set(group, group.open);
      const list = group.querySelector('ul')!;
      const lis = items.get(group)!;
      const municipality = group.dataset.municipality ?? '';
      const entries = lis.map((li) => ({ li, municipality, value: li.querySelector<HTMLInputElement>('input')!.value }));
      const matches = text === '' ? entries.map((item) => ({ item, score: 2 })) : rankFinderItems(entries, typed);
      const chosen = entries.filter((e) => e.li.querySelector<HTMLInputElement>('input')!.checked && !matches.some((m) => m.item === e));
      const visible = [...matches.map((m) => m.item), ...chosen];
      for (const li of lis) li.hidden = !visible.some((v) => v.li === li);
      // Best first while typing; the printed order otherwise.
      list.append(...(text === '' ? lis : [...visible.map((v) => v.li), ...lis.filter((li) => li.hidden)]));
      group.hidden = visible.length === 0;
      group.open = text === '' ? (wasOpen.get(group) ?? false) : visible.length > 0;
      if (text === '') wasOpen.delete(group);
      shown += matches.length;
      ranked.push({ group, best: matches[0]?.score ?? 3, position });
    });
    // The group holding the best match comes first.
    if (container) container.append(...ranked.sort((a, b) => (text === '' ? 0 : a.best - b.best) || a.position - b.position).map((r) => r.group));
    if (status) status.textContent = text === '' ? '' : shown > 0 ? finderCountMessage(shown) : SEARCH_LABELS.organizationFinderNone;
  });
}
