import type { FastifyBaseLogger } from 'fastify';
import { claimJob, completeJob, failJob, insertJob } from '../repositories/jobs.repository';
import type { Queryable } from '../repositories/types';

/**
 * Background work as rows in the database: survives restarts, retries with back-off, and is shared
 * safely by several app processes on PostgreSQL (see claimJob). On PGlite it runs in-process.
 */
export type JobHandler = (payload: unknown, meta: { jobId: number; attempt: number }) => Promise<void>;

interface Registration {
  handler: JobHandler;
  maxAttempts: number;
}

const STALE_MS = 10 * 60_000;

export class JobQueue {
  readonly #handlers = new Map<string, Registration>();
  #timer: NodeJS.Timeout | null = null;
  #running: Promise<void> | null = null;
  #stopped = true;

  constructor(
    private readonly db: Queryable,
    private readonly log: FastifyBaseLogger,
    private readonly pollMs = 1000,
  ) {}

  register(queue: string, handler: JobHandler, options: { maxAttempts?: number } = {}): void {
    this.#handlers.set(queue, { handler, maxAttempts: options.maxAttempts ?? 5 });
  }

  /** Pass the transaction when the job belongs to a change, so it exists only if the change commits. */
  async enqueue(queue: string, payload: unknown, db: Queryable = this.db): Promise<number> {
    const reg = this.#handlers.get(queue);
    if (!reg) throw new Error(`Unknown job queue ${queue}`);
    const id = await insertJob(db, { queue, payload, maxAttempts: reg.maxAttempts });
    this.nudge();
    return id;
  }

  start(): void {
    this.#stopped = false;
    this.#schedule(0);
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    await this.#running;
  }

  /** Runs due jobs until none is left; tests use this instead of waiting for the poller. */
  async drain(): Promise<number> {
    let n = 0;
    while (await this.#runOne()) n++;
    return n;
  }

  nudge(): void {
    if (!this.#stopped) this.#schedule(10);
  }

  #schedule(delay: number): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#tick(), delay);
    this.#timer.unref();
  }

  async #tick(): Promise<void> {
    if (this.#running || this.#stopped) return;
    this.#running = (async () => {
      try {
        while (!this.#stopped && (await this.#runOne()));
      } catch (err) {
        this.log.error({ err }, 'job poll failed');
      }
    })();
    await this.#running;
    this.#running = null;
    if (!this.#stopped) this.#schedule(this.pollMs);
  }

  async #runOne(): Promise<boolean> {
    const now = new Date();
    const job = await claimJob(this.db, [...this.#handlers.keys()], now, new Date(now.getTime() - STALE_MS));
    if (!job) return false;
    const reg = this.#handlers.get(job.queue);
    try {
      if (!reg) throw new Error(`No handler for ${job.queue}`);
      await reg.handler(job.payload, { jobId: job.id, attempt: job.attempts });
      await completeJob(this.db, job.id);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const retry = job.attempts < job.max_attempts;
      const backoff = Math.min(10 * 60_000, 5_000 * 2 ** (job.attempts - 1));
      this.log.warn({ jobId: job.id, queue: job.queue, attempt: job.attempts, err: message }, 'job failed');
      await failJob(this.db, job.id, message, retry ? new Date(Date.now() + backoff) : null);
    }
    return true;
  }
}
