/**
 * The filter panel's behaviour on narrow screens (a disclosure under its button, so the results
 * come first) and the 組織 finder. On wide screens the panel is a side column and the button is
 * not shown (src/pages/search.astro); everything here then has nothing to do.
 */

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

const fold = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');

/**
 * Type-to-filter for long organisation lists: shows only organisations whose name contains the
 * text (NFKC, so 半角 and 全角 match), opening the groups that hold them. Chosen organisations stay
 * visible whatever is typed, so a choice can always be seen and cleared.
 */
function setUpOrganizationFinder(panel: HTMLElement): void {
  const finder = panel.querySelector<HTMLInputElement>('#search-org-finder');
  const none = panel.querySelector<HTMLElement>('#search-org-finder-none');
  if (!finder) return;
  const groups = [...panel.querySelectorAll<HTMLDetailsElement>('.search-org-group')];
  const wasOpen = new Map<HTMLDetailsElement, boolean>();
  finder.addEventListener('input', () => {
    const text = fold(finder.value);
    let shown = 0;
    for (const group of groups) {
      if (!wasOpen.has(group)) wasOpen.set(group, group.open);
      let inGroup = 0;
      for (const item of group.querySelectorAll<HTMLLIElement>('li')) {
        const box = item.querySelector<HTMLInputElement>('input')!;
        const match = text === '' || box.checked || fold(box.value).includes(text);
        item.hidden = !match;
        if (match) inGroup += 1;
      }
      group.hidden = inGroup === 0;
      group.open = text === '' ? (wasOpen.get(group) ?? false) : inGroup > 0;
      if (text === '') wasOpen.delete(group);
      shown += inGroup;
    }
    if (none) none.hidden = shown > 0;
  });
}
