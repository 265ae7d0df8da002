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
  private readonly sentFigures = new Map<string, Map<string, string>>();

  constructor(
    private readonly io: TallyServer,
    private readonly store: Store,
  ) {}

  /** snapshot is an event's whole state with the latest seq sent. */
  snapshot(eventId: string): Snapshot | undefined {
    const event = this.store.getEvent(eventId);
    if (!event) return undefined;
    const claims = this.store.listClaims(eventId);
    const figures = this.figuresOf(eventId, claims);
    return { eventId, seq: this.seqs.get(eventId) ?? 0, event, claims, figures, sources: this.store.listSources(eventId) };
  }

  /** publishClaims sends added, changed and removed claims, then the figures they moved. */
  publishClaims(eventId: string, added: Claim[], changed: Claim[], removed: string[] = []): void {
    if (added.length === 0 && changed.length === 0 && removed.length === 0) return;
    this.io.to(roomOf(eventId)).emit('claims', { eventId, seq: this.nextSeq(eventId), added, changed, ...(removed.length ? { removed } : {}) });
    const { moved, gone } = removed.length > 0 ? this.regroupAll(eventId) : this.regroup(eventId, [...added, ...changed]);
    if (moved.length > 0 || gone.length > 0) {
      this.io.to(roomOf(eventId)).emit('figures', { eventId, seq: this.nextSeq(eventId), figures: moved, removed: gone });
    }
  }

  /**
   * regroup recomputes only the figures of the metrics the given claims count: a poll touches a few metrics,
   * and a new daily figure must re-check the cumulative and planned figures of the same metric.
   */
  private regroup(eventId: string, touched: Claim[]): { moved: Figure[]; gone: string[] } {
    const sent = this.sentFigures.get(eventId) ?? new Map<string, string>();
    this.sentFigures.set(eventId, sent);
    // A desk correction can move a claim to another metric: the metrics it was reviewed under are touched too.
    const metrics = new Set(touched.flatMap((c) => [c.metric, ...(c.reviews ?? []).flatMap((r) => [r.metric, r.was?.metric])]).filter((m): m is string => Boolean(m)));
    const figures = groupFigures(this.store.listClaims(eventId).filter((c) => metrics.has(c.metric)), this.metricsOf(eventId));
    const moved = figures.filter((f) => sent.get(f.id) !== JSON.stringify(f));
    for (const f of moved) sent.set(f.id, JSON.stringify(f));
    const ids = new Set(figures.map((f) => f.id));
    const gone = [...sent.keys()].filter((id) => metrics.has(id.split(':')[1]) && !ids.has(id));
    for (const id of gone) sent.delete(id);
    return { moved, gone };
  }

  /** regroupAll recomputes every figure of an event, for when claims went away. */
  private regroupAll(eventId: string): { moved: Figure[]; gone: string[] } {
    const before = this.sentFigures.get(eventId) ?? new Map<string, string>();
    const figures = this.figuresOf(eventId, this.store.listClaims(eventId));
    const ids = new Set(figures.map((f) => f.id));
    return { moved: figures.filter((f) => before.get(f.id) !== JSON.stringify(f)), gone: [...before.keys()].filter((id) => !ids.has(id)) };
  }

  /** publishSources sends sources whose settings or health changed, and ids of removed ones. */
  publishSources(eventId: string, sources: Source[], removed: string[] = []): void {
    if (sources.length === 0 && removed.length === 0) return;
    this.io.to(roomOf(eventId)).emit('sources', { eventId, seq: this.nextSeq(eventId), sources, removed });
  }

  private figuresOf(eventId: string, claims: Claim[]): Figure[] {
    const figures = groupFigures(claims, this.metricsOf(eventId));
    this.sentFigures.set(eventId, new Map(figures.map((f) => [f.id, JSON.stringify(f)])));
    return figures;
  }

  private metricsOf(eventId: string) {
    return this.store.getEvent(eventId)?.metrics ?? [];
  }

  private nextSeq(eventId: string): number {
    const seq = (this.seqs.get(eventId) ?? 0) + 1;
    this.seqs.set(eventId, seq);
    return seq;
  }
}
