/**
 * `npm run screenshots [-- DIST_DIR [OUT_DIR]]` — writes full-page PNGs of the home page and one
 * report page at 375 px and 1280 px wide, for a person to look at (layout, Japanese text, charts).
 * Builds nothing: run `npm run build` first. Defaults: dist/ → screenshots/ (gitignored).
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { openPage } from '../tests/helpers/navigation.ts';
import { listPages, type BuiltPage } from '../tests/helpers/pages.ts';
import { serveStatic } from '../tests/helpers/server.ts';

const WIDTHS = [375, 1280] as const;

/**
 * A report page to review: the first one with a chart (<figure> with an SVG), so charts get looked
 * at too; else the first 経営課題 page (the richest report type); else any page under an organisation and year.
 */
function pickReportPage(pages: BuiltPage[]): string | undefined {
  const reports = pages.filter((p) => /^\/[^/]+\/\d{4}\/[^/]+\/$/.test(p.url));
  const withChart = reports.find((p) => /<figure[^>]*>[\s\S]*?<svg/.test(readFileSync(p.file, 'utf8')));
  const managementIssue = reports.find((p) => /\/keiei-kadai-\d+\/$/.test(p.url));
  return (withChart ?? managementIssue ?? reports[0])?.url;
}

/** File-name-safe name for a URL: `/osaka-ict/2018/keiei-kadai-1/` → `osaka-ict_2018_keiei-kadai-1`. */
const nameFor = (url: string): string => url.split('/').filter(Boolean).join('_') || 'home';

async function main(): Promise<number> {
  const distDir = path.resolve(process.argv[2] ?? 'dist');
  const outDir = path.resolve(process.argv[3] ?? 'screenshots');
  if (!existsSync(path.join(distDir, 'index.html'))) {
    console.error(`${distDir}/index.html がありません。先に npm run build を実行してください / no built site in ${distDir}: run npm run build first`);
    return 1;
  }
  const report = pickReportPage(listPages(distDir));
  const targets = ['/', ...(report ? [report] : [])];
  if (!report) console.warn('報告書のページが見つからないため、ホームのみ撮影します / no report page found; only the home page is captured');

  mkdirSync(outDir, { recursive: true });
  const server = await serveStatic(distDir);
  const browser = await launchBrowser();
  try {
    const page = await browser.context.newPage();
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      for (const url of targets) {
        await openPage(page, server.origin + url);
        const file = path.join(outDir, `${nameFor(url)}-${width}.png`);
        await page.screenshot({ path: file, fullPage: true });
        console.log(`${path.relative(process.cwd(), file)}  (${url}, ${width}px)`);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return 0;
}

process.exitCode = await main();
