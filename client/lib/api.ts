/** REST calls the dashboard makes; the server answers same-origin under /api (CONTRACT.md "REST"). */
import type { TallyEvent } from '../../shared/types.ts';

/** fetchEvents loads every tracked event, oldest first as the server lists them. */
export async function fetchEvents(signal?: AbortSignal): Promise<TallyEvent[]> {
  const response = await fetch('/api/events', { signal, headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`api: GET /api/events answered ${response.status}`);
  return (await response.json()) as TallyEvent[];
}
