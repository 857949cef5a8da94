// A table of alerts (DESIGN.md §17): the plant's firing ones and the history. A row names the machine, the rule
// and its condition, the alert's text, since when and for how long, and who acknowledged it; a firing alert that
// nobody acknowledged has "Acknowledge" (shown to operators and admins by the CSS of body[data-write]), and the
// API's refusal is shown next to it. Rows are kept by alert id and updated in place, so a refresh never takes the
// focus from a button.
import { ackErrorText, alertRow, lastedText } from './alerts.js';
import { emptyRow } from './empty-row.js';
import { element, headerRow, renderRows, rowCells } from './table-parts.js';

/**
 * @param columns [[label, kind]] of the kinds machine, state, rule, alert, started, fired, resolved, acknowledged, ack
 * @param acknowledge (id) → promise of the alert acknowledged; @param idPrefix keeps two tables' message ids apart
 */
export function alertsTable({ tbody, columns, acknowledge, idPrefix }) {
  tbody.closest('table').tHead.replaceChildren(headerRow(columns));
  const shown = { zone: undefined };

  const show = (row, alert) => fill(row, alertRow(alert, { zone: shown.zone }));

  async function onAcknowledge(row, button) {
    if (button.getAttribute('aria-disabled') === 'true') return;
    const message = row.querySelector('.ack-message');
    button.setAttribute('aria-disabled', 'true'); // not disabled: the button keeps the focus meanwhile
    say(message, 'Acknowledging…', 'busy');
    const hadFocus = document.activeElement === button;
    try {
      const alert = await acknowledge(Number(row.dataset.alertId));
      show(row, alert);
      say(message, 'Acknowledged.', 'ok');
      // not lost with the button, also when a refresh meanwhile hid it (the stream tells of the acknowledgement
      // too); a focus the user moved elsewhere stays there
      const lost = document.activeElement === button || document.activeElement === document.body;
      if (hadFocus && lost && button.hidden) message.focus();
    } catch (error) {
      say(message, ackErrorText(error), 'error');
    } finally {
      button.removeAttribute('aria-disabled');
    }
  }

  function newRow(alert) {
    const row = document.createElement('tr');
    row.append(...rowCells(columns, 'machine'));
    const action = row.querySelector('.ack');
    if (action) {
      const button = element('button', 'btn btn-small ack-button', 'Acknowledge');
      button.type = 'button';
      button.append(element('span', 'visually-hidden'));
      const message = element('p', 'ack-message');
      message.id = `${idPrefix}ack-message-${alert.id}`;
      message.tabIndex = -1;
      message.setAttribute('aria-live', 'polite');
      button.setAttribute('aria-describedby', message.id);
      button.addEventListener('click', () => onAcknowledge(row, button));
      action.append(button, message);
    }
    return row;
  }

  return {
    /** @param alerts from /api/alerts; @param zone the plant's time zone; @param emptyText said when none */
    render(alerts, zone, emptyText) {
      shown.zone = zone;
      if (!alerts.length) {
        tbody.replaceChildren(emptyRow(emptyText, columns.length));
        return;
      }
      renderRows(tbody, alerts, { key: 'alertId', make: newRow, fill: show });
    },

    /** The firing alerts' "for …", every second. */
    tick() {
      for (const lasted of tbody.querySelectorAll('tr[data-firing="true"] .lasted')) {
        lasted.textContent = lastedText({ state: 'firing', started_at: lasted.closest('tr').dataset.startedAt });
      }
    },

    clear(text) {
      tbody.replaceChildren(emptyRow(text, columns.length));
    },
  };
}

function fill(row, alert) {
  row.dataset.firing = String(alert.firing);
  row.dataset.startedAt = alert.startedAt ?? '';
  row.dataset.acknowledged = String(Boolean(alert.acknowledgedBy));
  const cell = (kind) => row.querySelector(`.${kind}`);
  const set = (kind, ...parts) => cell(kind)?.replaceChildren(...parts);
  set('machine', alert.machine);
  set('state', element('span', `state-badge alert-${alert.firing ? 'firing' : 'resolved'}`, alert.state));
  set('rule', element('span', 'alert-rule', alert.rule), element('span', 'alert-condition', alert.condition));
  set('alert', element('span', 'alert-text', alert.text), ...(alert.details ? [element('span', 'alert-details', alert.details)] : []));
  set('started', element('span', 'alert-time', alert.started), element('span', 'lasted', alert.lasted));
  if (cell('started')) cell('started').title = alert.startedAt ?? '';
  set('fired', alert.fired);
  set('resolved', alert.resolved);
  set('acknowledged', alert.acknowledged);
  const button = row.querySelector('.ack-button');
  if (button) {
    button.hidden = !alert.canAcknowledge;
    button.querySelector('.visually-hidden').textContent = ` ${alert.name}`;
  }
}

function say(message, text, kind) {
  message.textContent = text;
  message.dataset.kind = kind;
}
