/**
 * The site's public address: KOHYO_SITE_URL, else `address` in content/site.yaml. Checked once,
 * before any work, by the build script and by astro.config.mjs. Its path is where the site lives
 * (Astro's `base`): a city publishing at https://www.city.example.lg.jp/hyoka/ gets every URL
 * under /hyoka/ (src/lib/urls.ts).
 *
 * Without an address, pages, citations and data files print no absolute URL (no og:url, canonical
 * or og:image; citations give the page's path): a made-up host would send readers nowhere. Only
 * files that cannot exist without one (sitemap, robots.txt, feeds) use the placeholder, with a
 * warning from the build.
 */
import { siteSettings } from './site-settings.ts';

export const PLACEHOLDER_SITE_ADDRESS = 'https://kohyo.example.jp';

export const SITE_ADDRESS_SETTING = 'KOHYO_SITE_URL';

export type SiteAddressCheck = { ok: true; url: URL | undefined } | { ok: false; error: string };

/**
 * An absolute http(s) address, or nothing: empty (an unset CI variable) means unset. A query,
 * fragment or user name has no place in a site's address and is refused too, since every page
 * URL is built on it.
 */
export function validateSiteAddress(value: string | undefined): SiteAddressCheck {
  const raw = value?.trim() ?? '';
  if (raw === '') return { ok: true, url: undefined };
  const refuse = (why: { ja: string; en: string }): SiteAddressCheck => ({
    ok: false,
    error: `${SITE_ADDRESS_SETTING} は公開先の絶対 URL（http:// か https://）です。${why.ja}: ${JSON.stringify(raw)} / ${SITE_ADDRESS_SETTING} must be the site's absolute http(s) address; ${why.en}: ${JSON.stringify(raw)}`,
  });
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return refuse({ ja: 'URL として読めません', en: 'not a URL' });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return refuse({ ja: `${url.protocol.replace(/:$/, '')} は使えません`, en: `${url.protocol} is not allowed` });
  if (!/^https?:\/\//i.test(raw) || url.hostname === '') return refuse({ ja: 'ホスト名がありません', en: 'no host name' });
  if (url.username || url.password) return refuse({ ja: 'ユーザー名・パスワードは含められません', en: 'no user name or password' });
  if (url.search || url.hash || raw.includes('?') || raw.includes('#')) return refuse({ ja: '? や # は含められません', en: 'no query or fragment' });
  // One form for the same address: the path always ends with a slash (https://example.jp/kohyo → /kohyo/).
  if (!url.pathname.endsWith('/')) url.pathname = `${url.pathname}/`;
  return { ok: true, url };
}

export class SiteAddressError extends Error {}

/** The configured address (KOHYO_SITE_URL, else content/site.yaml), or undefined. Throws a SiteAddressError naming the setting. */
export function configuredSiteAddress(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const check = validateSiteAddress(env[SITE_ADDRESS_SETTING]);
  if (!check.ok) throw new SiteAddressError(check.error);
  if (check.url) return check.url.href;
  // The schema has checked the file's address (http or https); this gives it the same one form.
  const fromFile = validateSiteAddress(siteSettings(env).address);
  return fromFile.ok ? fromFile.url?.href : undefined;
}

/** The configured address, or the placeholder the build warns about (only for sitemap, robots.txt and feeds). */
export function siteAddress(env: NodeJS.ProcessEnv = process.env): string {
  return configuredSiteAddress(env) ?? `${PLACEHOLDER_SITE_ADDRESS}/`;
}

/** Whether KOHYO_SITE_URL is set at all (empty counts as unset). */
export function siteAddressIsSet(env: NodeJS.ProcessEnv = process.env): boolean {
  return (env[SITE_ADDRESS_SETTING]?.trim() ?? '') !== '';
}

/**
 * The path the site is published under, with slashes at both ends: "/" at a domain's root,
 * "/kohyo/" for https://example.jp/kohyo/. Astro's `base`, and the prefix of every URL the site writes.
 */
export function sitePath(env: NodeJS.ProcessEnv = process.env): string {
  return new URL(siteAddress(env)).pathname;
}
