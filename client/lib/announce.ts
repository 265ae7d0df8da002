/** Words for screen readers and the tab title when new figures arrive. */
import { metricLabel } from '../../shared/metrics.ts';
import type { Claim, MetricDef } from '../../shared/types.ts';
import { formatAmount } from './format.ts';

const NAMED = 3;

/** announceText says a batch of new claims in one polite sentence: "2 new figures: Reuters 307 prisoners exchanged; AP 300 killed." */
export function announceText(claims: readonly Claim[], metrics: readonly MetricDef[]): string {
  if (claims.length === 0) return '';
  const named = claims.slice(0, NAMED).map((c) => {
    const amount = formatAmount(c);
    return `${c.outlet} ${amount} ${metricLabel([...metrics], c.metric).toLowerCase()}`;
  });
  const rest = claims.length - named.length;
  const head = claims.length === 1 ? '1 new figure' : `${claims.length} new figures`;
  return `${head}: ${named.join('; ')}${rest > 0 ? `; and ${rest} more` : ''}.`;
}

/** pageTitle is the tab title: the event's title, with the count of unseen figures in front when there are any. */
export function pageTitle(title: string | null | undefined, unseen: number): string {
  const base = title ? `${title} · Tally` : 'Tally';
  return unseen > 0 ? `(${unseen}) ${base}` : base;
}
