// The live machine table: today's totals per machine from /api/machines/live and every
// /topic/live message. Rows whose values changed light up briefly. A machine's name is a link to its
// page; the cells are updated in place, so a link keeps the keyboard focus across updates.
import { formatInteger, formatMinutes, formatTime } from './format.js';
import { machineHash } from './machine-route.js';
import { emptyRow } from './empty-row.js';

const STATES = new Set(['RUNNING', 'IDLE', 'DOWN']);
const STALE_AFTER_MS = 60_000;
const body = () => document.getElementById('live-rows');

const COLUMNS = [
  ['Machine', (m) => m.machine_id, 'machine'],
  ['State', null, 'state'],
  ['Units', (m) => formatInteger(m.units_produced), 'num'],
  ['Defects', (m) => formatInteger(m.defective_units), 'num'],
  ['Downtime', (m) => formatMinutes(m.downtime_min), 'num'],
  ['Shift', (m) => m.shift ?? '–', 'shift'],
  ['Last update', (m) => formatTime(m.timestamp), 'time'],
];

/** What the row shows; a row is highlighted when this changes. */
const signature = (m) => [m.state, m.units_produced, m.defective_units, m.downtime_min, m.shift].join('|');

export function renderLive(machines) {
  const tbody = body();
  if (!machines.length) {
    tbody.replaceChildren(emptyRow('No machine has reported yet.', COLUMNS.length));
    return;
  }
  const existing = new Map([...tbody.querySelectorAll('tr[data-machine-id]')].map((row) => [row.dataset.machineId, row]));
  const rows = machines.map((machine) => {
    const row = existing.get(machine.machine_id) ?? document.createElement('tr');
    const changed = row.dataset.signature !== undefined && row.dataset.signature !== signature(machine);
    fill(row, machine);
    if (changed) highlight(row);
    return row;
  });
  rows.forEach((row, i) => {
    if (tbody.children[i] !== row) tbody.insertBefore(row, tbody.children[i] ?? null);
  });
  while (tbody.children.length > rows.length) tbody.lastElementChild.remove();
}

function fill(row, machine) {
  row.dataset.machineId = machine.machine_id;
  row.dataset.signature = signature(machine);
  const state = STATES.has(machine.state) ? machine.state : 'UNKNOWN';
  row.dataset.state = state;
  const stale = Date.now() - new Date(machine.timestamp).getTime() > STALE_AFTER_MS;
  row.classList.toggle('stale', stale);
  if (row.children.length !== COLUMNS.length) row.replaceChildren(...COLUMNS.map(newCell));
  COLUMNS.forEach(([, value, kind], i) => {
    const cell = row.children[i];
    if (kind === 'machine') {
      machineLink(cell, machine.machine_id);
    } else if (kind === 'state') {
      const badge = document.createElement('span');
      badge.className = `state-badge state-${state.toLowerCase()}`;
      badge.textContent = state === 'UNKNOWN' ? (machine.state ?? 'Unknown') : state;
      cell.replaceChildren(badge);
    } else {
      cell.textContent = value(machine);
    }
    if (kind === 'time') {
      cell.title = stale ? 'No update for more than a minute' : new Date(machine.timestamp).toISOString();
    }
  });
}

function newCell([label, , kind]) {
  const cell = document.createElement(kind === 'machine' ? 'th' : 'td');
  if (kind === 'machine') cell.scope = 'row';
  cell.className = kind;
  cell.dataset.label = label;
  return cell;
}

/** The machine's name as a link to its page (#machine=ID). */
function machineLink(cell, machineId) {
  const link = cell.querySelector('a') ?? cell.appendChild(document.createElement('a'));
  if (link.dataset.machine === machineId) return;
  link.className = 'machine-link';
  link.dataset.machine = machineId;
  link.href = machineHash(machineId);
  link.textContent = machineId;
  link.title = `Open the page of ${machineId}: state timeline, OEE by day, stops`;
}

const HIGHLIGHT_MS = 1500;

function highlight(row) {
  clearTimeout(row.highlightTimer);
  row.classList.remove('row-changed');
  void row.offsetWidth; // restart the animation
  row.classList.add('row-changed');
  row.highlightTimer = setTimeout(() => row.classList.remove('row-changed'), HIGHLIGHT_MS);
}
