/** One metric's over-time chart kept current as claims stream in: a new report re-steps only its own outlet's line. */
import type { Claim } from '../../shared/types.ts';
import { AppendFold } from './append-fold.ts';
import { sameList } from './outlet-colors.ts';
import {
  choiceOf,
  extendSteps,
  firstOfChoice,
  momentsOf,
  rankChoices,
  START,
  type FigureChoice,
  type OutletSeries,
  type StepState,
} from './time-series.ts';

/** Track is one outlet's claims for the followed figure, those not stepped through yet, and its line so far. */
interface Track {
  claims: Claim[];
  pending: Claim[];
  step: StepState;
}

/** ChoiceTracker lists a metric's figure choices, as `figureChoices` does, looking only at claims appended since the last call. */
export class ChoiceTracker {
  #fold = new AppendFold<Claim, Map<string, Claim>>(() => new Map(), firstOfChoice);
  #size = -1;
  #choices: FigureChoice[] = [];

  /** update returns the choices for `claims`: the same array while no figure was added or dropped. */
  update(claims: readonly Claim[]): FigureChoice[] {
    const { state, fresh } = this.#fold.fold(claims);
    if (fresh || state.size !== this.#size) {
      this.#size = state.size;
      this.#choices = rankChoices(state);
    }
    return this.#choices;
  }
}

/**
 * SeriesTracker returns what `buildTimeSeries` would, kept from call to call: claims appended since the last call are
 * stepped onto their outlet's line; any other change (a revision, a removal) rebuilds the lines afresh.
 */
export class SeriesTracker {
  #choice: string | null = null;
  #fold = this.#foldFor('');
  #series = new Map<string, OutletSeries>();
  #order: readonly string[] = [];
  #result: OutletSeries[] = [];

  /** update returns one step series per outlet (in `order`) for the figure `choice`: the same array when nothing changed. */
  update(claims: readonly Claim[], choice: string, order: readonly string[]): OutletSeries[] {
    if (choice !== this.#choice) {
      this.#choice = choice;
      this.#fold = this.#foldFor(choice);
    }
    const { state, fresh } = this.#fold.fold(claims);
    let changed = fresh || !sameList(order, this.#order);
    if (fresh) this.#series.clear();
    for (const [outlet, track] of state) {
      if (track.pending.length === 0 && this.#series.has(outlet)) continue;
      const moments = momentsOf(track.pending);
      track.pending = [];
      // New reports come after the line's last moment; one that does not (a late arrival) re-steps the outlet.
      track.step = moments.length === 0 || moments[0].at >= track.step.lastAt ? extendSteps(track.step, moments) : extendSteps(START, momentsOf(track.claims));
      const held = this.#series.get(outlet);
      if (held?.points === track.step.points) continue;
      this.#series.set(outlet, { outlet, points: track.step.points });
      changed = true;
    }
    if (!changed) return this.#result;
    this.#order = order;
    const rank = new Map(order.map((outlet, i) => [outlet, i]));
    const place = (outlet: string) => rank.get(outlet) ?? order.length;
    this.#result = [...this.#series.values()].sort((a, b) => place(a.outlet) - place(b.outlet));
    return this.#result;
  }

  #foldFor(choice: string): AppendFold<Claim, Map<string, Track>> {
    return new AppendFold<Claim, Map<string, Track>>(
      () => new Map(),
      (tracks, claim) => {
        if (choiceOf(claim) !== choice) return;
        let track = tracks.get(claim.outlet);
        if (!track) tracks.set(claim.outlet, (track = { claims: [], pending: [], step: START }));
        track.claims.push(claim);
        track.pending.push(claim);
      },
    );
  }
}
