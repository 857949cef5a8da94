// The STOMP connection to /stomp (DESIGN.md §8): /topic/live after every poll, /topic/stops when a
// stop starts, ends or gets a reason (§14), /topic/alerts when an alert fires, resolves, is acknowledged or
// reminded of (§17). Reconnects by
// itself with exponential backoff (1 s, 2 s, 4 s … at most 15 s); STOMP heart-beats notice a
// dead connection that never closed.

const TOPIC = '/topic/live';
const STOPS = '/topic/stops';
const ALERTS = '/topic/alerts';

/**
 * @param onUpdate called with each {type: 'live_update', timestamp, data: [...]} message
 * @param onStop called with each {event: 'started'|'ended'|'reason', id, machine_id, …} message
 * @param onAlert called with each {event: 'fired'|'resolved'|'acknowledged'|'reminded', alert} message
 * @param onConnection called with true when connected, false when the connection is lost or an
 *     attempt to reconnect failed
 */
export function connectLive({ onUpdate, onStop, onAlert, onConnection }) {
  const { Client, ReconnectionTimeMode } = window.StompJs;
  const url = new URL('stomp', window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';

  const client = new Client({
    brokerURL: url.href,
    reconnectDelay: 1000,
    maxReconnectDelay: 15_000,
    reconnectTimeMode: ReconnectionTimeMode.EXPONENTIAL,
    heartbeatIncoming: 10_000,
    heartbeatOutgoing: 10_000,
    debug: () => {},
  });

  let connected = false;
  const changeTo = (state) => {
    const changed = state !== connected;
    connected = state;
    if (changed || !state) onConnection(state);
  };

  client.onConnect = () => {
    changeTo(true);
    client.subscribe(TOPIC, (message) => {
      const payload = parse(message.body);
      if (payload?.type === 'live_update' && Array.isArray(payload.data)) {
        onUpdate(payload);
      }
    });
    client.subscribe(STOPS, (message) => {
      const payload = parse(message.body);
      if (typeof payload?.event === 'string') onStop(payload);
    });
    client.subscribe(ALERTS, (message) => {
      const payload = parse(message.body);
      if (typeof payload?.event === 'string') onAlert(payload);
    });
  };
  client.onWebSocketClose = () => changeTo(false);
  client.onStompError = () => changeTo(false);

  client.activate();
  return client;
}

function parse(body) {
  try {
    return JSON.parse(body);
  } catch {
    return null;
  }
}
