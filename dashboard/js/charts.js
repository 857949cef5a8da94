// The production trend (line) and the machine comparison (bars), drawn with Chart.js 4
// (window.Chart, from /vendor). Colours follow css/dashboard.css.
import { formatDay, formatInteger } from './format.js';
import { openMachine } from './machine-route.js';
import { hourLabel, hourlySeries, trendSeries } from './production-series.js';

const COLORS = {
  text: '#c9d4df',
  grid: 'rgba(148, 163, 184, 0.16)',
  total: '#4ea1ff',
  units: '#4ea1ff',
  defects: '#ff7b72',
  machines: ['#3fb950', '#d29922', '#bc8cff', '#39c5cf', '#f778ba', '#e3b341'],
};
const MAX_MACHINE_LINES = 6;
const HOUR_MS = 3_600_000;
/** How near a machine's line a click must be to open its page, in CSS pixels. */
const LINE_HIT_PX = 12;
const $ = (id) => document.getElementById(id);

let trendChart;
let machinesChart;

/** Options every chart of the page shares: the theme's colours and font, the legend, the tooltip. */
export function baseOptions() {
  const { Chart } = window;
  Chart.defaults.color = COLORS.text;
  Chart.defaults.borderColor = COLORS.grid;
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: window.matchMedia('(prefers-reduced-motion: reduce)').matches ? false : { duration: 300 },
    interaction: { mode: 'index', intersect: false },
    plugins: {
      legend: { position: 'bottom', labels: { boxWidth: 12, boxHeight: 12, padding: 14 } },
      tooltip: {
        callbacks: { label: (item) => ` ${item.dataset.label}: ${formatInteger(item.parsed.y)}` },
      },
    },
  };
}

export const axis = (title, position = 'left') => ({
  position,
  beginAtZero: true,
  title: { display: true, text: title },
  ticks: { callback: (value) => formatInteger(value), maxTicksLimit: 6 },
});

/** By day; by hour of the plant's clock when the range is one day (then rows are /api/production/hourly's). */
export function renderTrend(rows, { days, period }) {
  const byHour = days === 1;
  const series = byHour ? hourlySeries(rows) : trendSeries(rows, { period });
  $('trend-sub').textContent = byHour ? 'Units per hour today (plant time)' : `Units per day, last ${days} days`;
  $('trend-empty').hidden = rows.length > 0;

  const labels = series.keys.map((key) => (byHour ? hourLabel(key) : formatDay(key)));
  const perMachine = series.machines.size <= MAX_MACHINE_LINES ? [...series.machines] : [];
  // the current hour or today is not over yet: its segment is dashed
  const last = series.keys.length - 1;
  const partial = byHour
    ? last >= 0 && Date.parse(series.keys[last]) + HOUR_MS > Date.now()
    : period !== null && series.keys[last] === period.end;
  const segment = { borderDash: (ctx) => (partial && ctx.p1DataIndex === last ? [6, 4] : undefined) };
  const datasets = [
    line('All machines', series.total, COLORS.total, { fill: true, borderWidth: 3, segment }),
    ...perMachine.map(([id, values], i) => line(id, values, COLORS.machines[i % COLORS.machines.length], { segment })),
  ];
  const total = series.total.reduce((sum, value) => sum + value, 0);
  $('trend-chart').setAttribute(
    'aria-label',
    `Production trend: ${formatInteger(total)} units in ${labels.length} ${byHour ? 'hours' : 'days'}`,
  );

  const options = baseOptions();
  options.scales = {
    x: { grid: { display: false }, ticks: { maxRotation: 0, autoSkip: true, autoSkipPadding: 12 } },
    y: axis('Units'),
  };
  onMachineClick(options, (event, chart) => {
    const [nearest] = chart.getElementsAtEventForMode(event, 'nearest', { intersect: false, axis: 'xy' }, false);
    if (!nearest || nearest.datasetIndex === 0) return null; // "All machines"
    const { x, y } = nearest.element;
    return Math.hypot(x - event.x, y - event.y) <= LINE_HIT_PX ? chart.data.datasets[nearest.datasetIndex].label : null;
  });
  trendChart = draw(trendChart, 'trend-chart', 'line', { labels, datasets }, options);
}

function line(label, data, color, extra = {}) {
  return {
    label,
    data,
    borderColor: color,
    backgroundColor: extra.fill ? 'rgba(78, 161, 255, 0.12)' : color,
    borderWidth: 2,
    pointRadius: data.length > 14 ? 0 : 3,
    pointHoverRadius: 5,
    cubicInterpolationMode: 'monotone', // smooth, but never above or below the data
    fill: false,
    ...extra,
  };
}

/** Units (left axis) and defective units (right axis, a few percent of the units) per machine. */
export function renderMachines(machines) {
  $('machines-empty').hidden = machines.length > 0;
  const labels = machines.map((machine) => machine.machine_id);
  const datasets = [
    bar('Units', machines.map((m) => m.units_produced), COLORS.units, 'y'),
    bar('Defective units', machines.map((m) => m.defective_units), COLORS.defects, 'y1'),
  ];
  $('machines-chart').setAttribute(
    'aria-label',
    `Units and defects per machine: ${machines
      .map((m) => `${m.machine_id} ${formatInteger(m.units_produced)} units, ${formatInteger(m.defective_units)} defective`)
      .join('; ')}`,
  );

  const prefix = commonPrefix(labels);
  const options = baseOptions();
  options.scales = {
    x: {
      grid: { display: false },
      title: { display: prefix.length > 0, text: `Machine (${prefix}…)` },
      ticks: { autoSkip: false, maxRotation: 0, callback: (value, index) => labels[index]?.slice(prefix.length) },
    },
    y: axis('Units'),
    y1: { ...axis('Defective units', 'right'), grid: { drawOnChartArea: false } },
  };
  // each value axis in the colour of its bars
  for (const [id, color] of [['y', COLORS.units], ['y1', COLORS.defects]]) {
    options.scales[id].ticks.color = color;
    options.scales[id].title.color = color;
  }
  onMachineClick(options, (event, chart) => {
    const [bar] = chart.getElementsAtEventForMode(event, 'index', { intersect: false }, false);
    return bar ? labels[bar.index] : null;
  });
  machinesChart = draw(machinesChart, 'machines-chart', 'bar', { labels, datasets }, options);
}

/**
 * A click in the chart area on a machine's data opens the machine's page; the pointer shows where.
 * @param machineAt (event, chart) → the machine id under the pointer, or null
 */
function onMachineClick(options, machineAt) {
  const at = (event, chart) => (inArea(event, chart.chartArea) ? machineAt(event, chart) : null);
  options.onClick = (event, _elements, chart) => {
    const machine = at(event, chart);
    if (machine) openMachine(machine);
  };
  options.onHover = (event, _elements, chart) => {
    chart.canvas.style.cursor = at(event, chart) ? 'pointer' : 'default';
  };
}

const inArea = (event, area) =>
  event.x >= area.left && event.x <= area.right && event.y >= area.top && event.y <= area.bottom;

/** "OPC-UA-" for OPC-UA-M1, OPC-UA-M2 …: the axis shows M1, M2 … so that the names fit a phone. */
export function commonPrefix(labels) {
  if (labels.length < 2) return '';
  let prefix = labels[0];
  for (const label of labels) {
    while (!label.startsWith(prefix)) prefix = prefix.slice(0, -1);
  }
  const cut = prefix.lastIndexOf('-') + 1;
  return cut > 0 && labels.every((label) => label.length > cut) ? prefix.slice(0, cut) : '';
}

function bar(label, data, color, yAxisID) {
  return { label, data, yAxisID, backgroundColor: color, borderRadius: 4, maxBarThickness: 48 };
}

/** Updates the chart in place, or makes it on its canvas the first time. */
export function draw(chart, canvasId, type, data, options) {
  if (chart) {
    chart.data = data;
    chart.options = options;
    chart.update();
    return chart;
  }
  return new window.Chart($(canvasId), { type, data, options });
}
