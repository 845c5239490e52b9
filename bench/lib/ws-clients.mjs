import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';

/**
 * A minimal graphql-transport-ws subscriber (the graphql-ws protocol): connection_init with the
 * bearer token, one subscription, answers pings. Lighter than graphql-ws's client, so a
 * thousand of them fit in the bench process without becoming the bottleneck.
 * `onEvent(data, receivedAt)` runs for every `next` payload.
 */
export function subscribe({ url, token, query, variables, onEvent, onError }) {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, 'graphql-transport-ws', { perMessageDeflate: false });
    let acked = false;
    const fail = (error) => {
      if (!acked) reject(error);
      else onError?.(error);
    };
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: token ? { authorization: `Bearer ${token}` } : {} })));
    socket.on('message', (raw) => {
      const receivedAt = performance.now();
      const message = JSON.parse(raw.toString());
      switch (message.type) {
        case 'connection_ack':
          acked = true;
          socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query, variables } }));
          resolve({ close: () => socket.close(1000), socket });
          break;
        case 'next':
          if (message.payload.errors) onError?.(new Error(JSON.stringify(message.payload.errors)));
          else onEvent(message.payload.data, receivedAt);
          break;
        case 'error':
          onError?.(new Error(JSON.stringify(message.payload)));
          break;
        case 'ping':
          socket.send(JSON.stringify({ type: 'pong' }));
          break;
        default:
          break;
      }
    });
    socket.on('error', fail);
    socket.on('close', (code, reason) => {
      if (!acked) reject(new Error(`socket closed before ack: ${code} ${reason}`));
      else if (code !== 1000 && code !== 1005) onError?.(new Error(`socket closed: ${code} ${reason}`));
    });
  });
}

/** Opens `count` subscribers over `urls` round-robin, `batch` at a time. */
export async function subscribeMany({ count, urls, batch = 50, onProgress, ...options }) {
  const clients = [];
  for (let start = 0; start < count; start += batch) {
    const opened = await Promise.all(
      Array.from({ length: Math.min(batch, count - start) }, (_, offset) => {
        const index = start + offset;
        return subscribe({ ...options, url: urls[index % urls.length], onEvent: (data, at) => options.onEvent(index, data, at) });
      }),
    );
    clients.push(...opened);
    onProgress?.(clients.length);
  }
  return clients;
}
