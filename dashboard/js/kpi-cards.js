// The KPI cards of /api/kpis?days=N (DESIGN.md §6): OEE and its parts are percentages.
import { renderCompleteness } from './completeness.js';
import { formatInteger, formatMinutes, formatPercent, formatTime } from './format.js';

const $ = (id) => document.getElementById(id);

// [element, field, format, unit]: a big card value shows its unit smaller ("2,331.63 min")
const CARDS = [
  ['kpi-total-units', 'total_units', formatInteger],
  ['kpi-total-defects', 'total_defects', formatInteger],
  ['kpi-defect-rate', 'defect_rate', formatPercent],
  ['kpi-yield', 'yield_percentage', formatPercent, '%'],
  ['kpi-avg-downtime', 'avg_downtime', formatMinutes, ' min'],
  ['kpi-total-downtime', 'total_downtime_min', formatMinutes],
  ['kpi-oee', 'oee', formatPercent, '%'],
  ['kpi-availability', 'availability', formatPercent],
  ['kpi-performance', 'performance', formatPercent],
  ['kpi-quality', 'quality', formatPercent],
];

export function renderKpis(kpis, days) {
  for (const [id, field, format, unit] of CARDS) {
    show($(id), format(kpis[field]), unit);
  }
  $('kpi-oee').closest('.kpi').dataset.level = oeeLevel(kpis.oee);
  renderCompleteness(kpis.completeness);
  $('kpis').setAttribute('aria-busy', 'false');
  $('period-range').textContent = periodText(kpis, days);
  $('period-updated').textContent = `Updated ${formatTime(new Date())}`;
}

/** A value in a card: its unit ("%", " min") smaller, after the number. */
export function show(element, text, unit) {
  if (!unit || !text.endsWith(unit)) {
    element.textContent = text;
    return;
  }
  const small = document.createElement('span');
  small.className = 'kpi-unit';
  small.textContent = unit;
  element.replaceChildren(text.slice(0, -unit.length), small);
}

/** World-class OEE is 85 % and more; under 60 % needs attention. */
function oeeLevel(oee) {
  if (typeof oee !== 'number') return 'unknown';
  if (oee >= 85) return 'good';
  return oee >= 60 ? 'fair' : 'poor';
}

function periodText(kpis, days) {
  const label = days === 1 ? 'Today' : `Last ${days} days`;
  if (!kpis.period_start || !kpis.period_end) return label;
  return kpis.period_start === kpis.period_end
    ? `${label} · ${kpis.period_end}`
    : `${label} · ${kpis.period_start} – ${kpis.period_end}`;
}
