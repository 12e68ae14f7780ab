// Figure pages: fills in 閲覧日 (today, Japan time) and adds a button that copies the citation.
// Progressive enhancement only: without it the citation is plain text to select, with a
// blank for the date. Report pages do not load this file.
const citation = document.querySelector('[data-citation]');
if (citation) {
  const today = new Intl.DateTimeFormat('ja-JP', { timeZone: 'Asia/Tokyo', year: 'numeric', month: 'long', day: 'numeric' }).format(new Date());
  for (const blank of document.querySelectorAll('[data-accessed]')) blank.textContent = today;
  const status = document.querySelector('[data-citation-status]');
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'citation-copy';
  button.textContent = citation.dataset.copyLabel ?? 'Copy';
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(citation.textContent.trim());
      if (status) status.textContent = citation.dataset.copiedLabel ?? '';
    } catch {
      if (status) status.textContent = citation.dataset.copyFailedLabel ?? '';
    }
  });
  citation.after(button);
}
