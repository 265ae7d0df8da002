/** The desk's writes (CONTRACT.md "REST"): events, sources and claim reviews, each with the signed-in token. */
import type { Claim, MetricDef, Source, TallyEvent } from '../../shared/types.ts';
import { adminRequest } from './admin.ts';

const enc = encodeURIComponent;

/** ReviewRequest is the body of a claim review: confirm, reject, correct (value and/or metric) or reopen. */
export interface ReviewRequest {
  action: 'confirm' | 'reject' | 'correct' | 'reopen';
  value?: number;
  metric?: string;
  note?: string;
}

/** createEvent starts tracking a new event; without `metrics` the server gives it the default set. */
export function createEvent(token: string, title: string, metrics?: MetricDef[]): Promise<TallyEvent> {
  return adminRequest(token, 'POST', '/api/events', metrics ? { title, metrics } : { title });
}

/** updateEvent renames an event or replaces its metric definitions. */
export function updateEvent(token: string, eventId: string, patch: { title?: string; metrics?: MetricDef[] }): Promise<TallyEvent> {
  return adminRequest(token, 'PATCH', `/api/events/${enc(eventId)}`, patch);
}

/** addSource adds a feed to an event; the server polls it at once. */
export function addSource(token: string, eventId: string, source: { outlet: string; url: string; intervalSeconds?: number }): Promise<Source> {
  return adminRequest(token, 'POST', `/api/events/${enc(eventId)}/sources`, source);
}

/** updateSource pauses, resumes, renames, re-points or re-times a source. */
export function updateSource(token: string, eventId: string, sourceId: string, patch: Partial<Pick<Source, 'outlet' | 'url' | 'intervalSeconds' | 'paused'>>): Promise<Source> {
  return adminRequest(token, 'PATCH', `/api/events/${enc(eventId)}/sources/${enc(sourceId)}`, patch);
}

/** removeSource drops a source and the claims it brought. */
export function removeSource(token: string, eventId: string, sourceId: string): Promise<void> {
  return adminRequest(token, 'DELETE', `/api/events/${enc(eventId)}/sources/${enc(sourceId)}`);
}

/** reviewClaim records the desk's decision on a claim and returns the claim as it now stands. */
export function reviewClaim(token: string, eventId: string, claimId: string, review: ReviewRequest): Promise<Claim> {
  return adminRequest(token, 'POST', `/api/events/${enc(eventId)}/claims/${enc(claimId)}/review`, review);
}
