import { Worker } from 'node:worker_threads';
import type { ExportFormat } from '@iap/shared';
import type { ExportFile } from './exportFile.js';
import type { ExportPlan } from './planContent.js';

export interface RenderRequest {
  id: number;
  plan: ExportPlan;
  format: ExportFormat;
  generatedAt: string;
}

export type RenderResponse =
  | { id: number; body: Uint8Array; contentType: string; extension: string; error?: undefined }
  | { id: number; error: string };

interface Pending {
  resolve: (file: ExportFile) => void;
  reject: (error: Error) => void;
}

/**
 * Renders export files on one worker thread, in the order asked. The plan is read from the
 * live document on the event loop (cheap, and the document lives there); only the plain
 * ExportPlan crosses to the worker, so the layout work never delays a collab message. The
 * worker starts on the first export, does not keep the process alive, ends after `idleMs`
 * without work (it holds pdfmake, docx and the fonts: tens of megabytes), and is started
 * again when needed or if it dies.
 */
export class ExportRenderer {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private idleTimer: NodeJS.Timeout | null = null;

  constructor(private readonly idleMs = 60_000) {}

  /** Whether a worker thread is running now. */
  get running(): boolean {
    return this.worker !== null;
  }

  render(plan: ExportPlan, format: ExportFormat, generatedAt: string): Promise<ExportFile> {
    const worker = this.ensureWorker();
    this.clearIdleTimer();
    const id = this.nextId++;
    return new Promise<ExportFile>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      // Only while something is pending may the worker keep the process alive.
      worker.ref();
      worker.postMessage({ id, plan, format, generatedAt } satisfies RenderRequest);
    });
  }

  async close(): Promise<void> {
    this.clearIdleTimer();
    const worker = this.worker;
    this.worker = null;
    // Before waiting: a render asked meanwhile goes to a new worker and must not be failed here.
    this.failAll(new Error('the export renderer was closed'));
    if (worker) await worker.terminate();
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./renderWorker.js', import.meta.url));
    worker.unref();
    worker.on('message', (response: RenderResponse) => this.settle(response));
    // Only the current worker's death fails what is pending: an idle worker that was closed
    // exits after its successor may already have work.
    const fail = (error: Error): void => {
      if (this.worker !== worker) return;
      this.worker = null;
      this.failAll(error);
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the export renderer stopped (exit code ${code})`)));
    this.worker = worker;
    return worker;
  }

  private settle(response: RenderResponse): void {
    const waiter = this.pending.get(response.id);
    if (!waiter) return;
    this.pending.delete(response.id);
    if (this.pending.size === 0) {
      this.worker?.unref();
      this.idleTimer = setTimeout(() => void this.close(), this.idleMs);
      this.idleTimer.unref();
    }
    if (response.error !== undefined) waiter.reject(new Error(response.error));
    else waiter.resolve({ body: Buffer.from(response.body.buffer, response.body.byteOffset, response.body.byteLength), contentType: response.contentType, extension: response.extension });
  }

  private clearIdleTimer(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }

  private failAll(error: Error): void {
    for (const waiter of this.pending.values()) waiter.reject(error);
    this.pending.clear();
  }
}
