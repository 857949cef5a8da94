// The list of stored reports (DESIGN.md §16), newest first: period, kind, machines, when it was made, size and
// mail, with its PDF and workbook to download and "Send again" (shown to operators and admins by the CSS of
// body[data-write]). Rows are kept by report id and their cells updated in place, so a refresh never takes
// the keyboard focus from a link or button.
import { emptyRow } from './empty-row.js';
import { reportRow } from './reports.js';
import { element, headerRow, renderRows, rowCells } from './table-parts.js';

const COLUMNS = [
  ['Period', 'report-period'], // not .period: the plant's period line
  ['Kind', 'kind'],
  ['Machines', 'machines'],
  ['Created', 'created'],
  ['Size', 'size num'],
  ['Mail', 'mail'],
  ['Files', 'files'],
];

/** @param resend (id) → called by a row's "Send again" */
export function reportsTable({ tbody, resend }) {
  tbody.closest('table').tHead.replaceChildren(headerRow(COLUMNS));
  return {
    /** @param reports one page of /api/reports; @param zone the plant's time zone */
    render(reports, zone) {
      if (!reports.length) {
        tbody.replaceChildren(emptyRow('No reports yet: the reporting pipeline stores one at its start and then daily.', COLUMNS.length));
        return;
      }
      renderRows(tbody, reports, {
        key: 'reportId',
        make: (report) => newRow(report.id, resend),
        fill: (row, report) => fill(row, reportRow(report, zone)),
      });
    },

    /** A report as the API answered it after a change ("Send again"): its row shows it at once. */
    update(report, zone) {
      const row = rowOf(report.id);
      if (row) fill(row, reportRow(report, zone));
    },

    /** Lights the report's row up and puts the focus on its PDF link; false when it is not listed. */
    present(id) {
      const row = rowOf(id);
      if (!row) return false;
      row.classList.remove('row-changed');
      void row.offsetWidth; // restart the animation
      row.classList.add('row-changed');
      row.querySelector('a.download-pdf').focus();
      return true;
    },

    clear(text) {
      tbody.replaceChildren(emptyRow(text, COLUMNS.length));
    },
  };

  function rowOf(id) {
    return tbody.querySelector(`tr[data-report-id="${Number(id)}"]`);
  }
}

function newRow(id, resend) {
  const row = document.createElement('tr');
  row.append(...rowCells(COLUMNS, 'report-period'));
  const status = element('span', 'mail-status');
  const again = element('button', 'btn btn-small resend', 'Send again');
  again.type = 'button';
  again.append(element('span', 'visually-hidden'));
  again.addEventListener('click', () => resend(id));
  row.querySelector('.mail').append(status, again);
  row.querySelector('.files').append(link('download-pdf', 'PDF'), link('download-xlsx', 'Excel'));
  return row;
}

function fill(row, report) {
  const cell = (kind) => row.querySelector(`.${kind}`);
  row.dataset.kind = report.kind;
  cell('report-period').textContent = report.period;
  cell('kind').textContent = report.kind;
  cell('machines').textContent = report.machines;
  cell('machines').title = report.allMachines;
  cell('created').textContent = report.created;
  cell('size').textContent = report.size;
  const status = cell('mail').querySelector('.mail-status');
  status.textContent = report.mail;
  status.dataset.status = report.mailStatus ?? '';
  cell('mail').querySelector('.resend .visually-hidden').textContent = ` the mail of ${report.name}`;
  setLink(row.querySelector('a.download-pdf'), report.pdf, report.name);
  setLink(row.querySelector('a.download-xlsx'), report.xlsx, report.name);
}

/** A download link, hidden without a file (the workbook of a report from before workbooks were kept). */
function setLink(anchor, href, name) {
  anchor.hidden = !href;
  if (href) anchor.href = href;
  else anchor.removeAttribute('href');
  anchor.querySelector('.visually-hidden').textContent = ` of ${name}`;
}

function link(className, text) {
  const anchor = element('a', `btn btn-small ${className}`, text);
  anchor.download = '';
  anchor.append(element('span', 'visually-hidden'));
  return anchor;
}
