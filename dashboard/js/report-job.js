// A report job's progress (DESIGN.md §16): queued → running → done or failed, from GET /api/reports/jobs/{id}
// every second until it is over. The status line is a live region (role=status), so a screen reader hears
// each change; the steps above it are its picture.
import { jobMessage } from './report-request.js';
import { reportJob } from './reports-api.js';

const POLL_MS = 1000;
const STEPS = ['queued', 'running', 'done'];
const $ = (id) => document.getElementById(id);

/**
 * Shows the job and follows it until it is done or failed; the API away or a session to renew meanwhile only
 * delays it (the banner or the login form says so).
 * @param job POST /api/reports's answer; @param call main's wrapper for API reads
 * @return the job as it ended, or null when the API no longer knows it
 */
export async function followJob(job, { call }) {
  const started = Date.now();
  let current = job;
  show(current, 0);
  while (!jobMessage(current).finished) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    try {
      current = await call(reportJob(current.id));
    } catch (error) {
      if (error.status === 404) {
        showText(`Report job ${current.id} is no longer known to the API.`, 'error');
        return null;
      }
      continue; // asked again in a second
    }
    show(current, current.state === 'queued' ? (Date.now() - started) / 1000 : 0);
  }
  return current;
}

/** The status line alone: e.g. after the list was refreshed. */
export function showText(text, kind) {
  const status = $('report-job-status');
  status.textContent = text;
  status.dataset.kind = kind;
}

function show(job, waitedSeconds) {
  const { text, kind } = jobMessage(job, waitedSeconds);
  const steps = $('report-job-steps');
  steps.hidden = false;
  const at = job.state === 'failed' ? STEPS.length - 1 : STEPS.indexOf(job.state);
  steps.querySelectorAll('li').forEach((step, i) => {
    step.dataset.step = i < at ? 'past' : i === at ? 'current' : 'next';
    if (i === STEPS.length - 1) step.textContent = job.state === 'failed' ? 'Failed' : 'Done';
  });
  steps.dataset.state = job.state;
  const status = $('report-job-status');
  status.dataset.job = String(job.id);
  status.dataset.state = job.state;
  if (status.textContent !== text) showText(text, kind);
}
