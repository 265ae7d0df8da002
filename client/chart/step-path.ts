/** Step paths: an outlet's figure holds until the next report, drawn as horizontal and vertical runs only. */

/**
 * stepPath returns the SVG path of a step-after line through `points` (placed by `x` and `y`, in pixels), held flat
 * to `endX`. Built by hand rather than with d3-shape: a live chart redraws thousands of points per update.
 */
export function stepPath<T>(points: readonly T[], x: (p: T) => number, y: (p: T) => number, endX: number): string {
  if (points.length === 0) return '';
  const r = (v: number) => Math.round(v * 10) / 10;
  let lastX = r(x(points[0]));
  let d = `M${lastX},${r(y(points[0]))}`;
  for (let i = 1; i < points.length; i++) {
    // Steps closer than a tenth of a pixel share one vertical run: thousands of points never outgrow the chart's width.
    const px = r(x(points[i]));
    d += px === lastX ? `V${r(y(points[i]))}` : `H${px}V${r(y(points[i]))}`;
    lastX = px;
  }
  return `${d}H${r(Math.max(endX, x(points[points.length - 1])))}`;
}
