import type { UpdateRefusal } from './updateGuard.js';

/**
 * How large a document may grow through client updates (MAX_DOCUMENT_BYTES). Encoding a 1 MB
 * document takes ~30 ms, too much per keystroke, so the budget keeps an upper bound (stored
 * bytes plus every update since) and pays for an exact encode only when that bound crosses the
 * limit.
 */
export class DocumentSizeBudget {
  constructor(
    private estimate: number,
    private readonly maxBytes: number,
    private readonly exactSize: () => number,
  ) {}

  /** An update was applied: the document is at most this much larger. */
  grow(bytes: number): void {
    this.estimate += bytes;
  }

  /** The exact size is known (after a compaction that encoded the document). */
  reset(exactBytes: number): void {
    this.estimate = exactBytes;
  }

  /** Refuses an update that would take the document past the limit. */
  check(updateBytes: number): UpdateRefusal | null {
    if (this.estimate + updateBytes <= this.maxBytes) return null;
    this.estimate = this.exactSize();
    if (this.estimate + updateBytes <= this.maxBytes) return null;
    return { reason: `document would exceed ${this.maxBytes} bytes`, retry: false };
  }
}
