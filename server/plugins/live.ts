/** Live plugin: socket.io on the app's HTTP server, one room per event, `subscribe` answered with a snapshot. */
import fp from 'fastify-plugin';
import { Server } from 'socket.io';
import { SOCKET_PATH } from '../../shared/socket-events.ts';
import { LiveHub, type TallyServer, roomOf } from '../live/hub.ts';

declare module 'fastify' {
  interface FastifyInstance {
    io: TallyServer;
    live: LiveHub;
  }
}

/** How long a dropped client's missed messages are kept for it. */
const RECOVERY_WINDOW_MS = 2 * 60_000;

export default fp(
  async (app) => {
    // Connection state recovery: a client that drops briefly gets its rooms back and the messages it missed.
    const io: TallyServer = new Server(app.server, {
      path: SOCKET_PATH,
      serveClient: false,
      connectionStateRecovery: { maxDisconnectionDuration: RECOVERY_WINDOW_MS, skipMiddlewares: true },
    });
    const live = new LiveHub(io, app.store);
    io.on('connection', (socket) => {
      socket.on('subscribe', (request, maybeAck) => {
        // A client decides what it sends: an "ack" that is not a function must not throw in the server.
        const ack = typeof maybeAck === 'function' ? maybeAck : undefined;
        const eventId = typeof request?.eventId === 'string' ? request.eventId : '';
        const snapshot = live.snapshot(eventId);
        if (!snapshot) {
          ack?.({ ok: false, error: 'not_found', message: `live: no event "${eventId.slice(0, 80)}"` });
          return;
        }
        // Join before the snapshot is built: nothing emitted for the room can fall between the two.
        void socket.join(roomOf(eventId));
        socket.emit('snapshot', snapshot);
        ack?.({ ok: true });
      });
      socket.on('unsubscribe', (request) => {
        if (typeof request?.eventId === 'string') void socket.leave(roomOf(request.eventId));
      });
    });
    app.decorate('io', io);
    app.decorate('live', live);
    app.addHook('preClose', async () => {
      io.local.disconnectSockets(true);
    });
    app.addHook('onClose', async () => {
      await new Promise<void>((resolve) => io.close(() => resolve()));
    });
  },
  { name: 'live', dependencies: ['store'] },
);
