/**
 * Runs the content check (prepareContent) in a child process and hands its result back.
 *
 * Reading and checking every file peaks at about 1 GB at 20,000 reports, while what the build
 * needs afterwards (summaries, bucket files, problems) is about a tenth of that. A Node process
 * keeps such a peak as resident memory long after its garbage is collected, and the build's parent
 * lives on while every shard renders and indexes: the peak would add to each of theirs. A child
 * that exits gives it all back before the first shard starts.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runningChildren } from './astro-run.ts';
import { prepareContent, type PreparedContent } from './prepare.ts';

interface CheckRequest {
  bucketDir: string;
  preview: boolean;
}

type CheckReply = { ok: true; prepared: PreparedContent } | { ok: false; message: string };

const CHILD_SWITCH = 'KOHYO_CHECK_CHILD';

export function prepareContentInChild(bucketDir: string, options: { env: NodeJS.ProcessEnv; preview: boolean }): Promise<PreparedContent> {
  return new Promise<PreparedContent>((resolve, reject) => {
    // Same Node and loader flags as this process (tsx), same environment; output shared.
    const child = fork(fileURLToPath(import.meta.url), [], { env: { ...options.env, [CHILD_SWITCH]: '1' }, serialization: 'advanced', stdio: 'inherit' });
    runningChildren.add(child);
    let reply: CheckReply | undefined;
    child.on('message', (message) => {
      reply = message as CheckReply;
    });
    child.on('error', (error) => {
      runningChildren.delete(child);
      reject(error);
    });
    child.on('exit', (code, signal) => {
      runningChildren.delete(child);
      if (reply?.ok) resolve(reply.prepared);
      else reject(new Error(reply?.message ?? `content check stopped (${signal ?? `exit ${code}`})`));
    });
    child.send({ bucketDir, preview: options.preview } satisfies CheckRequest);
  });
}

async function runAsChild(request: CheckRequest): Promise<void> {
  let reply: CheckReply;
  try {
    reply = { ok: true, prepared: await prepareContent(request.bucketDir, { env: process.env, preview: request.preview }) };
  } catch (error) {
    reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  process.send!(reply, () => process.disconnect());
}

if (process.env[CHILD_SWITCH] === '1' && process.send) {
  process.once('message', (request) => void runAsChild(request as CheckRequest));
}
