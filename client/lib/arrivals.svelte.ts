/** Arrivals keeps track of figures that came in while the reader was not looking, and batches words for screen readers. */
import type { Claim, MetricDef } from '../../shared/types.ts';
import { announceText } from './announce.ts';

/** How long arrivals are gathered before one polite announcement, so a burst is one sentence, not twenty. */
const BATCH_MS = 1200;

/** Arrivals counts unseen new claims (while the tab is hidden or the timeline is scrolled away from its top). */
export class Arrivals {
  /** Ids of new claims the reader has not seen yet, newest first. */
  unseen = $state.raw<string[]>([]);
  /** Whether the top of the timeline is on screen. */
  atTop = $state(true);
  /** Whether the tab is visible. */
  pageVisible = $state(true);
  /** The latest polite announcement for the aria-live region. */
  announcement = $state('');

  count = $derived(this.unseen.length);
  /** Whether the reader would miss new entries right now. */
  away = $derived(!this.atTop || !this.pageVisible);

  #pending: Claim[] = [];
  #timer: ReturnType<typeof setTimeout> | null = null;

  /** add notes claims that just arrived; `metrics` names them in the announcement. */
  add(claims: readonly Claim[], metrics: readonly MetricDef[]): void {
    if (claims.length === 0) return;
    if (this.away) this.unseen = [...claims.map((c) => c.id).reverse(), ...this.unseen];
    this.#pending.push(...claims);
    this.#timer ??= setTimeout(() => {
      this.#timer = null;
      this.announcement = announceText(this.#pending, metrics);
      this.#pending = [];
    }, BATCH_MS);
  }

  /** forget drops claims that no longer exist (their source was removed) from the unseen ones. */
  forget(ids: readonly string[]): void {
    const gone = new Set(ids);
    if (this.unseen.some((id) => gone.has(id))) this.unseen = this.unseen.filter((id) => !gone.has(id));
    this.#pending = this.#pending.filter((c) => !gone.has(c.id));
  }

  /** setAtTop records whether the timeline's top is on screen; reaching it with the tab visible marks everything seen. */
  setAtTop(atTop: boolean): void {
    this.atTop = atTop;
    this.#clearIfSeen();
  }

  /** setPageVisible records whether the tab is visible. */
  setPageVisible(visible: boolean): void {
    this.pageVisible = visible;
    this.#clearIfSeen();
  }

  /** reset starts afresh, as when the page switches to another event. */
  reset(): void {
    this.unseen = [];
    this.#pending = [];
    this.announcement = '';
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
  }

  #clearIfSeen(): void {
    if (!this.away && this.unseen.length > 0) this.unseen = [];
  }
}
