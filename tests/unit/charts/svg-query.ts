/**
 * Reading chart SVG strings in tests: elements with their attributes, and text labels with
 * their positions. The charts are flat, generated markup, so attribute matching is enough.
 */
export type Attributes = Record<string, string>;

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

function attributes(source: string): Attributes {
  const result: Attributes = {};
  for (const match of source.matchAll(/([\w:-]+)="([^"]*)"/g)) result[match[1]!] = match[2]!;
  return result;
}

/** Every <tag …> element's attributes, in document order. */
export function elements(svg: string, tag: string): Attributes[] {
  return [...svg.matchAll(new RegExp(`<${tag}\\b([^>]*?)/?>`, 'g'))].map((m) => attributes(m[1]!));
}

/** Elements of a given class (on the element itself or on the <g> that wraps it). */
export function groupChildren(svg: string, className: string, tag: string): Attributes[] {
  const group = new RegExp(`<g class="${className}"[^>]*>(.*?)</g>`, 's').exec(svg);
  return group ? elements(group[1]!, tag) : [];
}

export interface Label {
  x: number;
  y: number;
  anchor: string;
  text: string;
}

/** Every <text> label with its position and unescaped content. */
export function labels(svg: string): Label[] {
  return [...svg.matchAll(/<text\b([^>]*)>([^<]*)<\/text>/g)].map((m) => {
    const attrs = attributes(m[1]!);
    return { x: Number(attrs.x), y: Number(attrs.y), anchor: attrs['text-anchor'] ?? 'start', text: m[2]!.replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]!) };
  });
}

/** The d attribute of the path with the given class. */
export function pathData(svg: string, className: string): string | undefined {
  return elements(svg, 'path').find((p) => p.class === className)?.d;
}
