/**
 * Draws the shards' share images in worker threads, off the build's critical path: while a worker
 * draws one shard's images, the build goes on with the next shard's Astro run (a child process)
 * and the previous shard's Pagefind run. While Astro runs, one worker: the machine the build is
 * made for has two cores and Astro keeps one busy. Once the last Astro run is over, the images
 * still waiting may use every core (`useAllCores`).
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ShardImagesJob, ShardImagesResult } from './share-images.ts';
import type { DrawerReply, DrawerRequest } from './share-image-worker.ts';

interface Task {
  job: ShardImagesJob;
  resolve: (result: ShardImagesResult) => void;
  reject: (error: Error) => void;
}

export class ShareImageDrawer {
  private limit = 1;
  private readonly queue: Task[] = [];
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Task>();

  /** Draws a shard's images; rejects with the worker's message if it fails. */
  draw(job: ShardImagesJob): Promise<ShardImagesResult> {
    return new Promise((resolve, reject) => {
      this.queue.push({ job, resolve, reject });
      this.pump();
    });
  }

  /** From now on, one worker per core (the build's child processes are done). */
  useAllCores(): void {
    this.limit = Math.max(1, os.availableParallelism());
    this.pump();
  }

  /** Stops the workers; what they were drawing, and what waits, is abandoned (its shard is not stored). */
  async close(): Promise<void> {
    const stopped = new Error('the share-image drawer was closed');
    for (const task of this.queue.splice(0)) task.reject(stopped);
    const workers = [...this.idle.splice(0), ...this.busy.keys()];
    for (const task of this.busy.values()) task.reject(stopped);
    this.busy.clear();
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  private pump(): void {
    while (this.queue.length > 0) {
      let worker = this.idle.pop();
      if (!worker) {
        if (this.busy.size >= this.limit) return;
        worker = this.start();
      }
      const task = this.queue.shift()!;
      this.busy.set(worker, task);
      worker.postMessage({ job: task.job } satisfies DrawerRequest);
    }
  }

  private start(): Worker {
    // The worker inherits the build's execArgv (--import tsx), so it runs the TypeScript source as is.
    const worker = new Worker(new URL('./share-image-worker.ts', import.meta.url));
    worker.on('message', (reply: DrawerReply) => {
      const task = this.busy.get(worker);
      this.busy.delete(worker);
      this.idle.push(worker);
      if (task && reply.ok) task.resolve(reply.result);
      else if (task && !reply.ok) task.reject(new Error(reply.error));
      this.pump();
    });
    const fail = (error: Error) => {
      const task = this.busy.get(worker);
      this.busy.delete(worker);
      const idleAt = this.idle.indexOf(worker);
      if (idleAt >= 0) this.idle.splice(idleAt, 1);
      task?.reject(error);
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the share-image worker stopped (exit ${code})`)));
    return worker;
  }
}
