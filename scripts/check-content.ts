/**
 * `npm run check` — validates all content with the same schemas and rules as the build and
 * prints every problem at once as `file:line:column  field  message`. Exit 1 on any error.
 */
import path from 'node:path';
import { loadContent } from '../src/lib/content/load.ts';
import { contentDirectory } from '../src/lib/content/loader.ts';
import { formatReport } from '../src/lib/content/problems.ts';
import { buildNow } from '../src/lib/content/release.ts';

export async function checkContent(env: NodeJS.ProcessEnv = process.env): Promise<{ ok: boolean; report: string }> {
  const contentDir = contentDirectory(env);
  const { problems } = await loadContent({ contentDir, now: buildNow(env), displayRoot: process.cwd() });
  const ok = !problems.some((p) => p.severity === 'error');
  return { ok, report: formatReport(problems) };
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) {
  try {
    const { ok, report } = await checkContent();
    (ok ? console.log : console.error)(report);
    process.exitCode = ok ? 0 : 1;
  } catch (error) {
    console.error(`確認を実行できませんでした / check could not run: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  }
}
