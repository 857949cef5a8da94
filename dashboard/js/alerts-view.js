// The alerts' history (DESIGN.md §17, #alerts): the alerts fired in the last 1, 7, 30 or 90 days and those still
// firing, or the firing ones only, newest first, with their state, times and who acknowledged them, and
// "Acknowledge" on the firing ones. Reloaded after each /topic/alerts message while shown, one request at a time.
import { plantZone } from './api.js';
import { DEFAULT_ALERT_DAYS, alertDays, historyText } from './alerts.js';
import { alerts } from './alerts-api.js';
import { alertsTable } from './alerts-table.js';
import { coalesced } from './coalesced.js';

const TICK_MS = 1000;
const COLUMNS = [
  ['Machine', 'machine'],
  ['State', 'state'],
  ['Rule', 'rule'],
  ['Alert', 'alert'],
  ['Started', 'started'],
  ['Fired', 'fired'],
  ['Resolved', 'resolved'],
  ['Acknowledged', 'acknowledged'],
  ['Acknowledge', 'ack'],
];
const $ = (id) => document.getElementById(id);
const state = { shown: false, filter: 'all', days: DEFAULT_ALERT_DAYS, call: null, table: null };

/**
 * @param call main's wrapper for API calls (it keeps the banner in step)
 * @param acknowledge (id) → promise of the alert acknowledged
 */
export function initAlertsView({ call, acknowledge }) {
  state.call = (promise) => call(promise, { toastErrors: false }); // told in the view
  state.table = alertsTable({ tbody: $('alert-rows'), columns: COLUMNS, acknowledge, idPrefix: 'history-' });
  $('alerts-days').value = String(state.days);
  $('alerts-days').addEventListener('change', (event) => {
    state.days = alertDays(event.target.value);
    reload();
  });
  for (const radio of document.querySelectorAll('input[name="alerts-filter"]')) {
    radio.checked = radio.value === state.filter;
    radio.addEventListener('change', () => {
      if (!radio.checked) return;
      state.filter = radio.value;
      $('alerts-days').disabled = state.filter === 'firing'; // every firing alert, however old
      reload();
    });
  }
  setInterval(() => state.shown && state.table.tick(), TICK_MS);
}

/** Shows the view; resolves when the list is loaded. */
export function showAlerts() {
  state.shown = true;
  $('alerts-view').hidden = false;
  return reload();
}

export function hideAlerts() {
  state.shown = false;
  $('alerts-view').hidden = true;
}

/** The list again while it is shown: after a /topic/alerts message, an acknowledgement, a refresh. */
export const refreshAlerts = () => (state.shown ? reload() : Promise.resolve());

const reload = coalesced(async () => {
  const { filter, days } = state;
  let list;
  try {
    list = await state.call(alerts(filter, days));
  } catch (error) {
    if (error.status >= 400 && error.status < 500 && error.status !== 401) say(`The alerts could not be loaded: ${error.message}`, 'error');
    return; // else the banner or the login form tells
  }
  const zone = await plantZone();
  if (filter !== state.filter || days !== state.days) return; // chosen again meanwhile: the next run shows it
  $('alerts-zone').textContent = zone ? `plant time (${zone})` : 'local time';
  const text = historyText(list, filter, days);
  state.table.render(list, zone, text);
  say(text, '');
});

function say(text, kind) {
  const status = $('alerts-status');
  if (status.textContent !== text) status.textContent = text; // a live region: said again only when it changes
  status.dataset.kind = kind;
}
