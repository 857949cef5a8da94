// Number and time formatting for the page, in the browser's locale.

const integer = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
const twoDecimals = new Intl.NumberFormat(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const time = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
const shortDate = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', timeZone: 'UTC' });

const DASH = '–';
const isNumber = (value) => typeof value === 'number' && Number.isFinite(value);

export const formatInteger = (value) => (isNumber(value) ? integer.format(value) : DASH);

export const formatPercent = (value) => (isNumber(value) ? `${twoDecimals.format(value)}%` : DASH);

export const formatMinutes = (value) => (isNumber(value) ? `${twoDecimals.format(value)} min` : DASH);

export const formatTime = (value) => {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? DASH : time.format(date);
};

/**
 * An instant in a time zone, the plant's (the browser's when the zone is unknown or absent), with Intl's options;
 * "–" for no instant. @param locale the browser's when absent
 */
export function formatZoned(instant, zone, options, locale = undefined) {
  const date = instant instanceof Date ? instant : new Date(instant ?? NaN);
  if (Number.isNaN(date.getTime())) return DASH;
  try {
    return new Intl.DateTimeFormat(locale, { ...options, timeZone: zone }).format(date);
  } catch {
    return new Intl.DateTimeFormat(locale, options).format(date); // an unknown zone: the browser's
  }
}

/** "2026-11-29" (a production date, no time zone) as "Nov 29". */
export const formatDay = (isoDate) => {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : shortDate.format(date);
};

/** A stop's length: "45 s", "3 min 20 s", "1 h 05 min". */
export const formatDuration = (seconds) => {
  if (!isNumber(seconds) || seconds < 0) return DASH;
  const whole = Math.floor(seconds);
  if (whole < 60) return `${whole} s`;
  const minutes = Math.floor(whole / 60);
  if (minutes < 60) return `${minutes} min ${String(whole % 60).padStart(2, '0')} s`;
  return `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;
};
