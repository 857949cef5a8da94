// The downtime Pareto (DESIGN.md §14): minutes by reason for the page's period from
// /api/downtime/pareto, most first, with the cumulative share as a line. Planned reasons (changeovers,
// maintenance) are bars of their own colour, so they are not mistaken for losses.
import { axis, baseOptions, draw } from './charts.js';
import { formatInteger, formatMinutes, formatPercent } from './format.js';

const COLORS = { unplanned: '#ff7b72', planned: '#8b949e', cumulative: '#e3b341' };
const $ = (id) => document.getElementById(id);

let chart;

/** Bars by category (null where a reason is of the other), the cumulative share in percent. */
export function paretoSeries(entries) {
  let sum = 0;
  const total = entries.reduce((all, entry) => all + entry.minutes, 0);
  return {
    labels: entries.map((entry) => entry.reason),
    unplanned: entries.map((entry) => (entry.category === 'planned' ? null : entry.minutes)),
    planned: entries.map((entry) => (entry.category === 'planned' ? entry.minutes : null)),
    cumulative: entries.map((entry) => {
      sum += entry.minutes;
      return total > 0 ? Math.round((sum / total) * 10_000) / 100 : 0;
    }),
  };
}

export function renderPareto(entries, days) {
  const series = paretoSeries(entries);
  $('pareto-sub').textContent = `Minutes of downtime by reason, ${days === 1 ? 'today' : `last ${days} days`}`;
  $('pareto-empty').hidden = entries.length > 0;
  $('pareto-chart').setAttribute(
    'aria-label',
    `Downtime Pareto: ${entries
      .map((e) => `${e.reason} (${e.category}) ${formatMinutes(e.minutes)}, ${formatInteger(e.stops)} stops`)
      .join('; ') || 'no stops'}`,
  );

  const datasets = [
    bars('Unplanned', series.unplanned, COLORS.unplanned),
    bars('Planned', series.planned, COLORS.planned),
    {
      type: 'line',
      label: 'Cumulative share',
      data: series.cumulative,
      yAxisID: 'y1',
      borderColor: COLORS.cumulative,
      backgroundColor: COLORS.cumulative,
      borderWidth: 2,
      pointRadius: 3,
      order: 0,
    },
  ];
  const options = baseOptions();
  options.plugins.tooltip.callbacks.label = (item) =>
    item.dataset.yAxisID === 'y1'
      ? ` ${item.dataset.label}: ${formatPercent(item.parsed.y)}`
      : ` ${item.dataset.label}: ${formatMinutes(item.parsed.y)} in ${formatInteger(entries[item.dataIndex].stops)} stops`;
  const minutes = { ...axis('Minutes'), stacked: true };
  minutes.ticks.precision = 0; // whole minutes, also when every stop is shorter than one
  options.scales = {
    x: { stacked: true, grid: { display: false }, ticks: { maxRotation: 45, autoSkip: false } },
    y: minutes,
    y1: { ...axis('Cumulative %', 'right'), max: 100, grid: { drawOnChartArea: false } },
  };
  chart = draw(chart, 'pareto-chart', 'bar', { labels: series.labels, datasets }, options);
}

function bars(label, data, color) {
  return { label, data, yAxisID: 'y', backgroundColor: color, borderRadius: 4, maxBarThickness: 56, skipNull: true, order: 1 };
}
