/** Releases: whether people set free were exchanged both ways, released one way, or hostages. */
import type { MetricDef } from '../../shared/types.ts';
import type { DocumentCues } from './document.ts';
import type { MetricChoice } from './metrics.ts';
import type { Token } from './tokens.ts';

const HOSTAGE_NOUN = /^(?:hostages?|captives?|abductees?)$/i;
const PRISONER_NOUN = /^(?:prisoners?|detainees?|inmates?|convicts?|POWs?)$/i;
// Who frees hostages rather than prisoners.
const HOSTAGE_TAKER = /\b(?:Hamas|Hezbollah|Houthis?|Islamic Jihad|militants?|kidnappers?|gunmen|captors|abductors|pirates|rebels|Taliban|al-Shabab|Boko Haram|gangs?|insurgents|jihadists)\b/i;

// "in addition to five Thai nationals released": a preposition before the count makes its verb a participle on it.
const ABOUT_PEOPLE = /^(?:to|of|for|with|among|including|and|plus)$/i;

/** releaseMetric corrects the metric of a release by what the item is about: in a swap, or given per side, a
 * release is part of the exchange; elsewhere it is one-way, of prisoners or of hostages by who frees them ("Israel
 * releases 39 Palestinians", "Hamas frees 24"). A release with no captives anywhere in the item ("rescuers freed
 * 30 people from the rubble") counts nothing tracked: undefined. */
export function releaseMetric(choice: MetricChoice, tokens: Token[], metrics: MetricDef[], doc: DocumentCues, perSide = false): string | undefined {
  const has = (key: string) => metrics.some((m) => m.key === key);
  const { metric } = choice;
  // "Russia and Ukraine each released 390 prisoners": a release on both sides is an exchange wherever it is told.
  if (doc.swap || (perSide && metric.startsWith('prisoners_'))) return metric === 'prisoners_released' && has('prisoners_exchanged') ? 'prisoners_exchanged' : metric;
  if (metric !== 'prisoners_exchanged' || !has('prisoners_released')) return metric;
  const noun = choice.nounPhrase.map((i) => tokens[i].text);
  if (noun.some((w) => HOSTAGE_NOUN.test(w))) return has('hostages_released') ? 'hostages_released' : metric;
  if (!noun.some((w) => PRISONER_NOUN.test(w)) && !doc.captives) return undefined;
  // "five Thai nationals released outside the deal": a participle after the counted noun tells no one who freed them.
  const inside = choice.nounPhrase.includes(choice.hit.first) && choice.hit.first > choice.nounPhrase[0];
  const right = choice.nounPhrase.length > 0 && choice.hit.first === choice.nounPhrase.at(-1)! + 1 && !/^(?:were|was|are|is|been|have|has|had)$/i.test(tokens[choice.hit.first - 1]?.text ?? '');
  const reduced = (inside || (right && ABOUT_PEOPLE.test(tokens[choice.nounPhrase[0] - 2]?.text ?? ''))) && /ed$/i.test(tokens[choice.hit.first].text);
  const who = reduced ? undefined : releaser(tokens, choice.hit.first);
  if (who === undefined) return doc.hostages && has('hostages_released') ? 'hostages_released' : 'prisoners_released';
  return HOSTAGE_TAKER.test(who) && has('hostages_released') ? 'hostages_released' : 'prisoners_released';
}

/** releaser returns who sets people free: the agent of a passive ("freed by Hamas"), else the words of the clause
 * before the verb ("Israel releases"), or undefined for an agentless passive ("were also freed"). */
function releaser(tokens: Token[], verb: number): string | undefined {
  if (/^(?:was|were|been|being|be|is|are)$/i.test(tokens[verb - 1]?.text ?? '') || /^(?:was|were|been|be)$/i.test(tokens[verb - 2]?.text ?? '')) {
    const by = tokens.findIndex((t, i) => i > verb && i < verb + 6 && t.norm === 'by');
    return by > 0 ? tokens.slice(by + 1, by + 5).map((t) => t.text).join(' ') : undefined;
  }
  let from = verb - 1;
  while (from > 0 && from > verb - 8 && tokens[from - 1].kind !== 'punct') from--;
  return tokens.slice(from, verb).map((t) => t.text).join(' ');
}
