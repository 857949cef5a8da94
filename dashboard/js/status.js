// What the page tells the user about its own state: the connection dot, the "API away" banner and
// short messages (toast).
import { formatTime } from './format.js';

const $ = (id) => document.getElementById(id);

/** The dot: green while the STOMP connection is up, red otherwise (with the reason in words). */
export function showConnection(connected, detail = '') {
  const element = $('connection');
  element.dataset.state = connected ? 'connected' : 'disconnected';
  $('connection-label').textContent = connected ? 'Live' : `Offline${detail ? ` · ${detail}` : ''}`;
  element.title = connected
    ? 'Live stream connected: the table updates on every poll'
    : 'Live stream disconnected: reconnecting by itself; meanwhile the page polls the API';
}

/** A central site (DESIGN.md §19) has no live stream of its plants: its page asks the API every few seconds. */
export function showPolling(seconds) {
  const element = $('connection');
  element.dataset.state = 'polling';
  $('connection-label').textContent = `Central · every ${seconds} s`;
  element.title = `The plants' records reach this central site over Kafka: the page asks the API every ${seconds} s`;
}

let lastSuccess = null;

/** A call to the API succeeded: the banner goes. */
export function apiReachable() {
  lastSuccess = new Date();
  $('banner').hidden = true;
}

/** A call to the API failed: the banner says so, and since when the page shows older data. */
export function apiUnreachable(error) {
  const since = lastSuccess ? ` Showing the data received at ${formatTime(lastSuccess)}.` : '';
  showBanner(`The AMRS API is not available: ${error.message}${since} Retrying automatically.`);
}

/** The banner with any text: for trouble the user must see. */
export function showBanner(text) {
  $('banner-text').textContent = text;
  $('banner').hidden = false;
}

let toastTimer;

/** A short message (role=status), gone after a few seconds. */
export function toast(message, kind = 'info') {
  const element = $('toast');
  element.textContent = message;
  element.dataset.kind = kind;
  element.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => {
    element.hidden = true;
  }, 8000);
}
