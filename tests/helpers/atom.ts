/**
 * Checks an Atom 1.0 document (RFC 4287) the way a feed reader depends on it: well-formed XML
 * (parsed with @xmldom/xmldom, every error fatal), only characters XML 1.0 allows, the Atom
 * namespace, and the elements the RFC requires of a feed and of each entry, with absolute IRIs
 * and RFC 3339 dates. Returns the problems found, and the entries for further assertions.
 */
import { DOMParser, type Element } from '@xmldom/xmldom';

const ATOM = 'http://www.w3.org/2005/Atom';
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

export interface AtomEntry {
  title: string;
  id: string;
  link: string;
  updated: string;
  published?: string;
  content?: string;
}

export interface AtomCheck {
  problems: string[];
  title: string;
  updated: string;
  entries: AtomEntry[];
}

const children = (parent: Element, name: string): Element[] =>
  Array.from(parent.childNodes).filter((n): n is Element => n.nodeType === 1 && (n as Element).localName === name && (n as Element).namespaceURI === ATOM);

function isAbsolute(iri: string): boolean {
  try {
    return new URL(iri).protocol.startsWith('http');
  } catch {
    return false;
  }
}

export function checkAtom(xml: string): AtomCheck {
  const problems: string[] = [];
  if (NOT_XML.test(xml)) problems.push('characters XML 1.0 does not allow');
  if (!xml.startsWith('<?xml version="1.0" encoding="utf-8"?>')) problems.push('no XML declaration with encoding');
  let root: Element;
  try {
    const parser = new DOMParser({
      onError: (level, message) => {
        throw new Error(`${level}: ${message}`);
      },
    });
    root = parser.parseFromString(xml, 'application/xml').documentElement as Element;
  } catch (error) {
    return { problems: [...problems, `not well-formed XML: ${(error as Error).message}`], title: '', updated: '', entries: [] };
  }
  if (root.localName !== 'feed' || root.namespaceURI !== ATOM) problems.push(`root is {${root.namespaceURI}}${root.localName}, not Atom feed`);
  const one = (parent: Element, name: string, where: string): string => {
    const found = children(parent, name);
    if (found.length !== 1) problems.push(`${where}: ${found.length} <${name}> (exactly one required)`);
    return found[0]?.textContent ?? '';
  };
  const title = one(root, 'title', 'feed');
  const id = one(root, 'id', 'feed');
  const updated = one(root, 'updated', 'feed');
  if (!isAbsolute(id)) problems.push(`feed id is not an absolute IRI: ${id}`);
  if (!RFC3339.test(updated)) problems.push(`feed updated is not RFC 3339: ${updated}`);
  const self = children(root, 'link').find((l) => l.getAttribute('rel') === 'self');
  if (!self || !isAbsolute(self.getAttribute('href') ?? '')) problems.push('feed has no absolute rel="self" link');
  const feedAuthors = children(root, 'author');
  const entries: AtomEntry[] = children(root, 'entry').map((entry, index) => {
    const where = `entry ${index + 1}`;
    const entryTitle = one(entry, 'title', where);
    const entryId = one(entry, 'id', where);
    const entryUpdated = one(entry, 'updated', where);
    if (!isAbsolute(entryId)) problems.push(`${where}: id is not an absolute IRI: ${entryId}`);
    if (!RFC3339.test(entryUpdated)) problems.push(`${where}: updated is not RFC 3339: ${entryUpdated}`);
    const alternate = children(entry, 'link').find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate');
    const link = alternate?.getAttribute('href') ?? '';
    const content = children(entry, 'content')[0];
    if (!alternate && !content) problems.push(`${where}: neither content nor an alternate link`);
    if (alternate && !isAbsolute(link)) problems.push(`${where}: link is not absolute: ${link}`);
    if (feedAuthors.length === 0 && children(entry, 'author').length === 0) problems.push(`${where}: no author (and the feed has none)`);
    const published = children(entry, 'published')[0]?.textContent ?? undefined;
    if (published !== undefined && !RFC3339.test(published)) problems.push(`${where}: published is not RFC 3339`);
    return { title: entryTitle, id: entryId, link, updated: entryUpdated, ...(published ? { published } : {}), ...(content ? { content: content.textContent ?? '' } : {}) };
  });
  const ids = entries.map((e) => e.id);
  if (new Set(ids).size !== ids.length) problems.push('entry ids are not unique');
  return { problems, title, updated, entries };
}
