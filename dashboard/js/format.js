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

/** "2026-11-29" (a production date, no time zone) as "Nov 29". */
export const formatDay = (isoDate) => {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : shortDate.format(date);
};
