import { describe, expect, it } from 'vitest';
import { deltaE2000, hexToRgb, simulate, toLab, type Deficiency } from '../helpers/color-vision.ts';
import { OKABE_ITO } from '../../client/lib/outlet-colors.ts';

/**
 * Outlet colours sit side by side in grouped bars and legends, so neighbours in the palette (the last one wraps
 * to the first) must stay apart for every reader. Threshold: CIEDE2000 ≥ 12 under full dichromacy, where ~2 is
 * just noticeable and ≥ 10 reads as a different colour at a glance; ≥ 20 for typical vision.
 */
const MIN_DICHROMAT = 12;
const MIN_TYPICAL = 20;

const neighbours = (labs: number[][]) => labs.map((lab, i) => deltaE2000(lab as [number, number, number], labs[(i + 1) % labs.length] as [number, number, number]));

describe('outlet palette under colour-vision deficiencies (Machado et al. 2009, severity 1)', () => {
  it('implements CIEDE2000 as Sharma, Wu & Dalal (2005) tabulate it', () => {
    // Pairs 1, 7 and 17 of the paper's test data.
    expect(deltaE2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 4);
    expect(deltaE2000([50, 0, 0], [50, -1, 2])).toBeCloseTo(2.3669, 4);
    expect(deltaE2000([50, 2.5, 0], [73, 25, -18])).toBeCloseTo(27.1492, 4);
  });

  it('leaves greys grey and white white for every deficiency (the matrices keep the achromatic axis)', () => {
    for (const d of ['protanopia', 'deuteranopia', 'tritanopia'] as Deficiency[]) {
      for (const grey of ['#ffffff', '#999999', '#000000']) {
        const [r, g, b] = simulate(hexToRgb(grey), d);
        expect(Math.abs(r - g)).toBeLessThan(0.01);
        expect(Math.abs(g - b)).toBeLessThan(0.01);
      }
    }
  });

  it(`keeps neighbouring colours at least ΔE2000 ${MIN_TYPICAL} apart for typical vision`, () => {
    const labs = OKABE_ITO.map((hex) => toLab(hexToRgb(hex)));
    expect(Math.min(...neighbours(labs))).toBeGreaterThanOrEqual(MIN_TYPICAL);
  });

  it.each(['protanopia', 'deuteranopia', 'tritanopia'] as Deficiency[])(`keeps neighbouring colours at least ΔE2000 ${MIN_DICHROMAT} apart under %s`, (deficiency) => {
    const labs = OKABE_ITO.map((hex) => toLab(simulate(hexToRgb(hex), deficiency)));
    const gaps = neighbours(labs);
    gaps.forEach((gap, i) => expect(gap, `${OKABE_ITO[i]} next to ${OKABE_ITO[(i + 1) % OKABE_ITO.length]}`).toBeGreaterThanOrEqual(MIN_DICHROMAT));
  });
});
