// "CSV": the production table of the selected range (/api/production?days=N) as an RFC 4180 file.
import { saveBlob } from './download.js';

const COLUMNS = ['production_date', 'machine_id', 'shift', 'units_produced', 'defective_units', 'downtime_min'];

export function toCsv(rows) {
  const lines = [COLUMNS.join(','), ...rows.map((row) => COLUMNS.map((column) => cell(row[column])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

function cell(value) {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function exportCsv(rows, { days, period }) {
  const span = period ? `${period.start}_${period.end}` : `last-${days}-days`;
  saveBlob(new Blob([toCsv(rows)], { type: 'text/csv;charset=utf-8' }), `amrs-production_${span}.csv`);
}
