// A machine's 24 h state timeline (DESIGN.md §14) from /api/machines/{id}/timeline: one bar of coloured
// segments (RUNNING, DOWN, IDLE, NO_DATA) from the production date's start, each with its state, reason
// and times in the plant's time zone as its title; the legend adds up the time in each state.
import { formatDuration } from './format.js';

export const DAY_MS = 86_400_000;
const TICK_HOURS = 3;
const HOUR_MS = 3_600_000;
export const STATES = ['RUNNING', 'DOWN', 'IDLE', 'NO_DATA'];
const LABELS = { RUNNING: 'Running', DOWN: 'Down', IDLE: 'Idle', NO_DATA: 'No data' };
const $ = (id) => document.getElementById(id);

/**
 * The intervals as segments of a bar of 24 h from the first interval's start (the production date's):
 * left and width in percent. Today's bar ends at now; a longer day (clocks going back) fills the bar.
 */
export function timelineSegments(intervals) {
  if (!intervals.length) return [];
  const start = Date.parse(intervals[0].from);
  const span = spanOf(intervals);
  return intervals.map((interval) => {
    const from = Date.parse(interval.from);
    const to = Date.parse(interval.to);
    return { ...interval, left: percentOf(from - start, span), width: percentOf(to - from, span) };
  });
}

/** What the bar spans: 24 h, or more on a day the clocks go back. */
const spanOf = (intervals) => Math.max(DAY_MS, Date.parse(intervals.at(-1).to) - Date.parse(intervals[0].from));

const percentOf = (ms, span) => Math.round((ms / span) * 1_000_000) / 10_000;

/** Seconds in each state. */
export function secondsByState(intervals) {
  const seconds = Object.fromEntries(STATES.map((state) => [state, 0]));
  for (const interval of intervals) {
    seconds[interval.state] = (seconds[interval.state] ?? 0) + (Date.parse(interval.to) - Date.parse(interval.from)) / 1000;
  }
  return seconds;
}

/** "Down · Safety stop · 06:01:00–06:06:00 (5 min 00 s)"; @param clock formats an ISO instant */
export function segmentTitle(segment, clock) {
  const seconds = (Date.parse(segment.to) - Date.parse(segment.from)) / 1000;
  const reason = segment.reason ? ` · ${segment.reason}` : '';
  return `${LABELS[segment.state] ?? segment.state}${reason} · ${clock(segment.from)}–${clock(segment.to)} (${formatDuration(seconds)})`;
}

/** A clock in the plant's time zone: "14:05:09", or "14:05" without seconds. */
export function clockIn(zone, { seconds = true } = {}) {
  const options = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', ...(seconds ? { second: '2-digit' } : {}) };
  let format;
  try {
    format = new Intl.DateTimeFormat(undefined, { ...options, timeZone: zone });
  } catch {
    format = new Intl.DateTimeFormat(undefined, options); // an unknown zone: the browser's
  }
  return (instant) => format.format(new Date(instant));
}

/** @param view /api/machines/{id}/timeline's {machine_id, date, intervals}; @param zone the plant's time zone */
export function renderTimeline(view, zone) {
  const segments = timelineSegments(view.intervals);
  const clock = clockIn(zone);
  $('timeline-bar').replaceChildren(...segments.map((segment) => segmentItem(segment, clock)));
  $('timeline-empty').hidden = segments.length > 0;
  $('timeline-ticks').replaceChildren(...(segments.length ? ticks(view.intervals, clockIn(zone, { seconds: false })) : []));
  const totals = secondsByState(view.intervals);
  for (const state of STATES) {
    $(`timeline-total-${state.toLowerCase()}`).textContent = formatDuration(totals[state]);
  }
  $('timeline-bar').setAttribute(
    'aria-label',
    `States of ${view.machine_id} on ${view.date}: ${STATES.map((s) => `${LABELS[s]} ${formatDuration(totals[s])}`).join(', ')}`,
  );
}

function segmentItem(segment, clock) {
  const item = document.createElement('li');
  item.className = `segment segment-${segment.state.toLowerCase().replace('_', '-')}`;
  item.dataset.state = segment.state;
  item.dataset.from = segment.from;
  item.dataset.to = segment.to;
  item.style.left = `${segment.left}%`;
  item.style.width = `${segment.width}%`;
  item.title = segmentTitle(segment, clock);
  const text = document.createElement('span');
  text.className = 'visually-hidden';
  text.textContent = item.title;
  item.append(text);
  return item;
}

/** The hours of the bar every 3 h, labelled by the plant's clock. */
function ticks(intervals, clock) {
  const start = Date.parse(intervals[0].from);
  const span = spanOf(intervals);
  return Array.from({ length: 24 / TICK_HOURS + 1 }, (_, i) => {
    const tick = document.createElement('span');
    tick.className = 'timeline-tick';
    tick.style.left = `${percentOf(i * TICK_HOURS * HOUR_MS, span)}%`;
    tick.textContent = clock(start + i * TICK_HOURS * HOUR_MS);
    return tick;
  });
}
