// Turns /api/production rows (one per day × machine × shift) into the trend chart's series: by day,
// or by shift for a one-day range (the API has no hourly breakdown).

const DAY_MS = 86_400_000;

/** Every production date from start to end (ISO yyyy-mm-dd, both included). */
export function datesBetween(start, end) {
  const dates = [];
  for (let t = Date.parse(`${start}T00:00:00Z`); t <= Date.parse(`${end}T00:00:00Z`); t += DAY_MS) {
    dates.push(new Date(t).toISOString().slice(0, 10));
  }
  return dates;
}

/**
 * @param rows /api/production rows
 * @param byShift one point per shift instead of per day
 * @param period {start, end} of the range: days without production are shown as 0
 * @returns {{keys: string[], total: number[], machines: Map<string, number[]>}}
 */
export function trendSeries(rows, { byShift = false, period = null } = {}) {
  const keyOf = (row) => (byShift ? row.shift : row.production_date);
  const known = !byShift && period ? datesBetween(period.start, period.end) : [];
  const keys = [...new Set([...known, ...rows.map(keyOf)])].sort();
  const index = new Map(keys.map((key, i) => [key, i]));
  const total = keys.map(() => 0);
  const machines = new Map();
  for (const row of rows) {
    const i = index.get(keyOf(row));
    total[i] += row.units_produced;
    if (!machines.has(row.machine_id)) machines.set(row.machine_id, keys.map(() => 0));
    machines.get(row.machine_id)[i] += row.units_produced;
  }
  const sorted = [...machines].sort(([a], [b]) => a.localeCompare(b, undefined, { numeric: true }));
  return { keys, total, machines: new Map(sorted) };
}
