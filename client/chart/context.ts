/** The chart context: Chart measures itself and builds the scales; axes and marks read them from here. */
import { createContext } from 'svelte';
import type { ScaleBand, ScaleLinear } from 'd3-scale';

/** ChartContext is what every piece inside a Chart may read (getters, so readers stay reactive). */
export interface ChartContext {
  readonly width: number;
  readonly height: number;
  /** Drawing area inside the margins. */
  readonly innerWidth: number;
  readonly innerHeight: number;
  /** One band per day. */
  readonly x: ScaleBand<string>;
  /** One band per outlet inside a day's band. */
  readonly group: ScaleBand<string>;
  readonly y: ScaleLinear<number, number>;
  readonly yTicks: number[];
}

/** getChart and setChart share a ChartContext with a Chart's children. */
export const [getChart, setChart] = createContext<ChartContext>();
