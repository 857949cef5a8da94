// The plant's "Firing alerts" (DESIGN.md §17), at the top of the plant so that a shift lead sees them first: the
// firing alerts with "Acknowledge", or one line saying that none fires; a sentence in a live region counts them,
// and so does the header's "Alerts" link on every view. Reloaded after each /topic/alerts message, one request at
// a time (bursts coalesced into one more).
import { plantZone } from './api.js';
import { firingSummary } from './alerts.js';
import { firingAlerts } from './alerts-api.js';
import { alertsTable } from './alerts-table.js';
import { coalesced } from './coalesced.js';

const TICK_MS = 1000;
const COLUMNS = [
  ['Machine', 'machine'],
  ['Rule', 'rule'],
  ['Alert', 'alert'],
  ['Since', 'started'],
  ['Acknowledged', 'acknowledged'],
  ['Acknowledge', 'ack'],
];
const $ = (id) => document.getElementById(id);
const state = { call: null, table: null };

/**
 * @param call main's wrapper for API calls (it keeps the banner in step)
 * @param acknowledge (id) → promise of the alert acknowledged
 */
export function initAlertsPanel({ call, acknowledge }) {
  state.call = (promise) => call(promise, { toastErrors: false }); // told in the panel
  state.table = alertsTable({ tbody: $('firing-alert-rows'), columns: COLUMNS, acknowledge, idPrefix: 'firing-' });
  setInterval(() => state.table.tick(), TICK_MS);
}

/** The firing alerts again: after a /topic/alerts message, an acknowledgement, a refresh. */
export const refreshFiringAlerts = coalesced(async () => {
  let alerts;
  try {
    alerts = await state.call(firingAlerts());
  } catch (error) {
    if (error.status >= 400 && error.status < 500 && error.status !== 401) say(`The firing alerts could not be loaded: ${error.message}`, 'unknown');
    return; // else the banner or the login form tells
  }
  const summary = firingSummary(alerts);
  state.table.render(alerts, await plantZone(), summary.text);
  say(summary.text, summary.count ? 'firing' : 'clear');
  $('firing-alerts-table').hidden = !summary.count;
  const count = $('nav-alerts-count');
  count.hidden = !summary.count;
  count.querySelector('.nav-count-number').textContent = String(summary.count);
});

/** The panel's sentence and look: 'firing', 'clear' (none fires) or 'unknown' (not loaded). */
function say(text, kind) {
  const panel = $('alerts-panel');
  panel.dataset.state = kind;
  const summary = $('alerts-summary');
  if (summary.textContent !== text) summary.textContent = text; // a live region: said again only when it changes
}
