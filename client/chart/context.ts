/** The chart contexts: a chart measures itself and builds the scales; axes, marks and tooltips read them from here. */
import { createContext } from 'svelte';
import type { ScaleBand, ScaleLinear, ScaleTime } from 'd3-scale';
import type { TooltipState } from './tooltip-state.svelte.ts';

/** ChartFrame is what every chart shares, whatever its x axis: size, value scale and the tooltip. */
export interface ChartFrame {
  readonly width: number;
  readonly height: number;
  /** Drawing area inside the margins. */
  readonly innerWidth: number;
  readonly innerHeight: number;
  readonly y: ScaleLinear<number, number>;
  readonly yTicks: number[];
  readonly tooltip: TooltipState;
  /** How much bigger than on the page text and strokes are drawn: 1, up to 2 in a large embed. */
  readonly scale: number;
}

/** ChartContext is the frame of a by-day chart plus its day and outlet bands (getters, so readers stay reactive). */
export interface ChartContext extends ChartFrame {
  /** One band per day. */
  readonly x: ScaleBand<string>;
  /** One band per outlet inside a day's band. */
  readonly group: ScaleBand<string>;
}

/** TimeChartContext is the frame of an over-time chart plus its time scale. */
export interface TimeChartContext extends ChartFrame {
  readonly x: ScaleTime<number, number>;
}

/** getFrame and setFrame share the ChartFrame with pieces that work in any chart (AxisY, ReferenceLine). */
export const [getFrame, setFrame] = createContext<ChartFrame>();
/** getChart and setChart share a ChartContext with a by-day chart's children. */
export const [getChart, setChart] = createContext<ChartContext>();
/** getTimeChart and setTimeChart share a TimeChartContext with an over-time chart's children. */
export const [getTimeChart, setTimeChart] = createContext<TimeChartContext>();

/**
 * extendFrame returns a chart's context: the getters of its frame (measured after the chart is made, so read through
 * `frame()`, zeros until then) plus the chart's own, such as its x scale. Getters keep readers reactive.
 */
export function extendFrame<T extends object>(frame: () => ChartFrame | null, own: T): ChartFrame & T {
  const base: ChartFrame = {
    get width() { return frame()?.width ?? 0; },
    get height() { return frame()?.height ?? 0; },
    get innerWidth() { return frame()?.innerWidth ?? 0; },
    get innerHeight() { return frame()?.innerHeight ?? 0; },
    get y() { return frame()!.y; },
    get yTicks() { return frame()?.yTicks ?? []; },
    get tooltip() { return frame()!.tooltip; },
    get scale() { return frame()?.scale ?? 1; },
  };
  return Object.defineProperties(base, Object.getOwnPropertyDescriptors(own)) as ChartFrame & T;
}
