// The API of the Reports view (DESIGN.md §16): the stored reports a page at a time, a report on demand and its
// job, a mail sent again, the machines to choose from. Writes go through api.js's request, which sends the
// session's CSRF header.
import { ApiError, json, request } from './api.js';

/** The list's page size (the API's default). */
export const REPORTS_PAGE_SIZE = 20;
/** The machines the form offers: those with data in the dashboard's longest range. */
export const MACHINE_DAYS = 30;

/** One page of /api/reports, newest first: {reports, total} (total from X-Total-Count). */
export async function reports(page, size = REPORTS_PAGE_SIZE) {
  const response = await request(`api/reports?page=${page}&size=${size}`);
  const total = Number(response.headers.get('X-Total-Count'));
  const list = await bodyOf(response);
  return { reports: list, total: Number.isFinite(total) && response.headers.has('X-Total-Count') ? total : list.length };
}

/** POST /api/reports (an operator): the job, queued. A 400 is an ApiError whose errors name the fields. */
export async function requestReport(body) {
  return bodyOf(await post('api/reports', body));
}

/** GET /api/reports/jobs/{id}: {id, state, report_id, error, …}. */
export const reportJob = (id) => json(`api/reports/jobs/${encodeURIComponent(id)}`);

/** POST /api/reports/{id}/mail (an operator): the report, its mail pending again. */
export async function resendMail(id) {
  return bodyOf(await post(`api/reports/${encodeURIComponent(id)}/mail`));
}

/** The machine ids of /api/machines, sorted. */
export async function machineIds() {
  const machines = await json(`api/machines?days=${MACHINE_DAYS}`);
  return machines.map((machine) => machine.machine_id).sort((a, b) => a.localeCompare(b, undefined, { numeric: true }));
}

function post(path, body) {
  return request(path, {
    method: 'POST',
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

async function bodyOf(response) {
  try {
    return await response.json();
  } catch {
    throw new ApiError(`The api-server sent an unreadable answer (HTTP ${response.status}).`, response.status);
  }
}
