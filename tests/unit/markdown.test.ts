/**
 * Markdown from content files cannot inject markup or script: raw HTML is shown as text,
 * dangerous URL schemes are dropped (also when hidden by entities, case or whitespace),
 * and external links get rel="noopener noreferrer".
 */
import { describe, expect, it } from 'vitest';
import { isSafeUrl, markdownToPlainText, renderInlineMarkdown, renderMarkdown } from '../../src/lib/markdown.ts';

/** Every href/src the renderer produced. */
function urls(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]!);
}

describe('raw HTML is off', () => {
  it.each([
    '<script>window.__pwned = 1</script>',
    '<img src=x onerror="window.__pwned = 1">',
    '<svg onload="alert(1)"><circle r="1"/></svg>',
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    '<a href="javascript:alert(1)">x</a>',
    '<style>body{display:none}</style>',
    '<!-- comment --><div onclick="alert(1)">x</div>',
  ])('renders %s as text', (payload) => {
    for (const html of [renderMarkdown(payload), renderInlineMarkdown(payload)]) {
      expect(html).not.toMatch(/<(script|img|svg|iframe|a|style|div)\b/i);
      expect(html).toContain('&lt;');
    }
  });
});

describe('dangerous links are neutralised', () => {
  it.each([
    '[x](javascript:alert(1))',
    '[x](JaVaScRiPt:alert(1))',
    '[x]( javascript:alert(1))',
    '[x](<javascript:alert(1)>)',
    '[x](&#106;avascript:alert(1))',
    '[x](&#x6A;&#x61;vascript&colon;alert(1))',
    '[x](javascript&#58;alert(1))',
    '[x](vbscript:msgbox(1))',
    '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
    '[x](file:///etc/passwd)',
    '![x](javascript:alert(1))',
    '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)',
    '<javascript:alert(1)>',
    '[x][ref]\n\n[ref]: javascript:alert(1)',
  ])('%s', (source) => {
    const html = renderMarkdown(source);
    for (const url of urls(html)) {
      // Whatever is left must not be read as a scheme by a browser, which strips
      // leading spaces/controls and tabs/newlines before parsing.
      const asBrowserReadsIt = url.replace(/&amp;/g, '&').replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '');
      expect(asBrowserReadsIt).not.toMatch(/^(javascript|vbscript|data|file):/i);
    }
  });

  it('keeps a hidden scheme split by whitespace or control characters percent-encoded', () => {
    for (const source of ['[x](<java script:alert(1)>)', '[x](java&#9;script:alert(1))', '[x](<java\nscript:alert(1)>)']) {
      for (const url of urls(renderMarkdown(source))) expect(url).toMatch(/%/);
    }
  });

  it('keeps ordinary links working', () => {
    expect(urls(renderMarkdown('[市のサイト](https://www.city.osaka.lg.jp/ictsenryakushitsu/)'))).toEqual(['https://www.city.osaka.lg.jp/ictsenryakushitsu/']);
    expect(urls(renderMarkdown('[凡例](/about/ratings/) [問い合わせ](mailto:ict@example.jp) [上へ](#top)'))).toEqual(['/about/ratings/', 'mailto:ict@example.jp', '#top']);
    expect(isSafeUrl('HTTPS://example.jp')).toBe(true);
    expect(isSafeUrl('javascript:alert(1)')).toBe(false);
  });
});

describe('external links', () => {
  it('get rel="noopener noreferrer", internal ones do not', () => {
    expect(renderInlineMarkdown('[a](https://example.jp/)')).toBe('<a href="https://example.jp/" rel="noopener noreferrer">a</a>');
    expect(renderInlineMarkdown('[a](//example.jp/)')).toContain('rel="noopener noreferrer"');
    expect(renderInlineMarkdown('[a](/osaka-ict/2018/)')).toBe('<a href="/osaka-ict/2018/">a</a>');
  });
});

describe('plain text', () => {
  it('drops link targets and markup characters for summaries', () => {
    expect(markdownToPlainText('**重要** [計画](https://example.jp/a_(b)) を策定')).toBe('重要 計画 を策定');
    // A rejected link stays literal text, as on the page.
    expect(markdownToPlainText('[計画](javascript:alert(1))')).toBe('[計画](javascript:alert(1))');
    expect(markdownToPlainText('- 研修の実施\n- `CSIRT` の強化\n\n〔判読不能〕')).toBe('研修の実施 CSIRT の強化 〔判読不能〕');
    expect(markdownToPlainText('<script>alert(1)</script>')).toBe('<script>alert(1)</script>');
  });
});

describe('〔判読不能〕 markers', () => {
  it('link to their explanation, so keyboard and touch reach it (no title= tooltip)', () => {
    const html = renderInlineMarkdown('No.1 〔判読不能〕');
    expect(html).toContain('<a class="illegible" href="/about/accessibility/#handoku-funo"');
    expect(html).not.toContain('title=');
  });

  it('stay text inside a link of the Markdown itself (links cannot nest)', () => {
    const html = renderInlineMarkdown('[〔判読不能〕の資料](https://www.city.example.lg.jp/) と 〔判読不能〕');
    expect(html.match(/<a\b/g)).toHaveLength(2);
    expect(html).toContain('<span class="illegible">〔判読不能〕</span>の資料</a>');
  });
});
