// The Reports view (DESIGN.md §16, #reports): the stored reports a page at a time with their downloads and
// "Send again", and the form for a new report, whose job is followed until it is done; the new report is
// then shown at the top of the list and gets the focus.
import * as api from './api.js';
import { followJob, showText } from './report-job.js';
import { initReportForm, setMachineChoices, setToday } from './report-form.js';
import { todayIn } from './report-request.js';
import { pagingOf, reportRow } from './reports.js';
import { REPORTS_PAGE_SIZE, machineIds, reports, requestReport, resendMail } from './reports-api.js';
import { reportsTable } from './reports-table.js';

const $ = (id) => document.getElementById(id);
const state = { shown: false, page: 0, pages: 1, zone: undefined, call: null, table: null, generation: 0, machines: false };

/** @param call main's wrapper for API calls (it keeps the banner in step) */
export function initReportsView({ call }) {
  state.call = (promise) => call(promise, { toastErrors: false }); // told in the view
  state.table = reportsTable({ tbody: $('report-rows'), resend });
  initReportForm({ submit });
  $('reports-newer').addEventListener('click', () => turn(-1));
  $('reports-older').addEventListener('click', () => turn(1));
}

/** Shows the view; resolves when the list and the form are loaded. */
export function showReports() {
  state.shown = true;
  $('reports-view').hidden = false;
  return refreshReports();
}

export function hideReports() {
  state.shown = false;
  $('reports-view').hidden = true;
}

/** The list and the form's dates and machines again (Refresh, once a minute, after a login). */
export function refreshReports() {
  if (!state.shown) return Promise.resolve();
  return Promise.all([loadList(), loadForm()]);
}

async function loadList() {
  const generation = ++state.generation;
  const page = state.page;
  let answer;
  try {
    answer = await state.call(reports(page, REPORTS_PAGE_SIZE));
  } catch (error) {
    if (error.status >= 400 && error.status < 500 && error.status !== 401) state.table.clear(`The reports could not be loaded: ${error.message}`);
    return; // else the banner or the login form tells
  }
  const zone = await api.plantZone();
  if (generation !== state.generation) return;
  const paging = pagingOf(page, REPORTS_PAGE_SIZE, answer.total);
  if (paging.page !== page) {
    state.page = paging.page; // fewer reports than before: the last page there is
    await loadList();
    return;
  }
  state.zone = zone;
  $('reports-zone').textContent = zone ? `plant time (${zone})` : 'local time';
  state.table.render(answer.reports, zone);
  showPaging(paging);
}

async function loadForm() {
  setToday(todayIn(await api.plantZone()));
  if (state.machines) return;
  try {
    setMachineChoices(await state.call(machineIds()));
    state.machines = true;
  } catch {
    // asked again at the next refresh
  }
}

function showPaging(paging) {
  state.pages = paging.pages;
  $('reports-paging').hidden = !paging.many;
  $('reports-page').textContent = paging.text;
  // not disabled: the button pressed keeps the focus at either end
  $('reports-newer').setAttribute('aria-disabled', String(!paging.newer));
  $('reports-older').setAttribute('aria-disabled', String(!paging.older));
}

function turn(step) {
  const page = state.page + step;
  if (page < 0 || page >= state.pages) return;
  state.page = page;
  loadList();
}

/** POST, then the job until it is over; a refusal rejects (the form shows it). */
async function submit(body) {
  showText('', 'busy');
  const job = await state.call(requestReport(body));
  const ended = await followJob(job, { call: state.call });
  if (ended?.state !== 'done') return;
  state.page = 0;
  await loadList();
  if (state.shown) state.table.present(ended.report_id);
}

async function resend(id) {
  const status = $('reports-status');
  try {
    const report = await state.call(resendMail(id));
    state.table.update(report, state.zone);
    status.dataset.kind = 'ok';
    status.textContent = `The mail of ${reportRow(report, state.zone).name} is due again: the reporting pipeline sends it shortly.`;
  } catch (error) {
    status.dataset.kind = 'error';
    status.textContent =
      error.status === 401 ? 'Not sent again: your session has ended. Log in and try again.' : `Not sent again: ${error.message}`;
  }
}
