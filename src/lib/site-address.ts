/** The site's public address (KOHYO_SITE_URL), or a placeholder the build warns about when it is not set. */
export const PLACEHOLDER_SITE_ADDRESS = 'https://kohyo.example.jp';

export function siteAddress(env: NodeJS.ProcessEnv = process.env): string {
  return env.KOHYO_SITE_URL ?? PLACEHOLDER_SITE_ADDRESS;
}
