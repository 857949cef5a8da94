// What the Reports view shows of a stored report (DESIGN.md §16, /api/reports): its kind, period, machines,
// when it was made (in the plant's time zone), the PDF's size, the mail's state and where to download it;
// and the list's pages. Pure: tested with node.
import { formatZoned } from './format.js';

const KINDS = { scheduled: 'Scheduled', startup: 'Start-up', 'on-demand': 'On demand' };
const MAIL = { pending: 'Pending', sent: 'Sent', failed: 'Failed', skipped: 'Not mailed' };
const DAY_MS = 86_400_000;
const MACHINES_SHOWN = 3;

export const kindLabel = (kind) => KINDS[kind] ?? String(kind ?? '–');

export const mailLabel = (status) => MAIL[status] ?? String(status ?? '–');

/** "2026-11-24 – 2026-11-30 (7 days)", or "2026-11-30 (1 day)". */
export function periodText(start, end) {
  const days = Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / DAY_MS) + 1;
  if (!Number.isFinite(days)) return `${start ?? '–'} – ${end ?? '–'}`;
  const length = days === 1 ? '1 day' : `${days} days`;
  return start === end ? `${start} (${length})` : `${start} – ${end} (${length})`;
}

/** "All machines" (null or none), the machines themselves, or the first three and how many more. */
export function machinesText(machines) {
  if (!Array.isArray(machines) || machines.length === 0) return 'All machines';
  if (machines.length <= MACHINES_SHOWN) return machines.join(', ');
  return `${machines.slice(0, MACHINES_SHOWN).join(', ')} and ${machines.length - MACHINES_SHOWN} more`;
}

/** The PDF's size: "850 B", "12.3 KB", "1.4 MB" (1 KB = 1024 bytes). */
export function sizeText(bytes) {
  if (typeof bytes !== 'number' || !Number.isFinite(bytes) || bytes < 0) return '–';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/**
 * When the report was made, in the plant's time zone (the browser's when unknown): "Dec 7, 2026, 08:00".
 * @param locale the browser's when absent
 */
export function createdText(instant, zone, locale = undefined) {
  const options = { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
  return formatZoned(instant, zone, options, locale);
}

/** The API's "/api/reports/7/pdf" relative to the page ("api/reports/7/pdf", as api.js asks); null for anything else. */
export function downloadUrl(url) {
  return typeof url === 'string' && /^\/api\/reports\/\d+\/(pdf|xlsx)$/.test(url) ? url.slice(1) : null;
}

/** A report of /api/reports as the list's row shows it. */
export function reportRow(report, zone, locale = undefined) {
  const period = periodText(report.period_start, report.period_end);
  const kind = kindLabel(report.kind);
  return {
    id: report.id,
    kind,
    period,
    machines: machinesText(report.machines),
    allMachines: Array.isArray(report.machines) ? report.machines.join(', ') : 'All machines',
    created: createdText(report.created_at, zone, locale),
    size: sizeText(report.pdf_bytes),
    mailStatus: report.mail_status,
    mail: mailLabel(report.mail_status),
    pdf: downloadUrl(report.pdf_url),
    xlsx: downloadUrl(report.xlsx_url),
    // what the row's links and buttons say to a screen reader after "PDF", "Excel", "Send again"
    name: `the ${kind.toLowerCase()} report of ${period}`,
  };
}

/**
 * The list's pages: whether there is more than one, which one is shown and where the buttons lead.
 * @param page from 0; @param total the reports in all (X-Total-Count)
 */
export function pagingOf(page, size, total) {
  const pages = Math.max(1, Math.ceil((Number(total) || 0) / size));
  const shown = Math.min(Math.max(0, page), pages - 1);
  return {
    page: shown,
    pages,
    many: pages > 1,
    newer: shown > 0,
    older: shown < pages - 1,
    text: `Page ${shown + 1} of ${pages} · ${total === 1 ? '1 report' : `${total} reports`}`,
  };
}
