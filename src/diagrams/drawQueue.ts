/**
 * One drawing at a time (Mermaid is not re-entrant), with two rules a plain promise chain
 * lacks: a diagram on screen goes before one that is not, and a drawing nobody waits for any
 * more (its text changed again, its figure went away) is dropped before it starts instead of
 * being drawn for nothing. Results are kept by key (the source), so an unchanged diagram is
 * never drawn twice.
 */
export interface Wanted {
  /** Drawn before any that is not: the figure is on screen, or someone waits to print it. */
  urgent?: boolean;
  /** Aborted when the caller no longer wants the result. */
  signal?: AbortSignal;
}

interface Job<T> {
  readonly key: string;
  readonly promise: Promise<T>;
  resolve(this: void, value: T): void;
  reject(this: void, reason: unknown): void;
  urgent: boolean;
  waiters: number;
  state: 'waiting' | 'running' | 'done';
}

/** Runs the tasks given to it one after another, whichever queue they come from. */
export type Lane = <R>(task: () => Promise<R>) => Promise<R>;

export function serialLane(): Lane {
  let last: Promise<unknown> = Promise.resolve();
  return <R>(task: () => Promise<R>) => {
    const run = last.then(task);
    last = run.catch(() => undefined);
    return run;
  };
}

export class DrawQueue<T> {
  private readonly jobs = new Map<string, Job<T>>();
  private running = false;

  constructor(
    private readonly draw: (key: string) => Promise<T>,
    private readonly limit = 64,
    private readonly lane: Lane = serialLane(),
  ) {}

  /** The drawing of `key`: a kept one, one under way, or a new one in the queue. */
  get(key: string, { urgent = true, signal }: Wanted = {}): Promise<T> {
    let job = this.jobs.get(key);
    if (job) {
      // Most recently used last, for the limit.
      this.jobs.delete(key);
      this.jobs.set(key, job);
    } else {
      job = this.add(key);
    }
    if (job.state !== 'done') this.want(job, urgent, signal);
    // Asked for by callers who had all given up already: nothing to draw.
    if (job.state === 'waiting' && job.waiters <= 0) this.jobs.delete(key);
    void this.pump();
    return job.promise;
  }

  /** Whether the drawing of `key` is kept, under way or waiting. */
  has(key: string): boolean {
    return this.jobs.has(key);
  }

  /** How many drawings wait to start (for tests and the bench). */
  get waiting(): number {
    return [...this.jobs.values()].filter((j) => j.state === 'waiting').length;
  }

  private add(key: string): Job<T> {
    let resolve!: (value: T) => void;
    let reject!: (reason: unknown) => void;
    const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
    const job: Job<T> = {
      key,
      promise,
      resolve,
      reject,
      urgent: false,
      waiters: 0,
      state: 'waiting',
    };
    this.jobs.set(key, job);
    this.trim();
    return job;
  }

  private want(job: Job<T>, urgent: boolean, signal: AbortSignal | undefined): void {
    job.urgent ||= urgent;
    if (!signal) {
      // A caller without a signal waits for good.
      job.waiters = Infinity;
      return;
    }
    if (signal.aborted) return;
    job.waiters += 1;
    signal.addEventListener(
      'abort',
      () => {
        job.waiters -= 1;
        if (job.waiters <= 0 && job.state === 'waiting' && this.jobs.get(job.key) === job) {
          this.jobs.delete(job.key);
        }
      },
      { once: true },
    );
  }

  private next(): Job<T> | undefined {
    let first: Job<T> | undefined;
    for (const job of this.jobs.values()) {
      if (job.state !== 'waiting' || job.waiters <= 0) continue;
      if (job.urgent) return job;
      first ??= job;
    }
    return first;
  }

  private async pump(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      for (let job = this.next(); job; job = this.next()) {
        job.state = 'running';
        try {
          const { key } = job;
          job.resolve(await this.lane(() => this.draw(key)));
        } catch (error) {
          job.reject(error);
          this.jobs.delete(job.key);
        }
        job.state = 'done';
      }
    } finally {
      this.running = false;
    }
  }

  private trim(): void {
    for (const [key, job] of this.jobs) {
      if (this.jobs.size <= this.limit) return;
      if (job.state === 'done') this.jobs.delete(key);
    }
  }
}
