/** Live state of the event on screen: a snapshot from the socket, kept current by its deltas. */
import type { ClaimsDelta, EventDelta, FiguresDelta, Snapshot, SourcesDelta } from '../../shared/socket-events.ts';
import type { Claim, Figure, Source, TallyEvent } from '../../shared/types.ts';
import { upsertById } from './by-id.ts';
import { ClaimIndex } from './claim-index.ts';
import { firstSightings, outletColor, outletOrder, sameList } from './outlet-colors.ts';
import type { TallySocket } from './socket.ts';

/** LiveStatus is how the page's link to the server is doing. */
export type LiveStatus = 'connecting' | 'connected' | 'reconnecting' | 'offline';

/** EventState follows one event over a socket; switch events with `follow`, detach with the cleanup of `connect`. */
export class EventState {
  eventId = $state<string | null>(null);
  event = $state.raw<TallyEvent | null>(null);
  /** Every claim, in the order they arrived. */
  claims = $state.raw<readonly Claim[]>([]);
  /** Charted (not rejected) claims per metric, first seen first; a delta replaces only the lists of metrics it touches. */
  claimsByMetric = $state.raw<ReadonlyMap<string, readonly Claim[]>>(new Map());
  /** Every claim, newest first. */
  newestClaims = $state.raw<readonly Claim[]>([]);
  figures = $state.raw<Figure[]>([]);
  sources = $state.raw<Source[]>([]);
  status = $state<LiveStatus>('connecting');
  /** When the last snapshot or delta arrived. */
  lastUpdateAt = $state<Date | null>(null);
  /** True once a snapshot for `eventId` has arrived. */
  loaded = $state(false);
  error = $state<string | null>(null);

  /** When each outlet's first claim was seen; replaced only when an outlet appears or leaves. */
  #firstSeen = $state.raw<ReadonlyMap<string, string>>(new Map());
  #outlets: string[] = [];
  /** Outlets in first-seen order; their index picks their colour. The same array while the order holds. */
  outlets = $derived.by(() => {
    const next = outletOrder(this.sources, this.#firstSeen);
    if (!sameList(next, this.#outlets)) this.#outlets = next;
    return this.#outlets;
  });
  healthySources = $derived(this.sources.filter((s) => s.health.status === 'ok').length);

  #socket: TallySocket | null = null;
  /** Seq of the last message applied; null until a snapshot arrived or while a fresh one is awaited. */
  #seq: number | null = null;
  #arrivalListeners = new Set<(added: Claim[]) => void>();
  #removalListeners = new Set<(removed: string[]) => void>();
  #index = new ClaimIndex();

  /** colorOf returns the outlet's colour, the same everywhere on the page. */
  colorOf = (outlet: string): string => outletColor(this.outlets, outlet);

  /** claimById returns the claim with `id` while the page holds it (reactive: it follows the claims). */
  claimById = (id: string): Claim | undefined => {
    void this.claims;
    return this.#index.get(id);
  };

  /** connect listens to `socket` and returns the cleanup that stops listening. */
  connect(socket: TallySocket): () => void {
    this.#socket = socket;
    const onConnect = () => {
      this.status = 'connected';
      // A recovered connection keeps its rooms and gets the missed deltas replayed (a gap in seq still
      // asks for a snapshot); a new one has no rooms, so ask again.
      if (!socket.recovered) this.#subscribe();
    };
    const onDisconnect = () => {
      this.status = socket.active ? 'reconnecting' : 'offline';
    };
    const onConnectError = () => {
      this.status = socket.active ? 'reconnecting' : 'offline';
    };
    const onReconnectFailed = () => {
      this.status = 'offline';
    };
    socket.on('connect', onConnect);
    socket.on('disconnect', onDisconnect);
    socket.on('connect_error', onConnectError);
    socket.io.on('reconnect_failed', onReconnectFailed);
    socket.on('snapshot', this.#onSnapshot);
    socket.on('claims', this.#onClaims);
    socket.on('figures', this.#onFigures);
    socket.on('sources', this.#onSources);
    socket.on('event', this.#onEvent);
    if (socket.connected) onConnect();
    return () => {
      socket.off('connect', onConnect);
      socket.off('disconnect', onDisconnect);
      socket.off('connect_error', onConnectError);
      socket.io.off('reconnect_failed', onReconnectFailed);
      socket.off('snapshot', this.#onSnapshot);
      socket.off('claims', this.#onClaims);
      socket.off('figures', this.#onFigures);
      socket.off('sources', this.#onSources);
      socket.off('event', this.#onEvent);
      if (this.eventId && socket.connected) socket.emit('unsubscribe', { eventId: this.eventId });
      this.#socket = null;
    };
  }

  /** follow switches the page to another event and asks the server for its snapshot. */
  follow(eventId: string): void {
    if (eventId === this.eventId) return;
    const previous = this.eventId;
    if (previous && this.#socket?.connected) this.#socket.emit('unsubscribe', { eventId: previous });
    this.eventId = eventId;
    this.event = null;
    this.#setClaims([]);
    this.figures = [];
    this.sources = [];
    this.loaded = false;
    this.error = null;
    this.#subscribe();
  }

  #subscribe(): void {
    const socket = this.#socket;
    const eventId = this.eventId;
    if (!socket?.connected || !eventId) return;
    this.#seq = null; // deltas until the snapshot are in it already
    socket.emit('subscribe', { eventId }, (answer) => {
      if (!answer.ok && eventId === this.eventId) this.error = answer.message;
    });
  }

  #onSnapshot = (snapshot: Snapshot): void => {
    if (snapshot.eventId !== this.eventId) return;
    this.event = snapshot.event;
    this.#setClaims(snapshot.claims);
    this.figures = snapshot.figures;
    this.sources = snapshot.sources;
    this.#seq = snapshot.seq;
    this.loaded = true;
    this.error = null;
    this.lastUpdateAt = new Date();
  };

  /** accept says whether a delta is the next one; on a gap it asks for a fresh snapshot instead. */
  #accept(delta: { eventId: string; seq: number }): boolean {
    // Deltas come through the event's room; an eventId, when present, must still match.
    if ((delta.eventId !== undefined && delta.eventId !== this.eventId) || this.#seq === null) return false;
    if (delta.seq <= this.#seq) return false; // already in the snapshot
    if (delta.seq !== this.#seq + 1) {
      this.#subscribe();
      return false;
    }
    this.#seq = delta.seq;
    this.lastUpdateAt = new Date();
    return true;
  }

  #onClaims = (delta: ClaimsDelta): void => {
    if (!this.#accept(delta)) return;
    const removed = delta.removed ?? [];
    this.#index.apply([...delta.added, ...delta.changed], removed);
    this.#publish(removed.length > 0 ? firstSightings(this.#index.all) : this.#withSightings(delta.added));
    if (delta.added.length > 0) for (const listener of this.#arrivalListeners) listener(delta.added);
    if (removed.length > 0) for (const listener of this.#removalListeners) listener(removed);
  };

  #setClaims(claims: readonly Claim[]): void {
    this.#index.reset(claims);
    this.#publish(firstSightings(claims));
  }

  #publish(firstSeen: ReadonlyMap<string, string>): void {
    this.claims = this.#index.all;
    this.claimsByMetric = this.#index.byMetric;
    this.newestClaims = this.#index.newest;
    if (firstSeen !== this.#firstSeen) this.#firstSeen = firstSeen;
  }

  /** withSightings returns the first-sighting map with `added` taken in: the same map when no outlet's first sighting moved. */
  #withSightings(added: readonly Claim[]): ReadonlyMap<string, string> {
    let next: Map<string, string> | null = null;
    for (const claim of added) {
      const held = (next ?? this.#firstSeen).get(claim.outlet);
      if (held !== undefined && held <= claim.firstSeenAt) continue;
      next ??= new Map(this.#firstSeen);
      next.set(claim.outlet, claim.firstSeenAt);
    }
    return next ?? this.#firstSeen;
  }

  /** onRemoval calls `listener` with the ids of claims a delta removes (their source was removed); returns the unsubscribe. */
  onRemoval(listener: (removed: string[]) => void): () => void {
    this.#removalListeners.add(listener);
    return () => this.#removalListeners.delete(listener);
  }

  /** onArrival calls `listener` with the claims each delta adds (not those of a snapshot); returns the unsubscribe. */
  onArrival(listener: (added: Claim[]) => void): () => void {
    this.#arrivalListeners.add(listener);
    return () => this.#arrivalListeners.delete(listener);
  }

  #onFigures = (delta: FiguresDelta): void => {
    if (this.#accept(delta)) this.figures = upsertById(this.figures, delta.figures, delta.removed ?? []);
  };

  #onSources = (delta: SourcesDelta): void => {
    if (this.#accept(delta)) this.sources = upsertById(this.sources, delta.sources, delta.removed ?? []);
  };

  #onEvent = (delta: EventDelta): void => {
    if (this.#accept(delta)) this.event = delta.event;
  };
}
