// The "Today's stops" panel (DESIGN.md §14): the stops of today's production date with a reason picker
// each, the reason catalogue loaded once, reasons saved with the API key, refreshed after every
// /topic/stops message (one request at a time, bursts coalesced into one more).
import * as api from './api.js';
import { apiKey, initApiKey } from './api-key.js';
import { renderStops, tickRunning, updateStop } from './stops-table.js';

const TICK_MS = 1000;
const state = { catalogue: [], ready: false, call: null, onSaved: null, inFlight: false, again: false };

/**
 * @param call main's wrapper for API reads (it keeps the banner in step)
 * @param onReasonSaved called after a reason was stored (the Pareto changes)
 */
export function initStops({ call, onReasonSaved }) {
  state.call = call;
  state.onSaved = onReasonSaved;
  initApiKey();
  setInterval(tickRunning, TICK_MS);
  api
    .reasons()
    .then((reasons) => (state.catalogue = reasons))
    .catch(() => {}) // the pickers offer only each stop's own reason
    .finally(() => {
      state.ready = true;
      refreshStops();
    });
}

/** Today's stops again; while a request runs, one more follows it however many were asked for. */
export async function refreshStops() {
  if (!state.ready) return; // the first load follows the catalogue
  if (state.inFlight) {
    state.again = true;
    return;
  }
  state.inFlight = true;
  try {
    do {
      state.again = false;
      renderStops(await state.call(api.todaysStops()), picker());
    } while (state.again);
  } catch {
    // the banner tells
  } finally {
    state.inFlight = false;
  }
}

const picker = () => ({ catalogue: state.catalogue, save });

async function save(id, assignment) {
  const stop = await api.assignReason(id, assignment, apiKey());
  updateStop(stop, state.catalogue);
  state.onSaved?.();
  return stop;
}
