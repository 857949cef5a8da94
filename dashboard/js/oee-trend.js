// A machine's OEE by day (DESIGN.md §14) from /api/oee/daily: OEE with availability, performance and
// quality as lines, a gap (not a 0) on a day without data, and the same numbers in a table for screen
// readers and anyone who wants them exactly.
import { axis, baseOptions, draw } from './charts.js';
import { formatDay, formatMinutes, formatPercent } from './format.js';

const PARTS = [
  ['oee', 'OEE', '#4ea1ff', 3],
  ['availability', 'Availability', '#3fb950', 2],
  ['performance', 'Performance', '#e3b341', 2],
  ['quality', 'Quality', '#bc8cff', 2],
];
const $ = (id) => document.getElementById(id);

let chart;

const numberOrNull = (value) => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/** The days as the chart's series: one value per day and part, null where the day has no data. */
export function oeeTrendSeries(days) {
  const series = { dates: days.map((day) => day.date) };
  for (const [field] of PARTS) {
    series[field] = days.map((day) => numberOrNull(day[field]));
  }
  series.daysWithData = series.oee.filter((value) => value !== null).length;
  return series;
}

/** @param days /api/oee/daily's [{date, availability, performance, quality, oee, planned_min, fully_productive_min}] */
export function renderOeeTrend(days, machine) {
  const series = oeeTrendSeries(days);
  $('oee-trend-sub').textContent = `OEE and its parts per day, last ${days.length} days`;
  $('oee-trend-empty').hidden = series.daysWithData > 0;
  $('oee-trend-chart').setAttribute(
    'aria-label',
    `OEE of ${machine} by day: ${series.daysWithData} of ${days.length} days with data; the numbers are in the table below`,
  );
  const datasets = PARTS.map(([field, label, color, width]) => ({
    label,
    data: series[field],
    borderColor: color,
    backgroundColor: color,
    borderWidth: width,
    pointRadius: 2, // a day between two without data is a point, not a line
    pointHoverRadius: 5,
    spanGaps: false,
  }));
  const options = baseOptions();
  options.plugins.tooltip.callbacks.label = (item) => ` ${item.dataset.label}: ${formatPercent(item.parsed.y)}`;
  options.scales = {
    x: { grid: { display: false }, ticks: { maxRotation: 0, autoSkip: true, autoSkipPadding: 12 } },
    y: { ...axis('Percent'), suggestedMax: 100 },
  };
  options.scales.y.ticks.callback = (value) => `${value}%`;
  chart = draw(chart, 'oee-trend-chart', 'line', { labels: series.dates.map(formatDay), datasets }, options);
  renderTable(days);
}

function renderTable(days) {
  const rows = [...days].reverse().map((day) => {
    const row = document.createElement('tr');
    row.dataset.date = day.date;
    const date = document.createElement('th');
    date.scope = 'row';
    date.textContent = day.date;
    const cells = [
      ...PARTS.map(([field, label]) => [field, label, formatPercent(day[field])]),
      ['planned_min', 'Planned', formatMinutes(day.planned_min)],
      ['fully_productive_min', 'Fully productive', formatMinutes(day.fully_productive_min)],
    ].map(([field, label, text]) => {
      const cell = document.createElement('td');
      cell.className = 'num';
      cell.dataset.field = field;
      cell.dataset.label = label;
      cell.textContent = text;
      return cell;
    });
    row.append(date, ...cells);
    return row;
  });
  $('oee-trend-rows').replaceChildren(...rows);
}
