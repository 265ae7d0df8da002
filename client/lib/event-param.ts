/** The chosen event lives in the address bar (`?event=<id>`), so a link or a reload keeps it; url-state holds the rest. */
import type { TallyEvent } from '../../shared/types.ts';
import { urlState } from './url-state.svelte.ts';

/** readEventParam returns the `event` query parameter, if any. */
export function readEventParam(): string | null {
  return new URLSearchParams(location.search).get('event');
}

/** writeEventParam puts `eventId` in the address bar, as a new history entry or in place. */
export function writeEventParam(eventId: string, mode: 'push' | 'replace'): void {
  urlState.update({ event: eventId }, mode);
}

/** pickEvent returns the requested event when it exists, else the first one. */
export function pickEvent(events: TallyEvent[], requested: string | null): TallyEvent | null {
  return events.find((e) => e.id === requested) ?? events[0] ?? null;
}
