/**
 * KOHYO_SHARE_IMAGES: `on` (the default) draws every figure's share image (chart.png, og:image);
 * `off` leaves them out — a very large archive may not want to pay for them. Without images, pages
 * carry no og:image and a `summary` card, and figure pages offer no PNG download. Read by the build
 * script (checked before any work) and by the pages in every Astro run, which inherit the setting.
 */
export const SHARE_IMAGES_SETTING = 'KOHYO_SHARE_IMAGES';

export class ShareImagesSettingError extends Error {}

/** Whether share images are drawn; empty means unset (on). Throws a ShareImagesSettingError naming the setting. */
export function shareImagesEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  const raw = env[SHARE_IMAGES_SETTING]?.trim() ?? '';
  if (raw === '' || raw === 'on') return true;
  if (raw === 'off') return false;
  throw new ShareImagesSettingError(`${SHARE_IMAGES_SETTING} は on か off です / ${SHARE_IMAGES_SETTING} must be on or off: ${JSON.stringify(raw)}`);
}
