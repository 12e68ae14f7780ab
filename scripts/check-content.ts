/**
 * `npm run check` — validates all content with the same schemas and rules as the build and
 * prints every problem at once as `file:line:column  field  message`, then a count.
 * Errors (exit 1) stop the build; warnings (text damage from PDF extraction) do not.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadContent, type LoadedContent } from '../src/lib/content/load.ts';
import { contentDirectory } from '../src/lib/content/loader.ts';
import { formatReport } from '../src/lib/content/problems.ts';
import { buildNow } from '../src/lib/content/release.ts';

export interface CheckResult {
  ok: boolean;
  errors: number;
  warnings: number;
  /** The people-readable report, one line per problem and a count */
  report: string;
  /** What was read and validated, and from where (the build hands it to Astro instead of reading everything twice) */
  content: LoadedContent;
  contentDir: string;
}

export async function checkContent(env: NodeJS.ProcessEnv = process.env): Promise<CheckResult> {
  const contentDir = contentDirectory(env);
  const content = await loadContent({ contentDir, now: buildNow(env), displayRoot: process.cwd() });
  const { problems } = content;
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { ok: errors === 0, errors, warnings: problems.length - errors, report: formatReport(problems), content, contentDir };
}

const isMain = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
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
