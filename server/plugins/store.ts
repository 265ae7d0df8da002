/** Store plugin: opens the lowdb files under the data folder as `app.store` and flushes them on close. */
import fp from 'fastify-plugin';
import { Store } from '../store/store.ts';

declare module 'fastify' {
  interface FastifyInstance {
    store: Store;
  }
}

export default fp(
  async (app) => {
    const store = await Store.open(app.config.dataDir);
    app.decorate('store', store);
    app.addHook('onClose', async () => store.flush());
  },
  { name: 'store', dependencies: ['config'] },
);
