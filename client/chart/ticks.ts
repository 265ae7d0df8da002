/** Tick helpers: counts are whole numbers, so the axes only show whole ticks. */
import { format } from 'd3-format';
import type { ScaleLinear } from 'd3-scale';

const full = format(',');
const short = format('.3~s');

/** countTicks returns about `count` whole-number ticks of `y`. */
export function countTicks(y: ScaleLinear<number, number>, count = 5): number[] {
  const ticks = y.ticks(count).filter(Number.isInteger);
  return ticks.length > 1 ? ticks : y.domain();
}

/** formatTick writes an axis value: "1,000" up to six figures, "1.5M" beyond. */
export function formatTick(value: number): string {
  return Math.abs(value) >= 1e6 ? short(value) : full(value);
}
