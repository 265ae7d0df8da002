/** LiveHub: the one place that turns store changes into socket.io messages, per event room, with a per-event seq. */
import type { Server } from 'socket.io';
import { groupFigures } from '../../shared/figures.ts';
import type { ClientToServerEvents, ServerToClientEvents, Snapshot } from '../../shared/socket-events.ts';
import type { Claim, Figure, Source } from '../../shared/types.ts';
import type { Store } from '../store/store.ts';

export type TallyServer = Server<ClientToServerEvents, ServerToClientEvents>;

/** roomOf names the socket.io room of an event. */
export const roomOf = (eventId: string) => `event:${eventId}`;

/** LiveHub pushes claims, figures and sources deltas, keeping the figures it last sent so it sends only what moved. */
export class LiveHub {
  private readonly seqs = new Map<string, number>();
  /** Per event, the figures last pushed (by id): their metric and their JSON, to tell what moved. */
  private readonly sentFigures = new Map<string, Map<string, { metric: string; json: string }>>();

  constructor(
    private readonly io: TallyServer,
    private readonly store: Store,
  ) {}

  /** snapshot is an event's whole state with the latest seq sent. */
  snapshot(eventId: string): Snapshot | undefined {
    const event = this.store.getEvent(eventId);
    if (!event) return undefined;
    const claims = this.store.listClaims(eventId);
    const figures = groupFigures(claims, event.metrics);
    // What a subscriber was told counts as sent: a figure it got only here must still be announced gone later.
    const sent = this.sentOf(eventId);
    for (const figure of figures) sent.set(figure.id, { metric: figure.metric, json: JSON.stringify(figure) });
    return { eventId, seq: this.seqs.get(eventId) ?? 0, event, claims, figures, sources: this.store.listSources(eventId) };
  }

  /** publishClaims sends added, changed and removed claims, then the figures they moved. */
  publishClaims(eventId: string, added: Claim[], changed: Claim[], removed: string[] = []): void {
    if (added.length === 0 && changed.length === 0 && removed.length === 0) return;
    this.io.to(roomOf(eventId)).emit('claims', { eventId, seq: this.nextSeq(eventId), added, changed, ...(removed.length ? { removed } : {}) });
    // Removed claims no longer say which metrics they counted: then every figure is looked at.
    this.publishFigures(eventId, removed.length > 0 ? null : touchedMetrics([...added, ...changed]));
  }

  /** publishFigures sends the figures of the given metrics (all when null) that moved since last pushed, and those gone. */
  private publishFigures(eventId: string, metrics: Set<string> | null): void {
    const { moved, gone } = this.regroup(eventId, metrics);
    if (moved.length > 0 || gone.length > 0) {
      this.io.to(roomOf(eventId)).emit('figures', { eventId, seq: this.nextSeq(eventId), figures: moved, removed: gone });
    }
  }

  /**
   * regroup recomputes the figures of the given metrics (all when null) and returns those that differ from
   * what was last pushed, and the ids of pushed figures that no longer exist. A poll touches a few metrics;
   * a whole metric is regrouped so a new daily figure re-checks the totals that span it.
   */
  private regroup(eventId: string, metrics: Set<string> | null): { moved: Figure[]; gone: string[] } {
    const sent = this.sentOf(eventId);
    const inScope = (metric: string) => metrics === null || metrics.has(metric);
    const figures = groupFigures(this.store.listClaims(eventId).filter((c) => inScope(c.metric)), this.store.getEvent(eventId)?.metrics ?? []);
    const moved: Figure[] = [];
    for (const figure of figures) {
      const json = JSON.stringify(figure);
      if (sent.get(figure.id)?.json === json) continue;
      sent.set(figure.id, { metric: figure.metric, json });
      moved.push(figure);
    }
    const ids = new Set(figures.map((f) => f.id));
    const gone = [...sent].filter(([id, f]) => inScope(f.metric) && !ids.has(id)).map(([id]) => id);
    for (const id of gone) sent.delete(id);
    return { moved, gone };
  }

  /**
   * publishEvent sends an event whose title or metric definitions changed, then the claims that went with a
   * dropped metric and every figure that moved (a tolerance or label change can move any of them).
   */
  publishEvent(eventId: string, removedClaims: string[] = []): void {
    const event = this.store.getEvent(eventId);
    if (!event) return;
    this.io.to(roomOf(eventId)).emit('event', { eventId, seq: this.nextSeq(eventId), event });
    if (removedClaims.length > 0) this.publishClaims(eventId, [], [], removedClaims);
    else this.publishFigures(eventId, null);
  }

  /** publishSources sends sources whose settings or health changed, and ids of removed ones. */
  publishSources(eventId: string, sources: Source[], removed: string[] = []): void {
    if (sources.length === 0 && removed.length === 0) return;
    this.io.to(roomOf(eventId)).emit('sources', { eventId, seq: this.nextSeq(eventId), sources, removed });
  }

  private sentOf(eventId: string): Map<string, { metric: string; json: string }> {
    let sent = this.sentFigures.get(eventId);
    if (!sent) this.sentFigures.set(eventId, (sent = new Map()));
    return sent;
  }

  private nextSeq(eventId: string): number {
    const seq = (this.seqs.get(eventId) ?? 0) + 1;
    this.seqs.set(eventId, seq);
    return seq;
  }
}

/** touchedMetrics lists the metrics claims count, including those a desk correction moved them from or to. */
function touchedMetrics(claims: Claim[]): Set<string> {
  const metrics = new Set<string>();
  for (const claim of claims) {
    metrics.add(claim.metric);
    for (const review of claim.reviews ?? []) {
      if (review.metric) metrics.add(review.metric);
      if (review.was) metrics.add(review.was.metric);
    }
  }
  return metrics;
}
