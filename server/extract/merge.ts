/** Claim merging: a figure the title, summary and body all repeat is one claim, with the richest wording. */
import type { ExtractedClaim } from '../../shared/types.ts';
import { addDays } from './dates.ts';

/** Mention is one extracted claim and how firm its day is. */
export interface Mention {
  claim: ExtractedClaim;
  /** The text named no day for it: the publication day is a guess (a headline, a summary). */
  guessed?: boolean;
  /** Dated by "overnight" or "last night", which may mean the evening before. */
  night?: boolean;
  /** From the headline, which shortens what the body tells in full ("34 killed" for "the toll has risen to 34"). */
  headline?: boolean;
  /** Told as an earlier tally of another count ("down from the 95 the health ministry gave"): a retelling. */
  earlier?: boolean;
  /** From an aggregator entry's title field, which shortens its snippet as a headline does the body. */
  title?: boolean;
  /** A running total only because it was reported after the disaster's day, not by its own words. */
  inferredTotal?: boolean;
  /** Told as an addition ("three more", "another 300"): a new count, not the same figure told again. */
  additional?: boolean;
  /** Its place is one of a list's ("Catarroja has counted 25 dead, Alfafar 10"): that place's count alone. */
  placeListed?: boolean;
  /** The paragraph it was told in: an aggregator's title and snippet share one. */
  paragraph?: number;
}

/** claimKey is what makes two claims of one text the same figure: metric, value, day and scope. */
export function claimKey(c: Pick<ExtractedClaim, 'metric' | 'value' | 'date' | 'scope'>): string {
  return [c.metric, c.value, c.date ?? '', c.scope].join('|');
}

/** mergeClaims keeps one claim per key, in first-seen order: the mention that says most (per side, source,
 * place, actor) gives quote and span, and the others fill what it leaves out. A mention whose day was only
 * guessed joins the dated claim of the same metric and value (the latest one when several days have it, and
 * whatever its scope: a headline's "toll hits 93" is the body's "rose to 93 on Saturday"). A mention dated by
 * "last night" joins a claim of the same figure named for the day before. */
export function mergeClaims(mentions: Mention[]): ExtractedClaim[] {
  const firm = mentions.filter((m) => !m.guessed && !m.night);
  const sameFigure = (a: ExtractedClaim, b: ExtractedClaim) => a.metric === b.metric && a.value === b.value;
  const target = (m: Mention): ExtractedClaim => {
    if (m.guessed) {
      // The dated mention worded the same way ("at least 78"), else the latest.
      const bounds = (c: ExtractedClaim) => `${c.min ?? ''}|${c.max ?? ''}`;
      // Unless two sources gave it: the acting mayor's 117 wounded today are not the minister's 117 of last night.
      // Nor one place's count another's ("- Forlì-Cesena: nine dead" after the region's "up from nine on Wednesday").
      const dated = mentions.filter((o) => !o.guessed && sameFigure(o.claim, m.claim) && (m.headline || o.paragraph === m.paragraph || (!otherSource(o.claim, m.claim) && !otherPlace(o.claim, m.claim))))
        .sort((a, b) => Number(bounds(b.claim) === bounds(m.claim)) - Number(bounds(a.claim) === bounds(m.claim)) || (b.claim.date ?? '').localeCompare(a.claim.date ?? ''));
      if (dated[0]) return target(dated[0]);
      // No mention names a day: the headline's and the body's telling of one figure still make one claim.
      // A running total wins ("Death toll rises to 42" over "42 were killed"), then the body's telling.
      const told = mentions.filter((o) => o.guessed && sameFigure(o.claim, m.claim));
      // A headline made a total only by the disaster's day does not outweigh the body's own reading.
      return (told.find((o) => o.claim.scope === 'cumulative' && !(o.headline && o.inferredTotal)) ?? told.find((o) => !o.headline) ?? told[0])?.claim ?? m.claim;
    }
    if (m.night && !m.additional) {
      const before = firm.find((o) => sameFigure(o.claim, m.claim) && o.claim.scope === m.claim.scope && o.claim.date === addDays(m.claim.date!, -1));
      if (before) return before.claim;
    }
    return m.claim;
  };
  const groups = new Map<string, Mention[][]>();
  for (const m of mentions) {
    const key = claimKey(target(m));
    const sets = groups.get(key) ?? [];
    // "Of those, ... seven in Castilla-La Mancha ...; Chiva, further inland, seven": one sentence's counts for two
    // places are two figures (a headline and a body may name one place two ways).
    const { place, quote } = m.claim;
    // So are counts a list gives each place ("Alfafar 10 and Chiva, further inland, seven").
    const apart = (o: Mention) => !!o.claim.place && o.claim.place !== place && (o.claim.quote === quote || !!o.placeListed || !!m.placeListed);
    const same = sets.find((g) => !place || !g.some(apart));
    if (same) same.push(m);
    else sets.push([m]);
    groups.set(key, sets);
  }
  return [...groups.values()].flat().map((group) => {
    const dated = group.filter((m) => !m.guessed);
    const short = (m: Mention) => (m.headline || m.title || m.earlier ? 0.5 : 0);
    const base = (dated.length ? dated : group).reduce((best, m) => (richness(m.claim) - short(m) > richness(best.claim) - short(best) ? m : best)).claim;
    const into = target(group[0]);
    // "34 killed" in a headline is shorthand for the body's "the death toll has risen to 34" on the same day.
    const total = into.scope === 'daily' && group.some((m) => !m.headline && !(m.title && m.inferredTotal) && m.claim.scope === 'cumulative' && (m.guessed || m.claim.date === into.date));
    const merged: ExtractedClaim = { ...base, date: into.date, scope: total ? 'cumulative' : into.scope };
    if (into.dateEnd) merged.dateEnd = into.dateEnd;
    if (merged.date === undefined) delete merged.date;
    // A headline's "Saudi Arabia says" is shorthand for the body's named official: the body's source wins.
    const bodySource = group.find((m) => !m.headline && m.claim.attribution)?.claim.attribution;
    if (bodySource && group.some((m) => m.headline && m.claim === base)) merged.attribution = bodySource;
    for (const { claim: c } of group) {
      if (c.perSide) merged.perSide = true;
      for (const field of ['attribution', 'place', 'actor', 'dateEnd'] as const) {
        if (merged[field] === undefined && c[field] !== undefined) (merged as unknown as Record<string, unknown>)[field] = c[field];
      }
    }
    // A figure given for each side of an exchange has no single actor.
    if (merged.perSide) delete merged.actor;
    return merged;
  });
}

function otherPlace(a: ExtractedClaim, b: ExtractedClaim): boolean {
  return !!a.place && !!b.place && !a.place.includes(b.place) && !b.place.includes(a.place);
}

function otherSource(a: ExtractedClaim, b: ExtractedClaim): boolean {
  return !!a.attribution && !!b.attribution && a.attribution !== b.attribution;
}

function richness(c: ExtractedClaim): number {
  return (c.perSide ? 1 : 0) + (c.attribution ? 1 : 0) + (c.place ? 1 : 0) + (c.actor ? 1 : 0) + (c.min !== undefined || c.max !== undefined ? 1 : 0);
}
