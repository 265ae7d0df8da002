/** Poller plugin: once the server listens, polls every source on its own schedule; stops on close. */
import fp from 'fastify-plugin';
import type { Source } from '../../shared/types.ts';
import { extractClaims } from '../extract/index.ts';
import { blockedReason, guardedAgent, openAgent } from '../ingest/address-guard.ts';
import { type ExtractFn, type NetworkPolicy, refreshSource } from '../ingest/refresh-source.ts';
import { PollScheduler } from '../ingest/schedule.ts';

declare module 'fastify' {
  interface FastifyInstance {
    poller: Poller;
  }
}

/** Poller is what routes use to tell the polling loop about added, edited and removed sources. */
export interface Poller {
  track(source: Source): void;
  untrack(sourceId: string): void;
}

/** PollerPluginOptions lets tests swap the extractor. */
export interface PollerPluginOptions {
  extract?: ExtractFn;
}

export default fp<PollerPluginOptions>(
  async (app, options) => {
    const { store, live, config } = app;
    const guarded: NetworkPolicy = { dispatcher: guardedAgent(), isRefused: blockedReason };
    const open: NetworkPolicy = { dispatcher: openAgent(), isRefused: null };
    // Demo feeds are served by Tally itself, on loopback: the guard is for what desks add.
    const network = (source: Source) => (source.demo || config.allowPrivateFeeds ? open : guarded);
    const deps = { store, live, network, extract: options.extract ?? extractClaims, now: () => new Date() };
    const pollable = (s: Source) => !(s.demo && config.demo === 'off');
    const scheduler = new PollScheduler({
      minIntervalSeconds: config.pollMinSeconds,
      poll: (source, signal) => refreshSource(source, deps, signal),
      lookup: (eventId, sourceId) => store.getSource(eventId, sourceId),
      itemCount: (source) => store.itemCount(source.id),
      report: async (source, health) => {
        const { source: updated, statusChanged } = await store.setHealth(source.eventId, source.id, health);
        if (statusChanged) live.publishSources(source.eventId, [updated]);
      },
      onError: (source, err) => app.log.warn({ eventId: source.eventId, sourceId: source.id, url: source.url }, (err as Error).message),
    });
    app.decorate('poller', {
      track: (source: Source) => {
        if (pollable(source)) scheduler.schedule(source);
      },
      untrack: (sourceId: string) => scheduler.unschedule(sourceId),
    });
    // Polling starts only once the server listens: demo feeds are served by this very server.
    app.addHook('onListen', async () => scheduler.start(store.allSources().filter(pollable)));
    app.addHook('preClose', async () => scheduler.stop());
    app.addHook('onClose', async () => {
      await Promise.all([guarded.dispatcher.close(), open.dispatcher.close()]);
    });
  },
  { name: 'poller', dependencies: ['store', 'live'] },
);
