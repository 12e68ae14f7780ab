/**
 * Where the two outputs go. Production (`npm run build`) writes KOHYO_OUT_DIR or dist/; the
 * reviewers' preview (`npm run build:preview`) writes KOHYO_OUT_DIR or dist-preview/ and never the
 * production folder, and compares itself with the production output in KOHYO_PRODUCTION_DIR
 * (default dist/) for its /preview/changes/ page.
 */
import path from 'node:path';

/** The production site a preview is compared with: KOHYO_PRODUCTION_DIR, or dist/. */
export function productionDirectory(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.KOHYO_PRODUCTION_DIR || 'dist');
}

/** The folder a build writes to; refuses to put a preview where the public site lives. */
export function outputDirectory(preview: boolean, env: NodeJS.ProcessEnv = process.env): string {
  const dir = path.resolve(env.KOHYO_OUT_DIR || (preview ? 'dist-preview' : 'dist'));
  if (preview && (dir === productionDirectory(env) || dir === path.resolve('dist'))) {
    throw new Error(`プレビューは公開用の出力フォルダ（${path.relative(process.cwd(), dir) || dir}）には書き込みません / the preview is never written to the production folder: ${dir}`);
  }
  return dir;
}
