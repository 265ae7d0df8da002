/** How the timeline takes in new claims: one by one with motion, or, in a burst, still and a few times a second. */
import type { Claim } from '../../shared/types.ts';

/** More claims than this in one delta is a burst. */
const BURST = 5;
/** How long after a burst the list stays in burst mode, so a stream of bursts never switches modes back and forth. */
const CALM_AFTER_MS = 2000;
/** How often a list in burst mode takes in what arrived: nobody reads ten updates a second, and each costs a frame. */
const REFRESH_MS = 250;

/** ArrivalPace decides, delta by delta, whether the timeline is in a burst, and paces the list it shows while it is. */
export class ArrivalPace {
  /** True while claims arrive in bursts: entries then appear without moving or flying in. */
  burst = $state(false);
  #listed = $state.raw<readonly Claim[]>([]);
  /** True for a short while after an arrival in a burst: the list then holds still, and what comes meanwhile waits. */
  #held = $state(false);
  #calm: ReturnType<typeof setTimeout> | undefined;
  #refresh: ReturnType<typeof setTimeout> | undefined;
  readonly #read: () => readonly Claim[];
  readonly #away: () => boolean;

  /** `read` gives the live list, newest first; `away` says whether the reader is scrolled away from its top. */
  constructor(read: () => readonly Claim[], away: () => boolean) {
    this.#read = read;
    this.#away = away;
  }

  /** list is what the timeline shows: the live list, or in a burst, for a moment after each arrival, the list as it stood then. */
  get list(): readonly Claim[] {
    return this.#held ? this.#listed : this.#read();
  }

  /** note takes in a delta that added `count` claims. */
  note(count: number): void {
    // Switching modes redraws the entries, which would lose a scrolled-away reader's place: it waits until they are back.
    if (count > BURST && (this.burst || !this.#away())) {
      this.burst = true;
      clearTimeout(this.#calm);
      this.#settle();
    }
    if (this.burst && !this.#held) {
      this.#listed = this.#read();
      this.#held = true;
      this.#refresh = setTimeout(() => (this.#held = false), REFRESH_MS);
    }
  }

  /** stop cancels the timers, as when the timeline goes away. */
  stop(): void {
    clearTimeout(this.#calm);
    clearTimeout(this.#refresh);
    this.#held = false;
  }

  #settle(): void {
    this.#calm = setTimeout(() => (this.#away() ? this.#settle() : (this.burst = false)), CALM_AFTER_MS);
  }
}
