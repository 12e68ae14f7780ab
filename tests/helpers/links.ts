/**
 * Link checking for a built site: every internal href/src/srcset/action must resolve to a file in
 * the site, every #fragment to an id in the target page, and absolute http(s) URLs may only be
 * plain citations (<a href>, or <link> relations that are not fetched), never assets.
 * HTML is parsed with html-validate's parser (already a dependency) rather than with regular expressions.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate, Parser, StaticConfigLoader, type HtmlElement } from 'html-validate';
import { listPages, type BuiltPage } from './pages.ts';

export interface LinkProblem {
  /** Page URL the link is on */
  page: string;
  line: number;
  column: number;
  element: string;
  attribute: string;
  value: string;
  reason: string;
}

export interface Reference {
  element: string;
  attribute: string;
  value: string;
  line: number;
  column: number;
  /** rel attribute of the element, when present */
  rel?: string;
}

/** <link rel> values that name a related document instead of fetching a resource. */
const CITATION_LINK_RELS = new Set(['canonical', 'alternate', 'license', 'author', 'help', 'me', 'prev', 'next']);

const parserPromise = (async () => {
  // A minimal config: only the parser is used here, no rules.
  const htmlvalidate = new HtmlValidate(new StaticConfigLoader({ root: true, extends: [] }));
  return new Parser(await htmlvalidate.getConfigFor('page.html'));
})();

export async function parseHtml(source: string, filename: string): Promise<HtmlElement> {
  const parser = await parserPromise;
  return parser.parseHtml({ data: source, filename, line: 1, column: 1, offset: 0 });
}

/** Candidate URLs of a srcset: "a.png 1x, b.png 2x" → ["a.png", "b.png"]. */
export function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(/,\s+|,$/)
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter((url) => url.length > 0);
}

/** Every URL-bearing attribute in a parsed page. */
export function collectReferences(root: HtmlElement): Reference[] {
  const references: Reference[] = [];
  for (const element of root.querySelectorAll('[href], [src], [srcset], form[action], [poster]')) {
    for (const attribute of ['href', 'src', 'srcset', 'action', 'poster']) {
      const attr = element.getAttribute(attribute);
      if (!attr || typeof attr.value !== 'string') continue;
      const values = attribute === 'srcset' ? srcsetUrls(attr.value) : [attr.value.trim()];
      for (const value of values) {
        references.push({
          element: element.tagName,
          attribute,
          value,
          line: attr.location.line,
          column: attr.location.column,
          ...relOf(element),
        });
      }
    }
  }
  return references;
}

function relOf(element: HtmlElement): { rel?: string } {
  const rel = element.getAttributeValue('rel');
  return typeof rel === 'string' ? { rel } : {};
}

/** Finds the built file a site-relative pathname is served from, as a static host would. */
export function resolveToFile(siteDir: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const candidate = path.join(siteDir, decoded.endsWith('/') ? `${decoded}index.html` : decoded);
  if (!candidate.startsWith(path.resolve(siteDir))) return null;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return null;
}

export interface CheckOptions {
  /** The site's public origin (e.g. https://kohyo.example.jp): absolute links to it are checked as internal. */
  siteOrigin?: string;
}

/** Checks every page of a built site; returns all problems (empty when every link resolves). */
export async function checkSiteLinks(siteDir: string, options: CheckOptions = {}): Promise<LinkProblem[]> {
  const root = path.resolve(siteDir);
  const pages = listPages(root);
  const idsCache = new Map<string, Set<string>>();
  const parsed = new Map<string, HtmlElement>();

  const parsePage = async (file: string): Promise<HtmlElement> => {
    const cached = parsed.get(file);
    if (cached) return cached;
    const tree = await parseHtml(readFileSync(file, 'utf8'), file);
    parsed.set(file, tree);
    return tree;
  };
  const idsOf = async (file: string): Promise<Set<string>> => {
    const cached = idsCache.get(file);
    if (cached) return cached;
    const tree = await parsePage(file);
    const ids = new Set(tree.querySelectorAll('[id]').map((element) => element.id ?? ''));
    idsCache.set(file, ids);
    return ids;
  };

  const problems: LinkProblem[] = [];
  for (const page of pages) {
    const tree = await parsePage(page.file);
    for (const reference of collectReferences(tree)) {
      const reason = await checkReference(root, page, reference, idsOf, options);
      if (reason) {
        const { element, attribute, value, line, column } = reference;
        problems.push({ page: page.url, element, attribute, value, line, column, reason });
      }
    }
  }
  return problems;
}

async function checkReference(
  root: string,
  page: BuiltPage,
  reference: Reference,
  idsOf: (file: string) => Promise<Set<string>>,
  options: CheckOptions,
): Promise<string | null> {
  const { value, element, attribute } = reference;
  if (value === '') return 'empty URL';
  if (/^(mailto|tel):/i.test(value)) return element === 'a' ? null : `${value.split(':')[0]}: URL on <${element}>`;
  if (/^data:/i.test(value)) return attribute === 'href' ? 'data: URL used as a link' : null;
  if (/^javascript:/i.test(value)) return 'javascript: URL';

  const pageUrl = new URL(page.url, 'http://site.invalid');
  let url: URL;
  try {
    url = new URL(value, pageUrl);
  } catch {
    return 'not a valid URL';
  }

  const isSiteOrigin = options.siteOrigin !== undefined && url.origin === new URL(options.siteOrigin).origin;
  if (url.origin !== pageUrl.origin && !isSiteOrigin) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return `unsupported scheme ${url.protocol}`;
    if (element === 'a' && attribute === 'href') return null;
    const rels = (reference.rel ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    if (element === 'link' && rels.length > 0 && rels.every((rel) => CITATION_LINK_RELS.has(rel))) return null;
    return `external ${attribute} on <${element}>: assets must be served from the site itself`;
  }

  const target = resolveToFile(root, url.pathname);
  if (target === null) return `no file for ${url.pathname}`;
  if (url.hash.length > 1) {
    let fragment: string;
    try {
      fragment = decodeURIComponent(url.hash.slice(1));
    } catch {
      return `malformed fragment ${url.hash}`;
    }
    if (!target.endsWith('.html')) return null;
    const ids = await idsOf(target);
    if (!ids.has(fragment)) return `no element with id="${fragment}" in ${url.pathname}`;
  }
  return null;
}
