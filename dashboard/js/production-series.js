// Turns production rows into the trend chart's series: /api/production rows (one per day × machine
// × shift) by day, /api/production/hourly rows (one per hour × machine) by hour of the plant's clock.

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** Every production date from start to end (ISO yyyy-mm-dd, both included). */
export function datesBetween(start, end) {
  const dates = [];
  for (let t = Date.parse(`${start}T00:00:00Z`); t <= Date.parse(`${end}T00:00:00Z`); t += DAY_MS) {
    dates.push(new Date(t).toISOString().slice(0, 10));
  }
  return dates;
}

/**
 * One point per production date.
 * @param rows /api/production rows
 * @param period {start, end} of the range: days without production are shown as 0
 * @returns {{keys: string[], total: number[], machines: Map<string, number[]>}}
 */
export function trendSeries(rows, { period = null } = {}) {
  const known = period ? datesBetween(period.start, period.end) : [];
  const keys = [...new Set([...known, ...rows.map((row) => row.production_date)])].sort();
  return sumByKey(rows, keys, (row) => row.production_date);
}

/**
 * One point per hour, from the first hour with production to the last; hours between without
 * production are 0. Keys are the hours' starts with the plant's offset ("2026-11-29T08:00:00+01:00").
 * @param rows /api/production/hourly rows
 * @returns {{keys: string[], total: number[], machines: Map<string, number[]>}}
 */
export function hourlySeries(rows) {
  const startOf = new Map(rows.map((row) => [Date.parse(row.hour_start), row.hour_start]));
  const instants = [...startOf.keys()].sort((a, b) => a - b);
  const keys = [];
  if (instants.length > 0) {
    let offset = offsetOf(startOf.get(instants[0]));
    for (let t = instants[0]; t <= instants[instants.length - 1]; t += HOUR_MS) {
      const known = startOf.get(t);
      if (known !== undefined) offset = offsetOf(known);
      keys.push(known ?? localIso(t, offset));
    }
  }
  const keyOfInstant = new Map(keys.map((key) => [Date.parse(key), key]));
  return sumByKey(rows, keys, (row) => keyOfInstant.get(Date.parse(row.hour_start)));
}

/** "08:00" of "2026-11-29T08:00:00+01:00": the hour on the plant's clock. */
export const hourLabel = (hourStart) => hourStart.slice(11, 16);

function sumByKey(rows, keys, keyOf) {
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

/** Minutes east of UTC of an ISO instant: +60 for "…+01:00", 0 for "…Z". */
function offsetOf(iso) {
  const match = /([+-])(\d\d):(\d\d)$/.exec(iso);
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}

/** The instant t as the plant's clock shows it, with its offset: "2026-11-29T09:00:00+01:00". */
function localIso(t, offsetMinutes) {
  const local = new Date(t + offsetMinutes * 60_000).toISOString().slice(0, 19);
  if (offsetMinutes === 0) return `${local}Z`;
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
