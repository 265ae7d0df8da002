/** A socket.io client that keeps an event's state the way the dashboard does: snapshot, then deltas in seq order. */
import { type Socket, io } from 'socket.io-client';
import type { ClaimsDelta, ClientToServerEvents, EventDelta, FiguresDelta, ServerToClientEvents, Snapshot, SourcesDelta } from '../../shared/socket-events.ts';
import type { Claim, TallyEvent } from '../../shared/types.ts';

/** LiveMirror follows one event; `snapshots` counts how often it had to start afresh. */
export class LiveMirror {
  readonly socket: Socket<ServerToClientEvents, ClientToServerEvents>;
  readonly claims = new Map<string, Claim>();
  event: TallyEvent | null = null;
  seq: number | null = null;
  snapshots = 0;
  recoveries = 0;
  messages = 0;

  constructor(url: string, readonly eventId: string, options: Parameters<typeof io>[1] = {}) {
    this.socket = io(url, { transports: ['websocket'], ...options });
    this.socket.on('connect', () => {
      if (this.socket.recovered) this.recoveries++;
      else this.subscribe();
    });
    this.socket.on('snapshot', (s: Snapshot) => {
      this.snapshots++;
      this.event = s.event;
      this.claims.clear();
      for (const c of s.claims) this.claims.set(c.id, c);
      this.seq = s.seq;
    });
    this.socket.on('claims', (d: ClaimsDelta) => {
      if (!this.accept(d.seq)) return;
      for (const c of [...d.added, ...d.changed]) this.claims.set(c.id, c);
      for (const id of d.removed ?? []) this.claims.delete(id);
    });
    this.socket.on('figures', (d: FiguresDelta) => void this.accept(d.seq));
    this.socket.on('sources', (d: SourcesDelta) => void this.accept(d.seq));
    this.socket.on('event', (d: EventDelta) => {
      if (this.accept(d.seq)) this.event = d.event;
    });
  }

  /** values lists claim id and value pairs, sorted, for comparing two mirrors. */
  values(): string[] {
    return [...this.claims.values()].map((c) => `${c.id}=${c.value}`).sort();
  }

  close(): void {
    this.socket.disconnect();
  }

  private subscribe(): void {
    this.seq = null;
    this.socket.emit('subscribe', { eventId: this.eventId });
  }

  private accept(seq: number): boolean {
    this.messages++;
    if (this.seq === null || seq <= this.seq) return false;
    if (seq !== this.seq + 1) {
      this.subscribe();
      return false;
    }
    this.seq = seq;
    return true;
  }
}
