/**
 * Markdown for text fields of content files, rendered with markdown-it.
 * Raw HTML is off (content cannot inject markup: tags are shown as text), only http(s)/mailto
 * and relative links are allowed, external links get rel="noopener noreferrer", and 〔判読不能〕 markers are
 * shown as marked, explained spans. A reading note written right after the words it concerns,
 * 〔読み: 文書の表記は「災書用」〕, is shown as such, so readers see where a reading was judged.
 */
import MarkdownIt from 'markdown-it';
import { LABELS } from './labels.ts';
import { readingNotesUrl } from './urls.ts';

/** Schemes a link or image may use; anything else with a scheme (javascript:, data:, vbscript:, file: …) is dropped. */
const SAFE_SCHEME = /^(?:https?|mailto):/i;
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const EXTERNAL = /^(?:https?:)?\/\//i;

const md = new MarkdownIt({ html: false, linkify: false, typographer: false, breaks: false });

/**
 * markdown-it calls this with the destination after entity decoding and percent-encoding
 * (so `&#106;avascript:` arrives as `javascript:`, and spaces or control characters that could
 * hide a scheme arrive as %20/%09, which no browser reads as a scheme). A rejected link is
 * rendered as its plain text.
 */
export function isSafeUrl(url: string): boolean {
  const trimmed = url.trim();
  return SAFE_SCHEME.test(trimmed) || !HAS_SCHEME.test(trimmed);
}
md.validateLink = isSafeUrl;

md.renderer.rules.link_open = (tokens, idx, options, _env, self) => {
  const token = tokens[idx]!;
  const href = String(token.attrGet('href') ?? '');
  if (EXTERNAL.test(href)) token.attrSet('rel', 'noopener noreferrer');
  return self.renderToken(tokens, idx, options);
};

const ILLEGIBLE = /〔判読不能〕/g;
// A link, not a title= tooltip: a tooltip cannot be opened by touch or (reliably) by keyboard.
// A function: the URL is under the site's path, read when rendering.
const illegibleHtml = () => `<a class="illegible" href="${readingNotesUrl()}" aria-label="${LABELS.illegibleLinkLabel}">〔${LABELS.illegible}〕</a>`;
// Inside a link already (link text in Markdown), the marker stays text: links cannot nest.
const illegibleText = `<span class="illegible">〔${LABELS.illegible}〕</span>`;
const LINKS = /(<a\b[^>]*>[\s\S]*?<\/a>)/;
// Matched in the rendered HTML, whose text markdown-it has already escaped.
const READING = new RegExp(`〔${LABELS.reading}[:：]\\s*([^〔〕<>]+)〕`, 'g');
const readingHtml = (_match: string, note: string) => `<span class="reading-note">〔${LABELS.reading}: ${note}〕</span>`;

const markMarkers = (html: string): string =>
  html
    .split(LINKS)
    .map((part, i) => part.replace(ILLEGIBLE, i % 2 === 1 ? illegibleText : illegibleHtml()))
    .join('')
    .replace(READING, readingHtml);

/** Renders block Markdown (paragraphs, lists) to HTML. */
export function renderMarkdown(source: string): string {
  return markMarkers(md.render(source));
}

/** Renders one line of Markdown without a wrapping <p>, for table cells and titles. */
export function renderInlineMarkdown(source: string): string {
  return markMarkers(md.renderInline(source));
}

/**
 * Plain text of a Markdown field, for summaries, meta descriptions and search excerpts.
 * Uses markdown-it's own parse, so link targets (even with parentheses) never leak into the text.
 */
export function markdownToPlainText(source: string): string {
  const parts: string[] = [];
  for (const block of md.parse(source, {})) {
    if (block.type !== 'inline') continue;
    for (const token of block.children ?? []) {
      if (token.type === 'text' || token.type === 'code_inline' || token.type === 'image') parts.push(token.content);
      else if (token.type === 'softbreak' || token.type === 'hardbreak') parts.push(' ');
    }
    parts.push(' ');
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}
