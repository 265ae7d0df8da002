/** Which chart mark's tooltip is open, shared by a chart's marks (which open it) and its Tooltip (which shows it). */
import type { Claim } from '../../shared/types.ts';

/** TooltipMark is what a mark tells its tooltip: where it is (chart pixels) and what to say. */
export interface TooltipMark {
  id: string;
  x: number;
  y: number;
  outlet: string;
  color: string;
  /** The figure as the tooltip headline says it: "307", "≥15", "13 → 15". */
  figure: string;
  /** What the figure is about: "Sat 24 May", "Running total". */
  about: string;
  claim: Claim;
}

/** TooltipState holds the open mark; a short grace period on leave lets the pointer reach the tooltip's link. */
export class TooltipState {
  active = $state.raw<TooltipMark | null>(null);
  #timer: ReturnType<typeof setTimeout> | undefined;

  /** show opens the tooltip on a mark. */
  show(mark: TooltipMark): void {
    clearTimeout(this.#timer);
    this.active = mark;
  }

  /** hide closes the tooltip, after `delay` ms (cancelled by `keep` or another `show`). */
  hide(delay = 0): void {
    clearTimeout(this.#timer);
    if (delay === 0) this.active = null;
    else this.#timer = setTimeout(() => (this.active = null), delay);
  }

  /** keep cancels a pending hide, while the pointer is on the tooltip itself. */
  keep(): void {
    clearTimeout(this.#timer);
  }
}
