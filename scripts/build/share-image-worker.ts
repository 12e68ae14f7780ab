/**
 * The worker thread that draws share images (started by scripts/build/share-image-drawer.ts):
 * one shard at a time, in the order they were sent.
 */
import { parentPort } from 'node:worker_threads';
import { drawShardImages, type ShardImagesJob } from './share-images.ts';

export type DrawerRequest = { id: number; job: ShardImagesJob };
export type DrawerReply = { id: number; ok: true; result: Awaited<ReturnType<typeof drawShardImages>> } | { id: number; ok: false; error: string };

const port = parentPort;
if (!port) throw new Error('share-image-worker.ts runs as a worker thread only');
let queue = Promise.resolve();
port.on('message', ({ id, job }: DrawerRequest) => {
  queue = queue.then(async () => {
    try {
      port.postMessage({ id, ok: true, result: await drawShardImages(job) } satisfies DrawerReply);
    } catch (error) {
      port.postMessage({ id, ok: false, error: error instanceof Error ? error.message : String(error) } satisfies DrawerReply);
    }
  });
});
