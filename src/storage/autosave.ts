import type { ArchDocument } from '../document/schema';
import type { SaveState } from './saveStatus';

export interface AutosaveOptions {
  /** Quiet time after the last change before writing; SPEC asks for under 500 ms. */
  delayMs?: number;
  /** First retry after a failed write; doubles up to 30 s. */
  retryMs?: number;
}

type StatusListener = (state: SaveState, message: string) => void;

/**
 * Debounced, serialised writes. The newest unsaved version of every document (not only the
 * open one: the user may switch documents while writes fail) is kept in memory until a write
 * of it succeeds; failures are retried with backoff and never drop anything.
 */
export class Autosaver {
  private readonly pending = new Map<string, ArchDocument>();
  private inFlight: ArchDocument | null = null;
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

  /** Every document version not yet confirmed written, including the one being written. */
  get unsaved(): ArchDocument[] {
    const versions = [...this.pending.values()];
    if (this.inFlight && !this.pending.has(this.inFlight.id)) versions.push(this.inFlight);
    return versions;
  }

  /** Whether a newer version of the document is waiting (so its backup must stay). */
  hasPending(id: string): boolean {
    return this.pending.has(id);
  }

  /** The newest version of the document waiting to be written, if any. */
  waiting(id: string): ArchDocument | undefined {
    return this.pending.get(id);
  }

  /** Replaces the version of a document that waits (merged with another tab's), if one does. */
  replaceWaiting(doc: ArchDocument): void {
    if (this.pending.has(doc.id)) this.pending.set(doc.id, doc);
  }

  /** Whether a version of the document is being written right now. */
  isWriting(id: string): boolean {
    return this.inFlight?.id === id;
  }

  schedule(doc: ArchDocument): void {
    this.pending.set(doc.id, doc);
    if (this.failures === 0) this.onStatus('saving', '');
    this.arm(this.failures === 0 ? this.delayMs : this.retryDelay());
  }

  /** Writes everything pending now; resolves true when nothing is left unsaved. */
  async flush(): Promise<boolean> {
    clearTimeout(this.timer);
    await this.write();
    return this.pending.size === 0;
  }

  /** Forgets a document's unsaved versions (it is being deleted) once any write of it ends. */
  async discard(id: string): Promise<void> {
    this.pending.delete(id);
    while (this.writing) await this.writing;
    this.pending.delete(id);
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
    this.writing = this.writeAll();
    try {
      await this.writing;
    } finally {
      this.writing = null;
    }
  }

  private async writeAll(): Promise<void> {
    for (const [id, doc] of this.pending) {
      this.pending.delete(id);
      this.inFlight = doc;
      try {
        await this.save(doc);
      } catch (error) {
        // A newer version typed during the write wins; otherwise this one waits for the retry.
        if (!this.pending.has(id)) this.pending.set(id, doc);
        this.failures++;
        this.onStatus('error', describeFailure(error));
        this.arm(this.retryDelay());
        return;
      } finally {
        this.inFlight = null;
      }
    }
    this.failures = 0;
    this.onStatus('saved', '');
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
  if (name === 'UnmergeableError') {
    return `Not saved: another tab stored this document in a form this tab cannot merge with. ${detail} Your changes are kept in this tab: export them as JSON, then reload the page.`;
  }
  return `Not saved: the browser refused to store the document (${detail}). Your changes are kept in this tab and saving is retried.`;
}
