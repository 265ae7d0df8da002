import { describe, expect, it } from 'vitest';
import { stepPath } from '../../client/chart/step-path.ts';

const px = (p: { x: number; y: number }) => p.x;
const py = (p: { x: number; y: number }) => p.y;

describe('stepPath', () => {
  it.each([
    ['nothing for no points', [], 100, ''],
    ['a lone report held flat to the end', [{ x: 0, y: 50 }], 100, 'M0,50H100'],
    ['a step: hold, then rise', [{ x: 0, y: 50 }, { x: 40, y: 20 }], 100, 'M0,50H40V20H100'],
    ['steps in one pixel column that keep rising share one vertical run', [{ x: 0, y: 50 }, { x: 40.1, y: 30 }, { x: 40.3, y: 20 }], 100, 'M0,50H40V20H100'],
    ['a column that dips and comes back covers its whole range', [{ x: 0, y: 50 }, { x: 40.1, y: 10 }, { x: 40.3, y: 30 }], 100, 'M0,50H40V10V30H100'],
    ['never ends left of its last point', [{ x: 0, y: 5 }, { x: 120, y: 1 }], 100, 'M0,5H120V1H120'],
  ])('draws %s', (_name, points, end, d) => {
    expect(stepPath(points, px, py, end)).toBe(d);
  });

  it('uses only absolute horizontal and vertical commands after the move (invariant)', () => {
    const points = Array.from({ length: 500 }, (_, i) => ({ x: i * 1.7, y: 300 - i * 0.5 }));
    expect(stepPath(points, px, py, 900)).toMatch(/^M[\d.]+,[\d.]+([HV][\d.]+)+$/);
  });

  it('never writes more than three vertical runs per pixel column, however many points fall in it (invariant)', () => {
    const points = Array.from({ length: 5000 }, (_, i) => ({ x: i / 50, y: 150 + 100 * Math.sin(i) }));
    const d = stepPath(points, px, py, 100);
    expect(d.match(/V/g)!.length).toBeLessThanOrEqual(3 * 101);
    expect(d).toMatch(/^M[\d.]+,[\d.]+([HV][\d.]+)+$/);
  });
});
