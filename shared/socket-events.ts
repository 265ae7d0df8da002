/** The socket.io event map, typed once and used by server and client (CONTRACT.md "Socket.io"). */
import type { Claim, Figure, Source, TallyEvent } from './types.ts';

/** Snapshot is the full state of one event, sent in answer to `subscribe`. */
export interface Snapshot {
  eventId: string;
  seq: number;
  event: TallyEvent;
  claims: Claim[];
  figures: Figure[];
  sources: Source[];
}

export interface ClaimsDelta {
  eventId: string;
  seq: number;
  added: Claim[];
  changed: Claim[];
  /** Ids of claims that no longer exist (their source was removed). */
  removed?: string[];
}

/** FiguresDelta carries the figures that changed (replace by id) and the ids of figures that went away. */
export interface FiguresDelta {
  eventId: string;
  seq: number;
  figures: Figure[];
  removed: string[];
}

/** SourcesDelta carries the sources whose settings or health changed (replace by id). */
export interface SourcesDelta {
  eventId: string;
  seq: number;
  sources: Source[];
  removed: string[];
}

/** EventDelta carries an event whose title or metric definitions a desk changed. */
export interface EventDelta {
  eventId: string;
  seq: number;
  event: TallyEvent;
}

export interface SubscribeRequest {
  eventId: string;
}

export type SubscribeAck = { ok: true } | { ok: false; error: string; message: string };

export interface ServerToClientEvents {
  snapshot: (snapshot: Snapshot) => void;
  claims: (delta: ClaimsDelta) => void;
  figures: (delta: FiguresDelta) => void;
  sources: (delta: SourcesDelta) => void;
  event: (delta: EventDelta) => void;
}

export interface ClientToServerEvents {
  subscribe: (request: SubscribeRequest, ack?: (answer: SubscribeAck) => void) => void;
  unsubscribe: (request: SubscribeRequest) => void;
}

/** SOCKET_PATH is where socket.io listens. */
export const SOCKET_PATH = '/socket.io';
