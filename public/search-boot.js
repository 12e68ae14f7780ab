// The search page, opened with a search (e.g. from the header's search box: /search/?q=…): starts
// fetching the newest year's Pagefind module while the page's own, larger script is still loading,
// so the first results do not wait for one after the other (on a slow connection, 150 ms round trip
// and 1.6 Mbit/s, about 0.3 s sooner: scripts/bench/README.md). Opened without one, nothing is
// fetched: Pagefind is loaded at first use only. The page's script imports the same URL.
const form = document.getElementById('search-form');
const newest = form?.dataset.searchIndexes?.split(' ').find(Boolean);
if (newest && window.location.search.length > 1) {
  const link = document.createElement('link');
  link.rel = 'modulepreload';
  link.href = new URL(`${newest}pagefind.js`, window.location.href).href;
  document.head.append(link);
}
