/** Live state of the event on screen: a snapshot from the socket, kept current by its deltas. */
import type { ClaimsDelta, EventDelta, FiguresDelta, Snapshot, SourcesDelta } from '../../shared/socket-events.ts';
import type { Claim, Figure, Source, TallyEvent } from '../../shared/types.ts';
import { upsertById } from './by-id.ts';
import { outletColor, outletOrder } from './outlet-colors.ts';
import type { TallySocket } from './socket.ts';

/** LiveStatus is how the page's link to the server is doing. */
export type LiveStatus = 'connecting' | 'connected' | 'reconnecting' | 'offline';

/** EventState follows one event over a socket; switch events with `follow`, detach with the cleanup of `connect`. */
export class EventState {
  eventId = $state<string | null>(null);
  event = $state.raw<TallyEvent | null>(null);
  claims = $state.raw<Claim[]>([]);
  figures = $state.raw<Figure[]>([]);
  sources = $state.raw<Source[]>([]);
  status = $state<LiveStatus>('connecting');
  /** When the last snapshot or delta arrived. */
  lastUpdateAt = $state<Date | null>(null);
  /** True once a snapshot for `eventId` has arrived. */
  loaded = $state(false);
  error = $state<string | null>(null);

  /** Outlets in first-seen order; their index picks their colour. */
  outlets = $derived(outletOrder(this.sources, this.claims));
  healthySources = $derived(this.sources.filter((s) => s.health.status === 'ok').length);

  #socket: TallySocket | null = null;
  /** Seq of the last message applied; null until a snapshot arrived or while a fresh one is awaited. */
  #seq: number | null = null;
  #arrivalListeners = new Set<(added: Claim[]) => void>();

  /** colorOf returns the outlet's colour, the same everywhere on the page. */
  colorOf = (outlet: string): string => outletColor(this.outlets, outlet);

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
    this.claims = [];
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
    this.claims = snapshot.claims;
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
    this.claims = upsertById(this.claims, [...delta.added, ...delta.changed], delta.removed ?? []);
    if (delta.added.length > 0) for (const listener of this.#arrivalListeners) listener(delta.added);
  };

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
