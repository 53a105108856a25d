import type { CommitResult, DocumentStore } from '@iap/server/storage/DocumentStore';

/**
 * A document store that can hold every commit at the storage edge, as a slow disk would:
 * what the server acknowledges or broadcasts meanwhile shows whether it waits for commits.
 */
export class GatedDocumentStore implements DocumentStore {
  private gate: Promise<void> = Promise.resolve();

  constructor(private readonly inner: DocumentStore) {}

  /** Holds commits from now on; call the returned function to let them through. */
  holdCommits(): () => void {
    let release!: () => void;
    this.gate = new Promise<void>((resolve) => (release = resolve));
    return release;
  }

  async appendUpdates(name: string, updates: readonly Uint8Array[]): Promise<CommitResult> {
    await this.gate;
    return this.inner.appendUpdates(name, updates);
  }

  load: DocumentStore['load'] = (name) => this.inner.load(name);
  seed: DocumentStore['seed'] = (name, initial) => this.inner.seed(name, initial);
  loadSince: DocumentStore['loadSince'] = (name, afterSeq) => this.inner.loadSince(name, afterSeq);
  compact: DocumentStore['compact'] = (name, merge) => this.inner.compact(name, merge);
  close: DocumentStore['close'] = () => this.inner.close();
}
