// `--all` on the annotated quantity-mention sentences (tests/fixtures/quantities/): every mention's kind, value and
// bounds, and nothing spurious.
import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../server/extract/index.ts';
import { loadQuantities } from '../../server/extract/eval/corpus.ts';
import { scoreQuantities } from '../../server/extract/eval/quantity-score.ts';

const sets = loadQuantities();

describe.each(sets.map((s) => [s.name, s] as const))('quantity set %s', (_, set) => {
  it.each(set.cases.map((c) => [c.text, c] as const))('%s', (__, c) => {
    const s = scoreQuantities(c, extractQuantities(c.text, { publishedAt: '2025-05-24T12:00:00Z' }));
    expect({ wrong: s.wrong, spurious: s.spurious }).toEqual({ wrong: [], spurious: [] });
  });
});

it('is right on at least 93% of the annotated mentions overall (printed)', () => {
  let expected = 0;
  let right = 0;
  let spurious = 0;
  for (const set of sets) for (const c of set.cases) {
    const s = scoreQuantities(c, extractQuantities(c.text, { publishedAt: '2025-05-24T12:00:00Z' }));
    expected += s.expected;
    right += s.right;
    spurious += s.spurious.length;
  }
  console.log(`--all: ${right}/${expected} right, ${spurious} spurious`);
  expect(expected).toBeGreaterThanOrEqual(250);
  expect(right / (expected + spurious)).toBeGreaterThanOrEqual(0.93);
});
