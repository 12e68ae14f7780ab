/**
 * Where the two outputs go. Production (`npm run build`) writes KOHYO_OUT_DIR or dist/; the
 * reviewers' preview (`npm run build:preview`) writes KOHYO_OUT_DIR or dist-preview/ and never the
 * production folder (dist/, or the copy of the public site in KOHYO_PRODUCTION_DIR it compares with).
 */
import path from 'node:path';

function productionDirectories(env: NodeJS.ProcessEnv): string[] {
  return [path.resolve('dist'), ...(env.KOHYO_PRODUCTION_DIR ? [path.resolve(env.KOHYO_PRODUCTION_DIR)] : [])];
}

/** The folder a build writes to; refuses to put a preview where the public site lives. */
export function outputDirectory(preview: boolean, env: NodeJS.ProcessEnv = process.env): string {
  const dir = path.resolve(env.KOHYO_OUT_DIR || (preview ? 'dist-preview' : 'dist'));
  if (preview && productionDirectories(env).includes(dir)) {
    throw new Error(`プレビューは公開用の出力フォルダ（${path.relative(process.cwd(), dir) || dir}）には書き込みません / the preview is never written to the production folder: ${dir}`);
  }
  return dir;
}
