// The AMRS dashboard: wires the REST API, the live stream and the widgets together. Four views: the plant,
// a machine's page (#machine=ID), the reports (#reports) and the alerts (#alerts); only the one shown is
// refreshed, but the firing alerts are kept current on all of them (the header counts them). It loads once
// the session lets it: someone logged in, or reads open to nobody (session.js).
import { acknowledgeAlert } from './alerts-api.js';
import { initAlertsPanel, refreshFiringAlerts } from './alerts-panel.js';
import { initAlertsView, refreshAlerts } from './alerts-view.js';
import * as api from './api.js';
import { renderMachines, renderTrend } from './charts.js';
import { coalesced } from './coalesced.js';
import { loadConfig } from './config.js';
import { exportCsv } from './csv-export.js';
import { renderKpis } from './kpi-cards.js';
import { connectLive } from './live-connection.js';
import { renderLive } from './live-table.js';
import { initMachinePage, refreshMachine, refreshMachineFigures, refreshMachineStops } from './machine-page.js';
import { renderPareto } from './pareto-chart.js';
import { initialDays, initRangeSelector } from './range-selector.js';
import { initReportButton } from './report-button.js';
import { initReportsView, refreshReports } from './reports-view.js';
import { choosePlant } from './plant-selector.js';
import { openSession } from './session.js';
import { apiReachable, apiUnreachable, showBanner, showConnection, showPolling, toast } from './status.js';
import { initStops, refreshStops } from './stops-panel.js';
import { initViews, showPlantName, shownView } from './views.js';

const CHARTS_EVERY_MS = 60_000;
const state = { days: initialDays(), generation: 0, period: null, fallbackTimer: null };
const $ = (id) => document.getElementById(id);

/**
 * Runs an API call and keeps the banner in step: shown while the API is away, gone when it answers.
 * @param toastErrors whether the API's refusals (4xx) are told in a toast, or by the caller; a 401
 *     brings the login form instead (session.js)
 */
async function call(promise, { toastErrors = true } = {}) {
  try {
    const value = await promise;
    apiReachable();
    return value;
  } catch (error) {
    if (error.status === 0 || error.status >= 500) apiUnreachable(error);
    else if (toastErrors && error.status !== 401) toast(error.message, 'error');
    throw error;
  }
}

/** Cards, trend, machine bars and Pareto for the selected range; answers for an older range are dropped. */
async function loadRange() {
  const generation = ++state.generation;
  const days = state.days;
  const [kpis, rows, machines, pareto] = await Promise.allSettled([
    call(api.kpis(days)),
    call(days === 1 ? api.hourly(days) : api.production(days)),
    call(api.machines(days)),
    call(api.pareto(days)),
  ]);
  if (generation !== state.generation) return;
  state.period = kpis.status === 'fulfilled' ? { start: kpis.value.period_start, end: kpis.value.period_end } : null;
  if (kpis.status === 'fulfilled') renderKpis(kpis.value, days);
  if (rows.status === 'fulfilled') renderTrend(rows.value, { days, period: state.period });
  if (machines.status === 'fulfilled') renderMachines(machines.value);
  if (pareto.status === 'fulfilled') renderPareto(pareto.value, days);
}

/** The Pareto alone, after a reason was assigned on this page. */
async function refreshPareto() {
  const { days, generation } = state;
  try {
    const pareto = await call(api.pareto(days));
    if (generation === state.generation) renderPareto(pareto, days);
  } catch {
    // the banner tells
  }
}

/** The cards again after a live update: one request at a time, bursts coalesced into one more. */
const refreshKpis = coalesced(async () => {
  try {
    const { days, generation } = state;
    const kpis = await call(api.kpis(days));
    if (generation === state.generation) renderKpis(kpis, days);
  } catch {
    // the banner tells
  }
});

/** Calls the view shown: {plant, machine, reports, alerts} of functions; undefined when that view has none. */
const forView = (calls) => calls[shownView()]?.();

/** What the view shown takes from the range: the plant's cards and charts, the machine's page, the reports, the alerts. */
const refreshView = () =>
  forView({ plant: loadRange, machine: () => refreshMachine(state.days), reports: refreshReports, alerts: refreshAlerts });

/** After a /topic/alerts message (or while the stream was down): the firing alerts, and the history when shown. */
const refreshAlertsShown = () => Promise.all([refreshFiringAlerts(), refreshAlerts()]);

/** "Acknowledge" on an alert (an operator): the alert as the API answers it; a refusal rejects (its row says it). */
async function acknowledge(id) {
  const alert = await call(acknowledgeAlert(id), { toastErrors: false });
  refreshAlertsShown(); // the stream tells too, unless it is down
  return alert;
}

async function refreshLive() {
  try {
    renderLive(await call(api.liveMachines()));
  } catch {
    // the banner tells
  }
}

/** While the live stream is down the page polls the REST API instead, so it never goes stale. */
function setStreamUp(up, fallbackSeconds) {
  showConnection(up, up ? '' : `polling every ${fallbackSeconds} s`);
  if (up) {
    clearInterval(state.fallbackTimer);
    state.fallbackTimer = null;
    refreshLive();
    refreshStopsShown(); // what happened while the stream was down
    refreshAlertsShown();
  } else if (state.fallbackTimer === null) {
    state.fallbackTimer = setInterval(() => {
      refreshLive();
      refreshFigures();
      refreshStopsShown();
      refreshAlertsShown();
    }, fallbackSeconds * 1000);
  }
}

/** A central site's page: its plants' records arrive over Kafka, and the page asks for them as a poll would. */
function pollCentral(seconds) {
  showPolling(seconds);
  setInterval(() => {
    refreshLive();
    refreshFigures();
    refreshStopsShown();
    refreshAlertsShown();
  }, seconds * 1000);
}

/** After a live update: the plant's cards, or the machine's figures. */
const refreshFigures = () => forView({ plant: refreshKpis, machine: refreshMachineFigures });

/** After a /topic/stops message (null: any stop may have changed). */
const refreshStopsShown = (message = null) => forView({ plant: refreshStops, machine: () => refreshMachineStops(message) });

async function refreshAll() {
  const button = $('refresh');
  button.classList.add('spinning');
  button.disabled = true;
  try {
    await Promise.all([refreshView(), refreshLive(), refreshFiringAlerts(), ...(shownView() === 'plant' ? [refreshStops()] : [])]);
  } finally {
    button.classList.remove('spinning');
    button.disabled = false;
  }
}

async function downloadCsv() {
  const button = $('export-csv');
  button.disabled = true;
  try {
    const days = state.days;
    const rows = await call(api.production(days));
    exportCsv(rows, { days, period: state.period });
    toast(rows.length ? `Exported ${rows.length} production rows` : 'No production in this period: the CSV has only the header');
  } catch {
    // the banner or a toast tells
  } finally {
    button.disabled = false;
  }
}

async function start() {
  if (!window.Chart || !window.StompJs) {
    showBanner('The page is incomplete: Chart.js or the STOMP client is missing under /vendor/ (run npm ci in dashboard/).');
    return;
  }
  const config = await loadConfig();
  showPlantName(config.plant_name || 'AMRS plant');
  await openSession({ onRenewed: refreshAll });
  let central = false;
  try {
    central = (await choosePlant()) !== null; // before any read: a central site answers for the plant a read names
  } catch (error) {
    central = true;
    showBanner(`The plants of this central site cannot be listed: ${error.message}`);
  }
  if (!config.plant_name) {
    // the name config/amrs.yml gives the plant; the page does not wait for it
    api
      .plant()
      .then((plant) => showPlantName(plant.name))
      .catch(() => {});
  }

  initRangeSelector(state.days, (days) => {
    state.days = days;
    refreshView();
  });
  $('refresh').addEventListener('click', refreshAll);
  $('banner-retry').addEventListener('click', refreshAll);
  $('export-csv').addEventListener('click', downloadCsv);
  initReportButton();

  refreshLive();
  initStops({ call, onReasonSaved: refreshPareto });
  initMachinePage({ call });
  initReportsView({ call });
  initAlertsPanel({ call, acknowledge });
  initAlertsView({ call, acknowledge });
  refreshFiringAlerts();
  initViews({
    days: () => state.days,
    onPlantShown: () => {
      loadRange();
      refreshStops();
    },
  });
  setInterval(refreshView, CHARTS_EVERY_MS);

  if (central) {
    pollCentral(config.fallback_poll_seconds);
    return;
  }
  setStreamUp(false, config.fallback_poll_seconds);
  showConnection(false, 'connecting'); // until the first attempt fails
  connectLive({
    onUpdate: (message) => {
      renderLive(message.data);
      refreshFigures();
    },
    onStop: refreshStopsShown,
    onAlert: refreshAlertsShown,
    onConnection: (up) => setStreamUp(up, config.fallback_poll_seconds),
  });
}

start();
