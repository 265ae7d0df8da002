/** The page's shareable state lives in the query string (event, selected metric, each chart's view and followed figure), so a link reopens it. */

/** ChartView is how a metric's chart is drawn: one bar per outlet per day, or step lines over time. */
export type ChartView = 'day' | 'time';

/** UrlState mirrors `location.search` reactively; `update` writes it back as a new history entry or in place. */
export class UrlState {
  params = $state.raw(new URLSearchParams(typeof location === 'undefined' ? '' : location.search));

  /** read returns one query parameter, or null. */
  read(name: string): string | null {
    return this.params.get(name);
  }

  /** viewOf returns a metric's chart view: what the address says, else `fallback`. */
  viewOf(metric: string, fallback: ChartView = 'day'): ChartView {
    const view = this.params.get(`view.${metric}`);
    return view === 'time' || view === 'day' ? view : fallback;
  }

  /** setView records a metric's chart view as a new history entry, so Back returns to the previous view. */
  setView(metric: string, view: ChartView): void {
    this.update({ [`view.${metric}`]: view }, 'push');
  }

  /** figureOf returns the figure a metric's over-time chart follows, as the address says, or null for its lead figure. */
  figureOf(metric: string): string | null {
    return this.params.get(`figure.${metric}`);
  }

  /** setFigure records the figure a metric's over-time chart follows as a new history entry, so Back returns to the previous one. */
  setFigure(metric: string, figure: string): void {
    this.update({ [`figure.${metric}`]: figure }, 'push');
  }

  /** update changes the given parameters (null removes one), keeping every other one as it is in the address bar. */
  update(patch: Record<string, string | null>, mode: 'push' | 'replace'): void {
    const url = new URL(location.href);
    for (const [name, value] of Object.entries(patch)) {
      if (value === null) url.searchParams.delete(name);
      else url.searchParams.set(name, value);
    }
    if (url.search === location.search) return;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    this.params = new URLSearchParams(url.search);
  }

  /** connect follows back/forward navigation and returns the cleanup that stops it. */
  connect(): () => void {
    const onPopState = () => {
      this.params = new URLSearchParams(location.search);
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }
}

/** urlState is the page's one UrlState. */
export const urlState = new UrlState();
