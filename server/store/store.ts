/** Store: Tally's state on disk. Every method that writes returns what changed, so callers can push it live. */
import type { Low } from 'lowdb';
import type { Claim, ExtractedClaim, MetricDef, Source, SourceHealth, TallyEvent } from '../../shared/types.ts';
import { type ClaimChanges, mergeClaims } from './claim-merge.ts';
import { type ReviewAction, applyReview } from './review.ts';
import { type EventData, type FetchState, type IndexData, type ItemRecord, eventFile, openJsonFile } from './files.ts';

export type { FetchState } from './files.ts';
import { newId, slugify } from './ids.ts';

/** NewSource is what it takes to add a source. */
export interface NewSource {
  outlet: string;
  url: string;
  intervalSeconds: number;
  demo?: boolean;
}

/** SeenItem is one parsed feed item as the store records it. */
export interface SeenItem {
  itemId: string;
  url: string | null;
  title: string;
  hash: string;
  publishedAt: string | null;
}

/** EventUpdate is what updateEvent did: the event as it is now, whether its metrics moved, and the claims that went. */
export interface EventUpdate {
  event: TallyEvent;
  metricsChanged: boolean;
  removedClaims: string[];
}

/** ItemOutcome says whether an item was new, edited or already known, and which claims that moved. */
export interface ItemOutcome extends ClaimChanges {
  status: 'new' | 'edited' | 'unchanged';
}

const MAX_ITEM_VERSIONS = 20;
const WRITE_BEHIND_MS = 1000;
const ITEM_RETENTION_MS = 24 * 60 * 60 * 1000;
const itemKey = (sourceId: string, itemId: string) => `${sourceId}\u0000${itemId}`;
const emptyIndex = (): IndexData => ({ version: 1, events: [], meta: {} });
const emptyEvent = (): EventData => ({ version: 1, sources: [], items: [], claims: [] });

/** Store keeps events, sources, items and claims in lowdb files under one data folder. */
/** REREAD marks an item record whose next reading extracts afresh (its metrics changed) without counting as an edit. */
const REREAD = '';

export class Store {
  private readonly eventDbs = new Map<string, Low<EventData>>();
  private readonly pending = new Set<Promise<void>>();
  private readonly dirty = new Map<Low<unknown>, NodeJS.Timeout>();
  /** Claims by id, per event: merging an item's claims must not scan every claim of the event. */
  private readonly claimIndex = new Map<string, Map<string, Claim>>();
  /** Item records by source and item id, per event: every poll looks items up. */
  private readonly itemIndex = new Map<string, Map<string, ItemRecord>>();
  /** How many item records each source has, kept with the index: health reports it after every poll. */
  private readonly itemCounts = new Map<string, number>();

  private constructor(
    readonly dataDir: string,
    private readonly index: Low<IndexData>,
    private readonly now: () => Date,
  ) {}

  /** Store.open reads the index and every event file it lists. */
  static async open(dataDir: string, now: () => Date = () => new Date()): Promise<Store> {
    const index = await openJsonFile(`${dataDir}/index.json`, emptyIndex());
    const store = new Store(dataDir, index, now);
    for (const event of index.data.events) {
      const db = await openJsonFile(eventFile(dataDir, event.id), emptyEvent());
      store.eventDbs.set(event.id, db);
      store.indexEvent(event.id, db);
    }
    return store;
  }

  listEvents(): TallyEvent[] {
    return this.index.data.events;
  }

  getEvent(eventId: string): TallyEvent | undefined {
    return this.index.data.events.find((e) => e.id === eventId);
  }

  /** createEvent adds an event with its own file; `id` may be fixed (the demo's), else one is made from the title. */
  async createEvent(input: { title: string; metrics: MetricDef[]; demo?: boolean; id?: string }): Promise<TallyEvent> {
    const id = input.id ?? `${slugify(input.title)}-${newId('e').slice(2, 7)}`;
    if (this.getEvent(id)) throw new Error(`store: event ${id} already exists`);
    const event: TallyEvent = { id, title: input.title, metrics: input.metrics, createdAt: this.now().toISOString(), ...(input.demo ? { demo: true } : {}) };
    const db = await openJsonFile(eventFile(this.dataDir, id), emptyEvent());
    this.eventDbs.set(id, db);
    this.indexEvent(id, db);
    await this.save(db);
    this.index.data.events.push(event);
    await this.save(this.index);
    return event;
  }

  /**
   * updateEvent renames an event or replaces its metric definitions. When the metrics change, the claims of
   * metrics no longer tracked go, and every held item is marked for re-reading (fetch validators and item
   * hashes forgotten), so the next poll extracts the new metrics from what the feeds still carry.
   */
  async updateEvent(eventId: string, patch: { title?: string; metrics?: MetricDef[] }): Promise<EventUpdate> {
    const db = this.requireEventDb(eventId);
    const event = this.getEvent(eventId)!;
    const metricsChanged = patch.metrics !== undefined && JSON.stringify(patch.metrics) !== JSON.stringify(event.metrics);
    if (patch.title !== undefined) event.title = patch.title;
    let removedClaims: string[] = [];
    if (metricsChanged) {
      event.metrics = patch.metrics!;
      const kept = new Set(event.metrics.map((m) => m.key));
      removedClaims = db.data.claims.filter((c) => !kept.has(c.metric)).map((c) => c.id);
      if (removedClaims.length > 0) {
        db.data.claims = db.data.claims.filter((c) => kept.has(c.metric));
        this.indexEvent(eventId, db);
      }
      for (const item of db.data.items) item.hash = REREAD;
      db.data.fetchState = {};
    }
    await this.save(db);
    await this.save(this.index);
    return { event, metricsChanged, removedClaims };
  }

  getMeta(key: string): string | undefined {
    return this.index.data.meta[key];
  }

  async setMeta(key: string, value: string): Promise<void> {
    this.index.data.meta[key] = value;
    await this.save(this.index);
  }

  listSources(eventId: string): Source[] {
    return this.eventDb(eventId)?.data.sources ?? [];
  }

  /** allSources lists every source of every event, for the poller. */
  allSources(): Source[] {
    return [...this.eventDbs.values()].flatMap((db) => db.data.sources);
  }

  getSource(eventId: string, sourceId: string): Source | undefined {
    return this.listSources(eventId).find((s) => s.id === sourceId);
  }

  async addSource(eventId: string, input: NewSource): Promise<Source> {
    const db = this.requireEventDb(eventId);
    const source: Source = {
      id: newId('src'),
      eventId,
      outlet: input.outlet,
      url: input.url,
      intervalSeconds: input.intervalSeconds,
      ...(input.demo ? { demo: true } : {}),
      createdAt: this.now().toISOString(),
      health: { status: 'pending', lastPolledAt: null, lastError: null, items: 0, nextPollAt: null },
    };
    db.data.sources.push(source);
    await this.save(db);
    return source;
  }

  /** updateSource changes a source's settings (never its id or event); a new URL starts its health and fetch state afresh. */
  async updateSource(eventId: string, sourceId: string, patch: Partial<Pick<Source, 'outlet' | 'url' | 'intervalSeconds' | 'paused'>>): Promise<Source> {
    const db = this.requireEventDb(eventId);
    const source = this.requireSource(db, sourceId);
    if (patch.url !== undefined && patch.url !== source.url) {
      delete db.data.fetchState?.[sourceId];
      source.health = { ...source.health, status: 'pending', lastError: null, nextPollAt: null };
    }
    Object.assign(source, patch);
    await this.save(db);
    return source;
  }

  /** followMove records a feed's permanent redirect: the source keeps its health, history and validators. */
  async followMove(eventId: string, sourceId: string, url: string): Promise<Source> {
    const db = this.requireEventDb(eventId);
    const source = this.requireSource(db, sourceId);
    source.url = url;
    await this.save(db);
    return source;
  }

  /** removeSource deletes a source with its items and claims, returning the ids of the claims that went. */
  async removeSource(eventId: string, sourceId: string): Promise<{ removedClaims: string[] }> {
    const db = this.requireEventDb(eventId);
    this.requireSource(db, sourceId);
    const removedClaims = db.data.claims.filter((c) => c.sourceId === sourceId).map((c) => c.id);
    db.data.sources = db.data.sources.filter((s) => s.id !== sourceId);
    db.data.items = db.data.items.filter((i) => i.sourceId !== sourceId);
    this.itemCounts.delete(sourceId);
    this.indexEvent(eventId, db);
    db.data.claims = db.data.claims.filter((c) => c.sourceId !== sourceId);
    delete db.data.fetchState?.[sourceId];
    await this.save(db);
    return { removedClaims };
  }

  getFetchState(eventId: string, sourceId: string): FetchState | undefined {
    return this.eventDb(eventId)?.data.fetchState?.[sourceId];
  }

  /** setFetchState keeps a source's validators; it is written with the next change rather than on its own. */
  setFetchState(eventId: string, sourceId: string, state: FetchState): void {
    const db = this.requireEventDb(eventId);
    db.data.fetchState ??= {};
    db.data.fetchState[sourceId] = state;
  }

  /** setHealth records a poll's outcome; returns true when the desk would see a difference. */
  async setHealth(eventId: string, sourceId: string, health: Partial<SourceHealth>): Promise<{ source: Source; statusChanged: boolean }> {
    const db = this.requireEventDb(eventId);
    const source = this.requireSource(db, sourceId);
    const before = source.health;
    source.health = { ...before, ...health };
    const statusChanged = before.status !== source.health.status || before.lastError !== source.health.lastError || before.items !== source.health.items;
    // Health is rewritten every poll and cheap to lose: write it behind with the rest.
    if (statusChanged) await this.save(db);
    else this.saveSoon(db);
    return { source, statusChanged };
  }

  listClaims(eventId: string): Claim[] {
    return this.eventDb(eventId)?.data.claims ?? [];
  }

  /** reviewClaim records a desk's decision on a claim and writes it at once: a human's word is not written behind. */
  async reviewClaim(eventId: string, claimId: string, action: ReviewAction): Promise<Claim> {
    const db = this.requireEventDb(eventId);
    const claim = this.claimIndex.get(eventId)?.get(claimId);
    if (!claim) throw new NotFoundError(`store: no claim ${claimId} in event ${eventId}`);
    applyReview(claim, action, this.now().toISOString());
    await this.save(db);
    return claim;
  }

  /** knowsItemVersion tells whether this exact version of an item was already processed. */
  knowsItemVersion(eventId: string, sourceId: string, itemId: string, hash: string): boolean {
    this.requireEventDb(eventId);
    const item = this.findItem(eventId, sourceId, itemId);
    return item?.hash === hash;
  }

  /**
   * recordItem records an item version and the claims extracted from it, returning what changed. It changes
   * memory only: the caller commits once per poll (`commit`), so a feed of 20 new items is one write, not 20.
   */
  recordItem(source: Source, item: SeenItem, extracted: ExtractedClaim[]): ItemOutcome {
    const db = this.requireEventDb(source.eventId);
    const now = this.now().toISOString();
    const known = this.findItem(source.eventId, source.id, item.itemId);
    if (known?.hash === item.hash) return { status: 'unchanged', added: [], changed: [] };
    if (known?.hash === REREAD) {
      // Read again for new metric definitions: the same version of the item, not an edit.
      known.hash = item.hash;
    } else if (known) {
      const history = [...(known.history ?? []), { hash: item.hash, seenAt: now }].slice(-MAX_ITEM_VERSIONS);
      Object.assign(known, { url: item.url, title: item.title, hash: item.hash, publishedAt: item.publishedAt, lastChangedAt: now, versions: known.versions + 1, history });
    } else {
      const record: ItemRecord = { sourceId: source.id, itemId: item.itemId, url: item.url, title: item.title, hash: item.hash, publishedAt: item.publishedAt, firstSeenAt: now, lastChangedAt: now, lastSeenAt: now, versions: 1, history: [{ hash: item.hash, seenAt: now }] };
      db.data.items.push(record);
      this.itemIndex.get(source.eventId)?.set(itemKey(source.id, item.itemId), record);
      this.itemCounts.set(source.id, (this.itemCounts.get(source.id) ?? 0) + 1);
    }
    const context = { eventId: source.eventId, sourceId: source.id, outlet: source.outlet, itemId: item.itemId, itemUrl: item.url, reportedAt: item.publishedAt ?? now };
    const changes = mergeClaims(db.data.claims, this.claimIndex.get(source.eventId)!, context, extracted, now);
    return { status: known ? 'edited' : 'new', ...changes };
  }

  /**
   * commit has an event's file written after recordItem calls, coalescing the polls of the next moment into
   * one write. Items and the fetch validators live in the same file, so a kill before the write only means
   * the next start fetches and records those items again.
   */
  commit(eventId: string): void {
    this.saveSoon(this.requireEventDb(eventId));
  }

  /** itemCount is how many items Tally holds for a source: those in its feed now or seen there within a day. */
  itemCount(sourceId: string): number {
    return this.itemCounts.get(sourceId) ?? 0;
  }

  /** flush writes what is waiting to be written and waits for every write under way, for a clean shutdown. */
  async flush(): Promise<void> {
    for (const [db, timer] of this.dirty) {
      clearTimeout(timer);
      this.dirty.delete(db);
      void this.save(db);
    }
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  /**
   * noteFeedItems records which items a source's feed holds now, and forgets records of items that have been
   * out of the feed for `retentionMs` (claims stay: they are the product, and their ids are stable, so an
   * item that comes back merges into them). Keeps an event's file from growing with every item ever seen.
   */
  noteFeedItems(source: Source, itemIds: string[], retentionMs = ITEM_RETENTION_MS): number {
    const db = this.requireEventDb(source.eventId);
    const now = this.now();
    const present = new Set(itemIds);
    for (const id of present) {
      const record = this.findItem(source.eventId, source.id, id);
      if (record) record.lastSeenAt = now.toISOString();
    }
    const cutoff = new Date(now.getTime() - retentionMs).toISOString();
    const before = db.data.items.length;
    db.data.items = db.data.items.filter((i) => i.sourceId !== source.id || present.has(i.itemId) || (i.lastSeenAt ?? i.lastChangedAt) >= cutoff);
    const forgotten = before - db.data.items.length;
    if (forgotten > 0) this.indexEvent(source.eventId, db);
    return forgotten;
  }

  private indexEvent(eventId: string, db: Low<EventData>): void {
    this.claimIndex.set(eventId, new Map(db.data.claims.map((c) => [c.id, c])));
    this.itemIndex.set(eventId, new Map(db.data.items.map((i) => [itemKey(i.sourceId, i.itemId), i])));
    for (const source of db.data.sources) this.itemCounts.set(source.id, 0);
    for (const item of db.data.items) this.itemCounts.set(item.sourceId, (this.itemCounts.get(item.sourceId) ?? 0) + 1);
  }

  private findItem(eventId: string, sourceId: string, itemId: string): ItemRecord | undefined {
    return this.itemIndex.get(eventId)?.get(itemKey(sourceId, itemId));
  }

  private eventDb(eventId: string): Low<EventData> | undefined {
    return this.eventDbs.get(eventId);
  }

  private requireEventDb(eventId: string): Low<EventData> {
    const db = this.eventDb(eventId);
    if (!db) throw new NotFoundError(`store: no event ${eventId}`);
    return db;
  }

  private requireSource(db: Low<EventData>, sourceId: string): Source {
    const source = db.data.sources.find((s) => s.id === sourceId);
    if (!source) throw new NotFoundError(`store: no source ${sourceId}`);
    return source;
  }

  /** saveSoon marks an event file for writing within WRITE_BEHIND_MS, so a burst of changes is one write. */
  private saveSoon(db: Low<EventData>): void {
    const key = db as Low<unknown>;
    if (this.dirty.has(key)) return;
    const timer = setTimeout(() => {
      this.dirty.delete(key);
      void this.save(db).catch(() => {});
    }, WRITE_BEHIND_MS);
    timer.unref?.();
    this.dirty.set(key, timer);
  }

  /** save writes a file; lowdb writes to a temp file and renames, so a kill mid-write leaves the old file whole. */
  private async save<T>(db: Low<T>): Promise<void> {
    const key = db as Low<unknown>;
    if (this.dirty.has(key)) {
      clearTimeout(this.dirty.get(key));
      this.dirty.delete(key);
    }
    const write = db.write();
    this.pending.add(write);
    try {
      await write;
    } finally {
      this.pending.delete(write);
    }
  }
}

/** NotFoundError marks a lookup of an id that does not exist; routes turn it into a 404. */
export class NotFoundError extends Error {
  readonly statusCode = 404;
}
