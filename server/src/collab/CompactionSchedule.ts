export interface CompactionPolicy {
  /** Compact once the log holds more than this many updates... */
  maxLogCount: number;
  /** ...or more than this many bytes. */
  maxLogBytes: number;
  /** Wait this long after the threshold is crossed, so a burst of typing compacts once. */
  delayMs: number;
}

/**
 * When a document's update log should be folded into its snapshot: counts what was appended
 * since the last fold and runs `compact` once, `delayMs` after a threshold is crossed, so the
 * work stays off the hot path of typing.
 */
export class CompactionSchedule {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly policy: CompactionPolicy,
    private logCount: number,
    private logBytes: number,
    private readonly compact: () => void,
  ) {}

  /** Updates of these sizes were appended to the log. */
  recordAppended(sizes: readonly number[]): void {
    for (const size of sizes) {
      this.logCount += 1;
      this.logBytes += size;
    }
    if (this.timer || !this.needed) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.compact();
    }, this.policy.delayMs);
  }

  /** A compaction folded this many updates; returns whether the log is now empty. */
  recordFolded(foldedUpdates: number): boolean {
    this.logCount = Math.max(0, this.logCount - foldedUpdates);
    if (this.logCount === 0) this.logBytes = 0;
    return this.logCount === 0;
  }

  get needed(): boolean {
    return this.logCount > 0 && (this.logCount > this.policy.maxLogCount || this.logBytes > this.policy.maxLogBytes);
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
