/**
 * The worker thread that draws share images (started by scripts/build/share-image-drawer.ts):
 * one shard at a time, in the order they were sent.
 */
import { parentPort } from 'node:worker_threads';
import { drawShardImages, type ShardImagesJob } from './share-images.ts';

// A worker is sent one job at a time (the drawer waits for its reply), so a reply needs no id.
export type DrawerRequest = { job: ShardImagesJob };
export type DrawerReply = { ok: true; result: Awaited<ReturnType<typeof drawShardImages>> } | { ok: false; error: string };

const port = parentPort;
if (!port) throw new Error('share-image-worker.ts runs as a worker thread only');
let queue = Promise.resolve();
port.on('message', ({ job }: DrawerRequest) => {
  queue = queue.then(async () => {
    try {
      port.postMessage({ ok: true, result: await drawShardImages(job) } satisfies DrawerReply);
    } catch (error) {
      port.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) } satisfies DrawerReply);
    }
  });
});
