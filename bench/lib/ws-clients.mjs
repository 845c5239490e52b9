import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';

/**
 * A minimal graphql-transport-ws subscriber (the graphql-ws protocol): connection_init with the
 * bearer token, one subscription, answers pings. Lighter than graphql-ws's client, so a
 * thousand of them fit in the bench process without becoming the bottleneck.
 * `onEvent(data, receivedAt)` runs for every `next` payload; optional `onOpen(openedAt)` when the
 * socket opens, `onClose(code)` when a socket that was acknowledged closes.
 */
export function subscribe({ url, token, query, variables, onEvent, onError, onOpen, onClose }) {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, 'graphql-transport-ws', { perMessageDeflate: false });
    let acked = false;
    /** Given up on before its ack (error, close): it must never subscribe, even if an ack still comes. */
    let abandoned = false;
    const fail = (error) => {
      if (acked) onError?.(error);
      else {
        abandoned = true;
        reject(error);
        socket.terminate();
      }
    };
    socket.on('open', () => {
      onOpen?.(performance.now());
      socket.send(JSON.stringify({ type: 'connection_init', payload: token ? { authorization: `Bearer ${token}` } : {} }));
    });
    socket.on('message', (raw) => {
      const receivedAt = performance.now();
      const message = JSON.parse(raw.toString());
      switch (message.type) {
        case 'connection_ack':
          if (abandoned) break;
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
      if (!acked) fail(new Error(`socket closed before ack: ${code} ${reason}`));
      else if (onClose) onClose(code);
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

/**
 * A subscriber that comes back: when its socket drops (not closed by `close()`), it tries again
 * every `retryMs` (the first try after a random part of it, so a thousand of them spread out)
 * until a socket opens and is acknowledged, then subscribes with `variables()` as they are at that
 * moment (e.g. `afterSeq` = the last seq applied). Counts `attempts` and `reconnects`.
 */
export function resilientSubscriber({ url, token, query, variables, retryMs = 100, onEvent, onError, onOpen }) {
  let closed = false;
  let client = null;
  let timer = null;
  /** At most one attempt in flight, and a subscriber never holds two sockets at once. */
  let attempting = false;
  const state = { attempts: 0, reconnects: 0, connected: false, live: 0, maxLive: 0 };
  const attempt = () => {
    attempting = true;
    state.attempts++;
    return subscribe({ url, token, query, variables: variables(), onEvent, onError, onOpen, onClose: dropped }).then(
      (opened) => {
        attempting = false;
        state.live++;
        state.maxLive = Math.max(state.maxLive, state.live);
        if (closed) opened.close();
        else {
          client = opened;
          state.connected = true;
        }
      },
      (error) => {
        attempting = false;
        throw error;
      },
    );
  };
  const connect = () => {
    timer = null;
    if (closed || attempting || client) return;
    attempt().catch(() => schedule(retryMs));
  };
  const schedule = (delay) => {
    if (!closed && !timer) timer = setTimeout(connect, delay);
  };
  function dropped() {
    state.live--;
    client = null;
    state.connected = false;
    if (closed) return;
    state.reconnects++;
    schedule(Math.random() * retryMs);
  }
  return {
    state,
    /** Resolves once the first subscription is acknowledged. */
    start: () => attempt(),
    close() {
      closed = true;
      if (timer) clearTimeout(timer);
      client?.close();
    },
  };
}
