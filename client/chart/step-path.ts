/** Step paths: an outlet's figure holds until the next report, drawn as horizontal and vertical runs only. */

/**
 * stepPath returns the SVG path of a step-after line through `points` (placed by `x` and `y`, in pixels), held flat
 * to `endX`. Built by hand rather than with d3-shape: a live chart redraws thousands of points per update. Steps in
 * the same pixel column share one vertical run (at most down, up and back), so a line never has more runs than the
 * chart has pixels: rasterising it then costs the same however many reports it holds.
 */
export function stepPath<T>(points: readonly T[], x: (p: T) => number, y: (p: T) => number, endX: number): string {
  if (points.length === 0) return '';
  const ry = (v: number) => Math.round(v * 10) / 10;
  let column = Math.round(x(points[0]));
  let last = ry(y(points[0]));
  let entered = last;
  let [low, high] = [last, last];
  let d = `M${column},${last}`;
  const closeColumn = () => {
    // Cover every value the column went through, ending on its last: one run when they rose or fell in order.
    const far = entered === high ? [low] : entered === low ? [high] : last * 2 >= low + high ? [low, high] : [high, low];
    const runs = low === Math.min(entered, last) && high === Math.max(entered, last) ? [last] : [...far, last];
    let at = entered;
    for (const to of runs) if (to !== at) d += `V${(at = to)}`;
  };
  for (let i = 1; i < points.length; i++) {
    const px = Math.round(x(points[i]));
    const py = ry(y(points[i]));
    if (px !== column) {
      closeColumn();
      d += `H${px}`;
      column = px;
      entered = low = high = last;
    }
    last = py;
    if (py < low) low = py;
    if (py > high) high = py;
  }
  closeColumn();
  return `${d}H${Math.max(Math.round(endX), column)}`;
}
