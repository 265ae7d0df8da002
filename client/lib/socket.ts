/** The page's socket.io connection, typed by the event map the server uses too. */
import { io, type Socket } from 'socket.io-client';
import { SOCKET_PATH, type ClientToServerEvents, type ServerToClientEvents } from '../../shared/socket-events.ts';

/** TallySocket is a socket.io client socket that only speaks Tally's events. */
export type TallySocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** connectSocket opens a same-origin connection that reconnects on its own. */
export function connectSocket(): TallySocket {
  return io({ path: SOCKET_PATH });
}
