/** The embed view's address: /embed/<eventId>/<metric>?view=day|time&figure=<key>&size=16x9|print&theme=light|dark. */
import type { Scheme } from './theme.ts';
import type { ChartView } from './url-state.svelte.ts';

/** EmbedSize is what an embed is laid out for: a 16:9 video frame or a print page. */
export type EmbedSize = '16x9' | 'print';

/** EmbedParams is everything an embed address says. */
export interface EmbedParams {
  eventId: string;
  metric: string;
  view: ChartView;
  size: EmbedSize;
  /** Null follows the viewer's system setting. */
  theme: Scheme | null;
  /** The figure an over-time chart follows; absent for the metric's lead figure. */
  figure?: string;
}

/** parseEmbedUrl reads an embed address, or returns null when `pathname` is not one. */
export function parseEmbedUrl(pathname: string, search: string): EmbedParams | null {
  const match = /^\/embed\/([^/]+)\/([^/]+)\/?$/.exec(pathname);
  if (!match) return null;
  const query = new URLSearchParams(search);
  const theme = query.get('theme');
  return {
    eventId: decodeURIComponent(match[1]),
    metric: decodeURIComponent(match[2]),
    view: query.get('view') === 'time' ? 'time' : 'day',
    size: query.get('size') === 'print' ? 'print' : '16x9',
    theme: theme === 'light' || theme === 'dark' ? theme : null,
    ...(query.get('figure') ? { figure: query.get('figure')! } : {}),
  };
}

/** embedUrl writes an embed address on `origin`, leaving defaults (by day, 16:9, system theme) out. */
export function embedUrl(origin: string, params: Pick<EmbedParams, 'eventId' | 'metric'> & Partial<EmbedParams>): string {
  const url = new URL(`/embed/${encodeURIComponent(params.eventId)}/${encodeURIComponent(params.metric)}`, origin);
  if (params.view && params.view !== 'day') url.searchParams.set('view', params.view);
  if (params.figure && params.view === 'time') url.searchParams.set('figure', params.figure);
  if (params.size && params.size !== '16x9') url.searchParams.set('size', params.size);
  if (params.theme) url.searchParams.set('theme', params.theme);
  return url.href;
}
