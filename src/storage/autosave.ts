import type { ArchDocument } from '../core/document/schema';
import type { SaveState } from './saveStatus';

export interface AutosaveOptions {
  /** Quiet time after the last change before writing; SPEC asks for under 500 ms. */
  delayMs?: number;
  /** First retry after a failed write; doubles up to 30 s. */
  retryMs?: number;
}

type StatusListener = (state: SaveState, message: string) => void;

/**
 * Debounced, serialised writes of the open document. The newest unsaved document is kept in
 * memory until a write of it succeeds: a failure never drops it, it is retried with backoff.
 */
export class Autosaver {
  private pending: ArchDocument | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private writing: Promise<void> | null = null;
  private failures = 0;
  private readonly delayMs: number;
  private readonly retryMs: number;

  constructor(
    private readonly save: (doc: ArchDocument) => Promise<void>,
    private readonly onStatus: StatusListener,
    options: AutosaveOptions = {},
  ) {
    this.delayMs = options.delayMs ?? 300;
    this.retryMs = options.retryMs ?? 1000;
  }

  /** The document that is not yet confirmed written, if any. */
  get unsaved(): ArchDocument | null {
    return this.pending;
  }

  schedule(doc: ArchDocument): void {
    this.pending = doc;
    if (this.failures === 0) this.onStatus('saving', '');
    this.arm(this.failures === 0 ? this.delayMs : this.retryDelay());
  }

  /** Writes what is pending now (page hidden, document switched). */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    await this.write();
  }

  private arm(ms: number) {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.write(), ms);
  }

  private retryDelay() {
    return Math.min(30_000, this.retryMs * 2 ** Math.max(0, this.failures - 1));
  }

  private async write(): Promise<void> {
    while (this.writing) await this.writing;
    const doc = this.pending;
    if (!doc) return;
    this.pending = null;
    this.writing = this.save(doc).then(
      () => {
        this.failures = 0;
        if (!this.pending) this.onStatus('saved', '');
      },
      (error: unknown) => {
        this.failures++;
        this.pending ??= doc;
        this.onStatus('error', describeFailure(error));
        this.arm(this.retryDelay());
      },
    );
    try {
      await this.writing;
    } finally {
      this.writing = null;
    }
  }
}

/** A write failure in words: quota first, because it is the one users can act on. */
export function describeFailure(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  const detail = error instanceof Error ? error.message : String(error);
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return 'Not saved: the browser’s storage for this site is full. Your changes are kept in this tab; free some space or export the document as JSON.';
  }
  return `Not saved: the browser refused to store the document (${detail}). Your changes are kept in this tab and saving is retried.`;
}
