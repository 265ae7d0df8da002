/**
 * A child process holding many socket.io clients for the fan-out benchmark. It connects `count` clients to
 * `url`, subscribes each to `eventId`, reports when all have their snapshot, and for every `claims` message
 * reports when its last client received it (as an absolute time, comparable across processes).
 */
import { io } from 'socket.io-client';

const [url, eventId, countText] = process.argv.slice(2);
const count = Number(countText);
const now = () => performance.timeOrigin + performance.now();
const receipts = new Map<number, number[]>();
let ready = 0;

for (let i = 0; i < count; i++) {
  const socket = io(url, { transports: ['websocket'], forceNew: true, reconnection: false });
  socket.once('snapshot', () => {
    ready++;
    if (ready === count) process.send?.({ type: 'ready' });
  });
  socket.on('claims', (delta) => {
    const list = receipts.get(delta.seq) ?? [];
    list.push(now());
    receipts.set(delta.seq, list);
    if (list.length === count) process.send?.({ type: 'received', seq: delta.seq, times: list });
  });
  socket.on('connect', () => socket.emit('subscribe', { eventId }));
}
process.on('message', (m: { type: string }) => {
  if (m.type === 'exit') process.exit(0);
});
