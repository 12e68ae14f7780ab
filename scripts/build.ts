/**
 * `npm run build` — checks the content first (same checks as `npm run check`, so a broken
 * file stops the build with a people-readable message and no stack trace), then runs
 * `astro build`.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { checkContent } from './check-content.ts';

async function main(): Promise<number> {
  const { ok, report } = await checkContent();
  if (!ok) {
    console.error(report);
    console.error('コンテンツに誤りがあるため、ビルドを中止しました。何も公開していません / build stopped: content has errors; nothing was published');
    return 1;
  }
  const astro = path.resolve('node_modules/astro/bin/astro.mjs');
  const code = await new Promise<number>((resolve) => {
    const child = spawn(process.execPath, [astro, 'build'], { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    child.on('exit', (c) => resolve(c ?? 1));
  });
  return code;
}

process.exitCode = await main();
