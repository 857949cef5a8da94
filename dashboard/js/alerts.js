// What the page shows of an alert (DESIGN.md §17, /api/alerts): its condition in words, since when it fires and
// for how long, who acknowledged it, the firing ones counted; the history's choices; a refused acknowledgement in
// words. Times in the plant's time zone, as the Reports view shows them. Pure: tested with node.
import { formatDuration, formatZoned } from './format.js';
import { todayIn } from './report-request.js';

/** The history's choices of days (the API takes 1 to 366), and its first. */
export const ALERT_DAYS = [1, 7, 30, 90];
export const DEFAULT_ALERT_DAYS = 7;
/** The history's filters: the API's state parameter. */
export const ALERT_FILTERS = ['firing', 'all'];

const CONDITIONS = {
  machine_down: 'Machine down',
  no_production: 'No production',
  yield_below: 'Yield below threshold',
  oee_below: 'OEE below threshold',
  plc_unreachable: 'PLC unreachable',
};
const DETAILS_MAX = 160;
const TIME = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };

export const conditionLabel = (when) => CONDITIONS[when] ?? String(when ?? '–');

/** The history's days: one of its choices, else its first. */
export const alertDays = (days) => (ALERT_DAYS.includes(Number(days)) ? Number(days) : DEFAULT_ALERT_DAYS);

/** GET /api/alerts's path: the firing alerts, or all of the last days (and those still firing). */
export function alertsPath(filter, days) {
  return filter === 'firing' ? 'api/alerts?state=firing' : `api/alerts?state=all&days=${alertDays(days)}`;
}

/**
 * An instant in the plant's time zone: "10:02" on the plant's today, "Dec 6, 10:02" on another day of this year,
 * "Dec 6, 2025, 10:02" before.
 */
export function alertTime(instant, zone, now = new Date(), locale = undefined) {
  const date = new Date(instant ?? NaN);
  if (Number.isNaN(date.getTime())) return '–';
  const day = todayIn(zone, date);
  const today = todayIn(zone, now);
  if (day === today) return formatZoned(date, zone, TIME, locale);
  const year = day.slice(0, 4) === today.slice(0, 4) ? {} : { year: 'numeric' };
  return formatZoned(date, zone, { month: 'short', day: 'numeric', ...year, ...TIME }, locale);
}

/** How long the condition has held: "for 12 min 05 s" while firing; "lasted 1 h 05 min" once resolved. */
export function lastedText(alert, now = new Date()) {
  const started = Date.parse(alert?.started_at);
  if (alert?.state === 'firing') return `for ${formatDuration((now.getTime() - started) / 1000)}`;
  const resolved = Date.parse(alert?.resolved_at);
  return Number.isNaN(resolved) ? '' : `lasted ${formatDuration((resolved - started) / 1000)}`;
}

/** The alert's details as extra words ("fault code: 101 · reason: Jam at infeed"); its keys mean nothing to the page. */
export function detailsText(details) {
  if (!details || typeof details !== 'object' || Array.isArray(details)) return '';
  const text = Object.entries(details)
    .filter(([, value]) => value !== null && value !== undefined && value !== '')
    .map(([key, value]) => `${key.replaceAll('_', ' ')}: ${typeof value === 'object' ? JSON.stringify(value) : value}`)
    .join(' · ');
  return text.length > DETAILS_MAX ? `${text.slice(0, DETAILS_MAX - 1)}…` : text;
}

/**
 * An alert of /api/alerts as a row shows it.
 * @param zone the plant's time zone (the browser's when undefined); @param now the page's clock
 */
export function alertRow(alert, { zone, now = new Date(), locale } = {}) {
  const firing = alert.state === 'firing';
  const machine = String(alert.machine_id ?? '–');
  const rule = String(alert.rule ?? '–');
  const at = (instant) => alertTime(instant, zone, now, locale);
  return {
    id: alert.id,
    machine,
    rule,
    condition: conditionLabel(alert.when),
    text: String(alert.text ?? ''),
    details: detailsText(alert.details),
    firing,
    state: firing ? 'Firing' : alert.state === 'resolved' ? 'Resolved' : String(alert.state ?? '–'),
    started: at(alert.started_at),
    startedAt: alert.started_at,
    lasted: lastedText(alert, now),
    fired: at(alert.fired_at),
    resolved: firing ? '–' : at(alert.resolved_at),
    acknowledged: alert.acknowledged_by ? `${alert.acknowledged_by} at ${at(alert.acknowledged_at)}` : firing ? 'Not acknowledged' : '–',
    acknowledgedBy: alert.acknowledged_by ?? null,
    canAcknowledge: firing && !alert.acknowledged_by,
    // what the row's button says to a screen reader after "Acknowledge"
    name: `the alert ${rule} of ${machine}`,
  };
}

/** The firing alerts in one sentence, for the plant's panel (a live region): "2 alerts firing, 1 not acknowledged." */
export function firingSummary(alerts) {
  const firing = (alerts ?? []).filter((alert) => alert.state === 'firing');
  const open = firing.filter((alert) => !alert.acknowledged_by).length;
  const count = firing.length;
  if (!count) return { count, open, text: 'No alerts firing.' };
  const what = count === 1 ? '1 alert firing' : `${count} alerts firing`;
  let acknowledged;
  if (open === 0) acknowledged = count === 1 ? 'acknowledged' : 'all acknowledged';
  else if (open === count) acknowledged = count === 1 ? 'not acknowledged' : 'none acknowledged';
  else acknowledged = `${open} not acknowledged`;
  return { count, open, text: `${what}, ${acknowledged}.` };
}

/** What the history lists, in one sentence: "3 alerts fired in the last 7 days, 1 still firing." */
export function historyText(alerts, filter, days) {
  const list = alerts ?? [];
  if (filter === 'firing') return firingSummary(list).text;
  const period = alertDays(days) === 1 ? 'the last day' : `the last ${alertDays(days)} days`;
  if (!list.length) return `No alerts in ${period}.`;
  const firing = list.filter((alert) => alert.state === 'firing').length;
  const what = list.length === 1 ? '1 alert' : `${list.length} alerts`;
  return `${what} in ${period}, ${firing ? `${firing} still firing` : 'none firing'}.`;
}

/** A refused acknowledgement, shown next to its button: the problem's detail, or what a 401 means here. */
export function ackErrorText(error) {
  if (error?.status === 401) return 'Not acknowledged: your session has ended. Log in and try again.';
  return `Not acknowledged: ${error?.message || 'the api-server gave no reason.'}`;
}
