/** Folding a list that mostly grows at its end, as a live event's claims do: only what was appended is folded in. */

/**
 * AppendFold keeps the state folded over the last list it saw. Given a list that extends that one (same items, more at
 * the end) it folds in only the new items; any other change (an item replaced or removed) folds the list afresh.
 */
export class AppendFold<T, S> {
  #items: readonly T[] = [];
  #state: S;
  readonly #start: () => S;
  readonly #step: (state: S, item: T) => void;

  constructor(start: () => S, step: (state: S, item: T) => void) {
    this.#start = start;
    this.#step = step;
    this.#state = start();
  }

  /** fold returns the state for `items`, and whether it was folded afresh rather than extended. */
  fold(items: readonly T[]): { state: S; fresh: boolean } {
    if (items === this.#items) return { state: this.#state, fresh: false };
    const from = extends_(items, this.#items) ? this.#items.length : 0;
    if (from === 0) this.#state = this.#start();
    for (let i = from; i < items.length; i++) this.#step(this.#state, items[i]);
    this.#items = items;
    return { state: this.#state, fresh: from === 0 };
  }
}

/** Lists known to extend another, as their maker recorded with `markAppended`. */
const appendedTo = new WeakMap<readonly unknown[], readonly unknown[]>();
const MAX_LINKS = 32;

/** markAppended records that `next` is `previous` with items appended, so folds over it need not compare the two. */
export function markAppended<T>(next: readonly T[], previous: readonly T[]): void {
  appendedTo.set(next, previous);
}

/** extends_ says whether `next` holds every item of `previous`, in place, plus perhaps more at its end. */
function extends_<T>(next: readonly T[], previous: readonly T[]): boolean {
  if (previous.length === 0 || next.length < previous.length) return false;
  // Several updates may come between two folds (they are drawn once per frame): follow the recorded links back.
  let link: readonly unknown[] | undefined = next;
  for (let i = 0; i < MAX_LINKS && link; i++) {
    if (link === previous) return true;
    link = appendedTo.get(link);
  }
  // Identity checks only: thousands of them cost less than folding a single claim afresh.
  for (let i = previous.length - 1; i >= 0; i--) if (next[i] !== previous[i]) return false;
  return true;
}
