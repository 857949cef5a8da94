// A table of stops (/api/downtime), newest first: machine, start, duration ("running for …" while open),
// state and reason, each row with its reason picker. Rows are kept by stop id and only new ones are
// inserted, so a refresh never moves or clears a picker the user is working in.
import { formatDuration, formatTime } from './format.js';
import { reasonPicker, updatePicker } from './reason-picker.js';
import { emptyRow } from './empty-row.js';

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
  tbody.closest('table').tHead.replaceChildren(headerRow());
  return {
    /** @param page /api/downtime's {stops, total}; @param picker {catalogue, save} */
    render(page, picker) {
      footer.hidden = page.total <= page.stops.length;
      footer.textContent = `Showing the newest ${page.stops.length} of ${page.total} stops today.`;
      if (!page.stops.length) {
        tbody.replaceChildren(emptyRow('No stops today.', COLUMNS.length));
        return;
      }
      const existing = new Map([...tbody.querySelectorAll('tr[data-stop-id]')].map((row) => [row.dataset.stopId, row]));
      const rows = page.stops.map((stop) => existing.get(String(stop.id)) ?? newRow(stop, picker, idPrefix));
      rows.forEach((row, i) => {
        fill(row, page.stops[i], picker.catalogue);
        if (tbody.children[i] !== row) tbody.insertBefore(row, tbody.children[i] ?? null);
      });
      while (tbody.children.length > rows.length) tbody.lastElementChild.remove();
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
  row.dataset.stopId = String(stop.id);
  row.append(
    ...COLUMNS.map(([label, kind]) => {
      const cell = document.createElement(kind === 'machine' ? 'th' : 'td');
      if (kind === 'machine') cell.scope = 'row';
      cell.className = kind;
      cell.dataset.label = label;
      return cell;
    }),
  );
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
  const badge = document.createElement('span');
  badge.className = `state-badge state-${String(stop.state).toLowerCase()}`;
  badge.textContent = stop.state;
  cell('state').replaceChildren(badge);
  cell('reason').replaceChildren(...reasonText(stop));
  updatePicker(row.querySelector('.reason-form'), stop, catalogue);
}

function reasonText(stop) {
  const text = document.createElement('span');
  text.className = 'stop-reason';
  text.textContent = stop.reason;
  const parts = [text];
  if (stop.category === 'planned') {
    const tag = document.createElement('span');
    tag.className = 'planned-tag';
    tag.textContent = 'planned';
    parts.push(tag);
  }
  if (stop.comment) {
    const comment = document.createElement('span');
    comment.className = 'stop-comment';
    comment.textContent = stop.comment;
    parts.push(comment);
  }
  return parts;
}

/** The column headers, from the same list as the cells. */
function headerRow() {
  const row = document.createElement('tr');
  for (const [label, name] of COLUMNS) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = label;
    if (name === 'assign') th.className = 'assign';
    row.append(th);
  }
  return row;
}
