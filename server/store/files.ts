/** The lowdb files behind the store: one index, one file per event. The only module that imports lowdb. */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { DataFile } from 'lowdb/node';
import type { Claim, Source, TallyEvent } from '../../shared/types.ts';

/** IndexData lists the events and keeps small settings such as the demo clock. */
export interface IndexData {
  version: 1;
  events: TallyEvent[];
  meta: Record<string, string>;
}

/** ItemRecord remembers a feed item so unchanged items are skipped and edited ones are noticed. */
export interface ItemRecord {
  sourceId: string;
  itemId: string;
  url: string | null;
  title: string;
  hash: string;
  publishedAt: string | null;
  firstSeenAt: string;
  lastChangedAt: string;
  /** When the item was last in its feed; a record gone from the feed long enough is forgotten. */
  lastSeenAt?: string;
  versions: number;
  /** Each version's content hash and when it was seen, newest last (the last 20). */
  history?: Array<{ hash: string; seenAt: string }>;
}

/** FetchState is what the last poll of a source told us, for a conditional GET next time (kept across restarts). */
export interface FetchState {
  etag: string | null;
  lastModified: string | null;
  bodyHash: string | null;
}

/** EventData is everything stored about one event. */
export interface EventData {
  version: 1;
  sources: Source[];
  items: ItemRecord[];
  claims: Claim[];
  fetchState?: Record<string, FetchState>;
}

/**
 * openJsonFile reads (or creates) a lowdb file. A plain adapter, not the preset (which keeps data in memory
 * under NODE_ENV=test), writing compact JSON: the files are for Tally, and indenting them costs a third more.
 */
export async function openJsonFile<T>(file: string, fallback: T): Promise<Low<T>> {
  await mkdir(path.dirname(file), { recursive: true });
  const db = new Low<T>(new DataFile<T>(file, { parse: JSON.parse, stringify: (data) => JSON.stringify(data) }), fallback);
  try {
    await db.read();
  } catch (err) {
    throw new Error(`store: cannot read ${file}: ${(err as Error).message}`);
  }
  db.data ??= structuredClone(fallback);
  return db;
}

/** eventFile is where an event's data lives. */
export function eventFile(dataDir: string, eventId: string): string {
  return path.join(dataDir, 'events', `${eventId}.json`);
}
