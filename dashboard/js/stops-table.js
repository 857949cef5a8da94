// A table of stops (/api/downtime), newest first: machine, start, duration ("running for …" while open),
// state and reason, each row with its reason picker. Rows are kept by stop id and only new ones are
// inserted, so a refresh never moves or clears a picker the user is working in.
import { formatDuration, formatTime } from './format.js';
import { reasonPicker, updatePicker } from './reason-picker.js';
import { emptyRow } from './empty-row.js';
import { element, headerRow, renderRows, rowCells } from './table-parts.js';

const COLUMNS = [
  ['Machine', 'machine'],
  ['Start', 'start'],
  ['Duration', 'duration'],
  ['State', 'state'],
  ['Reason', 'reason'],
  ['Assign reason', 'assign'],
];

/**
 * @param tbody the rows' element; @param footer says when there are more stops than rows
 * @param idPrefix keeps the pickers' element ids apart when two tables show the same stop
 */
export function stopsTable({ tbody, footer, idPrefix = '' }) {
  tbody.closest('table').tHead.replaceChildren(headerRow(COLUMNS));
  return {
    /** @param page /api/downtime's {stops, total}; @param picker {catalogue, save} */
    render(page, picker) {
      footer.hidden = page.total <= page.stops.length;
      footer.textContent = `Showing the newest ${page.stops.length} of ${page.total} stops today.`;
      if (!page.stops.length) {
        tbody.replaceChildren(emptyRow('No stops today.', COLUMNS.length));
        return;
      }
      renderRows(tbody, page.stops, {
        key: 'stopId',
        make: (stop) => newRow(stop, picker, idPrefix),
        fill: (row, stop) => fill(row, stop, picker.catalogue),
      });
    },

    /** A stop as the API answered it after a change (PUT): its row shows it at once. */
    update(stop, catalogue) {
      const row = tbody.querySelector(`tr[data-stop-id="${stop.id}"]`);
      if (row) fill(row, stop, catalogue);
    },

    /** The open stops' "running for …". */
    tick() {
      for (const row of tbody.querySelectorAll('tr[data-open="true"]')) {
        row.querySelector('.duration').textContent = running(row.dataset.startedAt);
      }
    },

    /** One row saying so, until the stops are there. */
    clear(text) {
      footer.hidden = true;
      tbody.replaceChildren(emptyRow(text, COLUMNS.length));
    },
  };
}

const running = (startedAt) => `running for ${formatDuration((Date.now() - Date.parse(startedAt)) / 1000)}`;

function newRow(stop, { catalogue, save }, idPrefix) {
  const row = document.createElement('tr');
  row.append(...rowCells(COLUMNS, 'machine'));
  row.querySelector('.assign').append(reasonPicker(stop, catalogue, save, idPrefix));
  return row;
}

function fill(row, stop, catalogue) {
  const open = stop.ended_at == null;
  row.dataset.open = String(open);
  row.dataset.startedAt = stop.started_at;
  row.dataset.category = stop.category;
  const cell = (kind) => row.querySelector(`.${kind}`);
  cell('machine').textContent = stop.machine_id;
  cell('start').textContent = formatTime(stop.started_at);
  cell('start').title = new Date(stop.started_at).toISOString();
  cell('duration').textContent = open ? running(stop.started_at) : formatDuration(stop.duration_sec);
  cell('state').replaceChildren(element('span', `state-badge state-${String(stop.state).toLowerCase()}`, stop.state));
  cell('reason').replaceChildren(...reasonText(stop));
  updatePicker(row.querySelector('.reason-form'), stop, catalogue);
}

function reasonText(stop) {
  const parts = [element('span', 'stop-reason', stop.reason)];
  if (stop.category === 'planned') parts.push(element('span', 'planned-tag', 'planned'));
  if (stop.comment) parts.push(element('span', 'stop-comment', stop.comment));
  return parts;
}
