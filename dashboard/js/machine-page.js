// The machine page (DESIGN.md §14, #machine=ID): the machine's key figures for the page's range, its 24 h
// state timeline, its OEE by day and its stops of today. An unknown machine shows the API's problem.
import * as api from './api.js';
import { coalesced } from './coalesced.js';
import { clearMachineFigures, renderMachineFigures } from './machine-figures.js';
import { renderOeeTrend } from './oee-trend.js';
import { renderTimeline } from './state-timeline.js';
import { stopsPanel } from './stops-panel.js';
import { stopsTable } from './stops-table.js';

export const TREND_DAYS = 30;
const $ = (id) => document.getElementById(id);
// date: the timeline's production date, null for today's (then it follows the stops as they happen)
const state = { machine: null, days: 7, date: null, generation: 0, call: null, stops: null };

/** @param call main's wrapper for API reads (it keeps the banner in step) */
export function initMachinePage({ call }) {
  state.call = (promise) => call(promise, { toastErrors: false }); // a 404 is shown in the page
  state.stops = stopsPanel(
    stopsTable({ tbody: $('machine-stop-rows'), footer: $('machine-stops-more'), idPrefix: 'machine-' }),
    loadStops,
  );
  $('timeline-date').addEventListener('change', (event) => {
    const date = event.target.value;
    state.date = date && date !== event.target.max ? date : null;
    loadTimeline();
  });
}

/** Shows the page of a machine; resolves when everything on it is loaded. */
export function showMachine(machine, days) {
  if (machine !== state.machine) {
    state.machine = machine;
    state.date = null;
    state.generation++;
    clear(machine);
  }
  $('machine-view').hidden = false;
  return refreshMachine(days);
}

export function hideMachine() {
  state.machine = null;
  state.generation++;
  $('machine-view').hidden = true;
}

/** Everything again: the range changed, the refresh button, once a minute. */
export function refreshMachine(days) {
  state.days = days;
  return Promise.all([loadFigures(), loadTrend(), loadTimeline(), state.stops.refresh()]);
}

/** The figures again after a live update. */
export const refreshMachineFigures = coalesced(() => loadFigures());

const refreshTodaysTimeline = coalesced(async () => {
  if (state.date === null) await loadTimeline();
});

/** A /topic/stops message, or none while the stream was down: this machine's timeline and stops again. */
export function refreshMachineStops(message) {
  if (!state.machine || (message && message.machine_id !== state.machine)) return;
  refreshTodaysTimeline();
  state.stops.refresh();
}

/** A read for the machine shown now: null when the user moved on meanwhile or the API refused it. */
async function read(request) {
  const { machine, generation } = state;
  if (!machine) return null;
  try {
    const answer = await state.call(request(machine));
    return generation === state.generation ? answer : null;
  } catch (error) {
    if (error.status === 404 && generation === state.generation) showProblem(error.message);
    return null;
  }
}

async function loadFigures() {
  const days = state.days;
  const figures = await read((machine) => api.machine(machine, days));
  if (figures && days === state.days) renderMachineFigures(figures, days);
}

async function loadTrend() {
  const days = await read((machine) => api.oeeDaily(machine, TREND_DAYS));
  if (days) renderOeeTrend(days, state.machine);
}

async function loadTimeline() {
  const date = state.date;
  const [view, zone] = await Promise.all([read((machine) => api.timeline(machine, date)), api.plantZone()]);
  if (!view || date !== state.date) return;
  const input = $('timeline-date');
  if (date === null) input.max = view.date;
  if (document.activeElement !== input) input.value = view.date;
  $('timeline-zone').textContent = zone ? `plant time (${zone})` : 'local time';
  renderTimeline(view, zone);
}

async function loadStops() {
  const { machine, generation } = state;
  if (!machine) return null;
  const page = await api.todaysStops(machine);
  return generation === state.generation ? page : null;
}

function clear(machine) {
  $('machine-name').textContent = machine;
  $('machine-problem').hidden = true;
  $('machine-content').hidden = false;
  clearMachineFigures();
  $('timeline-bar').replaceChildren();
  $('timeline-ticks').replaceChildren();
  $('oee-trend-rows').replaceChildren();
  state.stops.table.clear("Loading today's stops…");
}

function showProblem(message) {
  $('machine-problem').textContent = message;
  $('machine-problem').hidden = false;
  $('machine-content').hidden = true;
}
