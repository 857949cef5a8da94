// A machine's key figures for the page's range, from /api/machines/{id}?days=N (DESIGN.md §6, §13, §14).
import { formatInteger, formatMinutes, formatPercent } from './format.js';
import { show } from './kpi-cards.js';

const $ = (id) => document.getElementById(id);

/** [element, what it shows of the answer, format, the unit a big value shows smaller] */
const FIGURES = [
  ['machine-units', (m) => m.units_produced, formatInteger],
  ['machine-defects', (m) => m.defective_units, formatInteger],
  ['machine-yield', (m) => m.yield_percentage, formatPercent, '%'],
  ['machine-oee', (m) => m.oee, formatPercent, '%'],
  ['machine-availability', (m) => m.availability, formatPercent],
  ['machine-performance', (m) => m.performance, formatPercent],
  ['machine-quality', (m) => m.quality, formatPercent],
  ['machine-mtbf', (m) => m.mtbf_min, formatMinutes, ' min'],
  ['machine-mttr', (m) => m.mttr_min, formatMinutes, ' min'],
  ['machine-downtime', (m) => m.downtime_minutes, formatMinutes],
  ['machine-completeness', (m) => m.completeness?.percent, formatPercent, '%'],
];

/** @param machine /api/machines/{id}'s answer; @param days the page's range */
export function renderMachineFigures(machine, days) {
  for (const [id, value, format, unit] of FIGURES) {
    show($(id), format(value(machine)), unit);
  }
  $('machine-period').textContent = days === 1 ? 'Today' : `Last ${days} days`;
  $('machine-figures').setAttribute('aria-busy', 'false');
}

/** Dashes until the new machine's figures are there. */
export function clearMachineFigures() {
  for (const [id] of FIGURES) {
    $(id).textContent = '–';
  }
  $('machine-figures').setAttribute('aria-busy', 'true');
}
