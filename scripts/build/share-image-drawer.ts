/**
 * Draws the shards' share images in a worker thread, off the build's critical path: while the
 * worker draws one shard's images, the build goes on with the next shard's Astro run (a child
 * process) and the previous shard's Pagefind run, so both cores stay busy. One worker, since the
 * machine the build is made for has two cores and Astro keeps one of them busy.
 */
import { Worker } from 'node:worker_threads';
import type { ShardImagesJob, ShardImagesResult } from './share-images.ts';
import type { DrawerReply, DrawerRequest } from './share-image-worker.ts';

export class ShareImageDrawer {
  private worker: Worker | undefined;
  private nextId = 0;
  private readonly pending = new Map<number, { resolve: (result: ShardImagesResult) => void; reject: (error: Error) => void }>();

  /** Draws a shard's images (after those sent before it); rejects with the worker's message if it fails. */
  draw(job: ShardImagesJob): Promise<ShardImagesResult> {
    const worker = this.start();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, job } satisfies DrawerRequest);
    });
  }

  /** Stops the worker (what it was drawing is abandoned: its shard is not stored). */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await worker.terminate();
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    // The worker inherits the build's execArgv (--import tsx), so it runs the TypeScript source as is.
    const worker = new Worker(new URL('./share-image-worker.ts', import.meta.url));
    worker.on('message', (reply: DrawerReply) => {
      const waiting = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if (!waiting) return;
      if (reply.ok) waiting.resolve(reply.result);
      else waiting.reject(new Error(reply.error));
    });
    const failAll = (error: Error) => {
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
      this.worker = undefined;
    };
    worker.on('error', failAll);
    worker.on('exit', (code) => failAll(new Error(`the share-image worker stopped (exit ${code})`)));
    this.worker = worker;
    return worker;
  }
}
