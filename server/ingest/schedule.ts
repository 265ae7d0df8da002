/** PollScheduler: every source reschedules itself after each poll, with jitter, backoff on failure and a cap on concurrent polls. */
import type { Source, SourceHealth } from '../../shared/types.ts';
import { FeedFetchError } from './fetch-feed.ts';

/** SchedulerDeps are the scheduler's collaborators, injected so tests control time and the poll itself. */
export interface SchedulerDeps {
  /** Polls a source; `signal` aborts when the scheduler stops, so shutdown never waits on a hung feed. */
  poll: (source: Source, signal: AbortSignal) => Promise<unknown>;
  /** Reads the source afresh (it may have been edited or removed since it was scheduled). */
  lookup: (eventId: string, sourceId: string) => Source | undefined;
  report: (source: Source, health: Partial<SourceHealth>) => Promise<void>;
  itemCount: (source: Source) => number;
  now?: () => Date;
  random?: () => number;
  /** Polls under way at once, in all (default 8) and per host (default 2): one slow outlet cannot hog them all. */
  maxConcurrent?: number;
  maxPerHost?: number;
  minIntervalSeconds: number;
  onError?: (source: Source, err: unknown) => void;
}

const MAX_BACKOFF_SECONDS = 30 * 60;
const FAILING_AFTER = 3;

/** PollScheduler runs each source's polls on its own timer. */
export class PollScheduler {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly failures = new Map<string, number>();
  private readonly inFlight = new Set<Promise<void>>();
  private readonly waiting: Array<{ host: string; start: () => void }> = [];
  private readonly perHost = new Map<string, number>();
  private running = 0;
  private stopped = true;
  private abort = new AbortController();

  constructor(private readonly deps: SchedulerDeps) {}

  /** start schedules every source given, the first poll within a second so a fresh start shows data fast. */
  start(sources: Source[]): void {
    this.stopped = false;
    this.abort = new AbortController();
    for (const source of sources) this.schedule(source, this.random() * 1000);
  }

  /** schedule (re)arms a source's timer; paused and gone sources are left alone. */
  schedule(source: Source, delayMs = 0): void {
    this.unschedule(source.id);
    if (this.stopped || source.paused || source.health.status === 'gone') return;
    const timer = setTimeout(() => this.run(source.eventId, source.id), delayMs);
    timer.unref?.();
    this.timers.set(source.id, timer);
  }

  unschedule(sourceId: string): void {
    clearTimeout(this.timers.get(sourceId));
    this.timers.delete(sourceId);
  }

  /** stop cancels every timer, aborts the polls under way and waits for them to wind up. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.abort.abort(new Error('ingest: polling stopped (Tally is shutting down)'));
    for (const id of [...this.timers.keys()]) this.unschedule(id);
    for (const waiter of this.waiting.splice(0)) waiter.start();
    await Promise.allSettled([...this.inFlight]);
  }

  private run(eventId: string, sourceId: string): void {
    this.timers.delete(sourceId);
    const task = this.pollOnce(eventId, sourceId);
    this.inFlight.add(task);
    void task.finally(() => this.inFlight.delete(task));
  }

  private async pollOnce(eventId: string, sourceId: string): Promise<void> {
    const source = this.deps.lookup(eventId, sourceId);
    if (!source) return;
    const host = hostOf(source.url);
    await this.acquire(host);
    try {
      const current = this.deps.lookup(eventId, sourceId);
      if (!current || this.stopped) return;
      const delayMs = await this.pollAndReport(current);
      const fresh = this.deps.lookup(eventId, sourceId);
      if (fresh && delayMs !== null) this.schedule(fresh, delayMs);
    } finally {
      this.release(host);
    }
  }

  /** pollAndReport polls, records the health it leads to, and returns the delay to the next poll (null: stop). */
  private async pollAndReport(source: Source): Promise<number | null> {
    const now = () => (this.deps.now ?? (() => new Date()))();
    const interval = Math.max(source.intervalSeconds, this.deps.minIntervalSeconds);
    try {
      await this.deps.poll(source, this.abort.signal);
      this.failures.delete(source.id);
      const delay = this.jitter(interval * 1000);
      await this.deps.report(source, { status: 'ok', lastPolledAt: now().toISOString(), lastError: null, items: this.deps.itemCount(source), nextPollAt: new Date(now().getTime() + delay).toISOString() });
      return delay;
    } catch (err) {
      // A poll cut short by stop() says nothing about the source's health.
      if (this.stopped) return null;
      this.deps.onError?.(source, err);
      const message = (err as Error).message ?? String(err);
      const httpStatus = err instanceof FeedFetchError ? err.httpStatus : undefined;
      if (httpStatus === 410) {
        await this.deps.report(source, { status: 'gone', lastPolledAt: now().toISOString(), lastError: message, nextPollAt: null });
        return null;
      }
      const failures = (this.failures.get(source.id) ?? 0) + 1;
      this.failures.set(source.id, failures);
      const retryAfter = err instanceof FeedFetchError ? err.retryAfterSeconds : undefined;
      const backoff = Math.min(interval * 2 ** failures, MAX_BACKOFF_SECONDS);
      const delay = retryAfter !== undefined ? Math.max(retryAfter, interval) * 1000 : this.jitter(backoff * 1000);
      const status = failures >= FAILING_AFTER ? 'failing' : 'backoff';
      await this.deps.report(source, { status, lastPolledAt: now().toISOString(), lastError: message, nextPollAt: new Date(now().getTime() + delay).toISOString() });
      return delay;
    }
  }

  private jitter(ms: number): number {
    return Math.round(ms * (0.9 + this.random() * 0.2));
  }

  private random(): number {
    return (this.deps.random ?? Math.random)();
  }

  private canStart(host: string): boolean {
    return this.running < (this.deps.maxConcurrent ?? 8) && (this.perHost.get(host) ?? 0) < (this.deps.maxPerHost ?? 2);
  }

  private take(host: string): void {
    this.running++;
    this.perHost.set(host, (this.perHost.get(host) ?? 0) + 1);
  }

  private async acquire(host: string): Promise<void> {
    if (this.canStart(host)) return this.take(host);
    await new Promise<void>((start) => this.waiting.push({ host, start }));
  }

  private release(host: string): void {
    this.running--;
    const left = (this.perHost.get(host) ?? 1) - 1;
    if (left > 0) this.perHost.set(host, left);
    else this.perHost.delete(host);
    // Start the oldest waiter that fits; a waiter for a busy host does not block the others behind it.
    const next = this.waiting.findIndex((w) => this.canStart(w.host));
    if (next >= 0) {
      const [waiter] = this.waiting.splice(next, 1);
      this.take(waiter.host);
      waiter.start();
    }
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
