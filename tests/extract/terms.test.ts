// findTermHits: terms found around the number, with modifiers, auxiliaries and coordination inside.
import { describe, expect, it } from 'vitest';
import { findTermHits } from '../../server/extract/terms.ts';
import { tokenize } from '../../server/extract/tokens.ts';
import { DEFAULT_METRICS } from '../../shared/metrics.ts';

/** The hits of a sentence as "metric:term words". */
function hits(sentence: string): string[] {
  const tokens = tokenize(sentence);
  const inNumber = (i: number) => tokens[i].kind === 'num' || /^(?:six|two)$/.test(tokens[i].text);
  return findTermHits(tokens, DEFAULT_METRICS, inNumber).map((h) => `${h.metric}:${h.words.map((i) => tokens[i].text).join(' ')}`);
}

describe('findTermHits', () => {
  it.each([
    ['shot six missiles', ['missiles_launched:missiles', 'missiles_intercepted:shot missiles']],
    ['took down 100 drones', ['drones_launched:drones', 'drones_intercepted:took down drones']],
    ['250 drones were shot down', ['drones_launched:drones', 'drones_intercepted:drones shot down']],
    ['released 14 political prisoners', ['prisoners_released:released prisoners', 'prisoners_exchanged:released']],
    ['shot down 277 drones and two of the missiles', ['missiles_launched:missiles', 'drones_launched:drones', 'missiles_intercepted:shot down missiles', 'drones_intercepted:shot down drones']],
    ['33 hostages are to be released', ['hostages_released:hostages released', 'prisoners_exchanged:released']],
    ['killing 12 and injuring 40', ['killed:killing', 'injured:injuring']],
    ['in exchange for 1,900 prisoners', ['prisoners_released:in exchange for prisoners']],
    ['87 missiles and 27 Shaheds were destroyed', ['missiles_launched:missiles', 'drones_launched:Shaheds', 'missiles_intercepted:missiles destroyed', 'drones_intercepted:Shaheds destroyed']],
    ['released its report on prisoners', ['prisoners_exchanged:released']],
  ])('%s', (sentence, want) => expect(hits(sentence).sort()).toEqual([...want].sort()));
});
