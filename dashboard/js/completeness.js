// The completeness card (DESIGN.md §13): how much of the period the records cover, and the gaps.
import { formatPercent } from './format.js';

const $ = (id) => document.getElementById(id);

/** Under this share of the time covered, the card warns: the KPIs may be short. */
export const WARN_BELOW = 99;
/** Gaps listed in the card; the rest are counted. */
export const LISTED_GAPS = 20;

const REASONS = {
  plc_unreachable: 'PLC unreachable',
  rejected: 'records rejected',
  not_collected: 'not collected',
};

const clock = new Intl.DateTimeFormat(undefined, {
  month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit',
});

export function renderCompleteness(completeness) {
  const card = $('kpi-completeness-card');
  const percent = completeness ? completeness.percent : null;
  $('kpi-completeness').textContent = formatPercent(percent);
  $('kpi-completeness-detail').textContent = typeof percent === 'number'
    ? 'of the time covered'
    : 'no machine seen yet';
  card.dataset.level = level(percent);
  renderGaps((completeness && completeness.gaps) || []);
}

function level(percent) {
  if (typeof percent !== 'number') return 'unknown';
  return percent < WARN_BELOW ? 'warn' : 'ok';
}

function renderGaps(gaps) {
  const details = $('kpi-gaps');
  details.hidden = gaps.length === 0;
  $('kpi-gaps-summary').textContent = gaps.length === 1 ? '1 gap' : `${gaps.length} gaps`;
  const items = gaps.slice(0, LISTED_GAPS).map((gap) => {
    const item = document.createElement('li');
    item.textContent = gapText(gap);
    return item;
  });
  if (gaps.length > LISTED_GAPS) {
    const more = document.createElement('li');
    more.textContent = `and ${gaps.length - LISTED_GAPS} more`;
    items.push(more);
  }
  $('kpi-gaps-list').replaceChildren(...items);
  details.title = gaps.slice(0, 5).map(gapText).join('\n');
}

/** "OPC-UA-M1 Jan 26, 06:30 – Jan 26, 06:42 · not collected" */
export function gapText(gap) {
  const reason = REASONS[gap.reason] || gap.reason;
  return `${gap.machine_id} ${clock.format(new Date(gap.from))} – ${clock.format(new Date(gap.to))} · ${reason}`;
}
