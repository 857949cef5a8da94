// Tables of today's stops (DESIGN.md §14) with a reason picker each: the plant's "Today's stops" and the
// machine page's. The reason catalogue is loaded once, reasons are saved with the session of a logged-in
// operator (whose pickers account.js shows), and each table is refreshed one request at a time (bursts
// coalesced into one more).
import * as api from './api.js';
import { coalesced } from './coalesced.js';
import { stopsTable } from './stops-table.js';

const TICK_MS = 1000;
const shared = { catalogue: [], ready: false, waiting: new Set(), call: null, onSaved: null, panels: [] };
let plant;

/**
 * @param call main's wrapper for API reads (it keeps the banner in step)
 * @param onReasonSaved called after a reason was stored (the Pareto changes)
 */
export function initStops({ call, onReasonSaved }) {
  shared.call = call;
  shared.onSaved = onReasonSaved;
  setInterval(() => shared.panels.forEach((panel) => panel.table.tick()), TICK_MS);
  plant = stopsPanel(
    stopsTable({ tbody: document.getElementById('stop-rows'), footer: document.getElementById('stops-more') }),
    api.todaysStops,
  );
  api
    .reasons()
    .then((reasons) => (shared.catalogue = reasons))
    .catch(() => {}) // the pickers offer only each stop's own reason
    .finally(() => {
      shared.ready = true; // the first loads follow the catalogue
      shared.waiting.forEach((panel) => panel.refresh());
      shared.waiting.clear();
    });
}

/** The plant's "Today's stops" again. */
export const refreshStops = () => plant.refresh();

/**
 * A table of stops kept fresh by refresh().
 * @param load () → promise of /api/downtime's {stops, total}, or of null when its answer came too late
 */
export function stopsPanel(table, load) {
  const panel = { table };
  const reload = coalesced(async () => {
    try {
      const page = await shared.call(load());
      if (page) table.render(page, picker());
    } catch {
      // the banner tells
    }
  });
  panel.refresh = () => {
    if (shared.ready) return reload();
    shared.waiting.add(panel);
    return Promise.resolve();
  };
  shared.panels.push(panel);
  return panel;
}

const picker = () => ({ catalogue: shared.catalogue, save });

async function save(id, assignment) {
  const stop = await api.assignReason(id, assignment);
  shared.panels.forEach((panel) => panel.table.update(stop, shared.catalogue));
  shared.onSaved?.();
  return stop;
}
