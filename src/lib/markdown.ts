/**
 * Markdown for text fields of content files, rendered with markdown-it.
 * Raw HTML is off (content cannot inject markup), only http(s)/mailto and relative links
 * are allowed, external links get rel="noopener noreferrer", and 〔判読不能〕 markers are
 * shown as marked, explained spans.
 */
import MarkdownIt from 'markdown-it';
import { LABELS } from './labels.ts';

const SAFE_LINK = /^(https?:|mailto:|\/|\.{1,2}\/|#)/i;

const md = new MarkdownIt({ html: false, linkify: false, typographer: false, breaks: false });

md.validateLink = (url: string): boolean => SAFE_LINK.test(url.trim()) || !/^[a-z][a-z0-9+.-]*:/i.test(url.trim());

md.renderer.rules.link_open = (tokens, idx, options, _env, self) => {
  const token = tokens[idx]!;
  const href = token.attrGet('href') ?? '';
  if (/^https?:/i.test(href)) token.attrSet('rel', 'noopener noreferrer');
  return self.renderToken(tokens, idx, options);
};

const ILLEGIBLE = /〔判読不能〕/g;
const illegibleHtml = `<span class="illegible" title="${LABELS.illegibleNote}">〔${LABELS.illegible}〕</span>`;

/** Renders block Markdown (paragraphs, lists) to HTML. */
export function renderMarkdown(source: string): string {
  return md.render(source).replace(ILLEGIBLE, illegibleHtml);
}

/** Renders one line of Markdown without a wrapping <p>, for table cells and titles. */
export function renderInlineMarkdown(source: string): string {
  return md.renderInline(source).replace(ILLEGIBLE, illegibleHtml);
}

/** Plain text of a Markdown field, for summaries, meta descriptions and search excerpts. */
export function markdownToPlainText(source: string): string {
  return source
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s*(?:[-*+]|\d+\.)\s+/gm, '')
    .replace(/[*_`#>]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
