/**
 * The site's public address: KOHYO_SITE_URL, else `address` in content/site.yaml, else none.
 * Without an address the site prints no absolute URL (no og:url, no canonical; citations and
 * data files give the page's path only): a made-up address in a citation would send readers
 * nowhere, so nothing is made up.
 */
import { siteSettings } from './site-settings.ts';

export function siteAddress(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.KOHYO_SITE_URL || siteSettings(env).address || undefined;
}
