// A report on demand (DESIGN.md §16): the form's values as POST /api/reports's body, the API's refusal as
// messages next to the fields that caused it, and the job's state in words. Pure: tested with node.

/** The form's fields, as the API names them in a problem's errors (machines[2], mail_to[0] …). */
export const FIELDS = { from: 'From', to: 'To', machines: 'Machines', mail_to: 'Mail to' };
/** A job still queued this long is probably waiting for a reporting pipeline that does not run. */
export const QUEUED_TOO_LONG_SECONDS = 30;

const DAY_MS = 86_400_000;

/** Today's date (yyyy-mm-dd) in the plant's time zone, the browser's when it is unknown. */
export function todayIn(zone, now = new Date()) {
  const options = { year: 'numeric', month: '2-digit', day: '2-digit' };
  let format;
  try {
    format = new Intl.DateTimeFormat('en-CA', { ...options, timeZone: zone });
  } catch {
    format = new Intl.DateTimeFormat('en-CA', options);
  }
  const parts = Object.fromEntries(format.formatToParts(now).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** The last `days` days up to today: {from, to} as yyyy-mm-dd. */
export function lastDays(days, today) {
  const from = new Date(Date.parse(`${today}T00:00:00Z`) - (days - 1) * DAY_MS);
  return { from: from.toISOString().slice(0, 10), to: today };
}

/** "a@x.com, b@y.com;c@z.com" → the addresses, trimmed, without empty ones. */
export function splitAddresses(text) {
  return String(text ?? '')
    .split(/[,;\s]+/)
    .map((address) => address.trim())
    .filter(Boolean);
}

/**
 * The form's values as the request's body; errors the form can tell without asking the API (the API checks
 * the dates, machines and addresses itself).
 * @param values {from, to, allMachines, machines: the chosen ids, mailTo: the addresses as typed}
 * @return {body, errors: {field: [messages]}}, errors empty when the body may be sent
 */
export function reportRequest({ from, to, allMachines, machines = [], mailTo = '' }) {
  const body = { from: String(from ?? '').trim(), to: String(to ?? '').trim() };
  const errors = {};
  if (!allMachines) {
    if (machines.length) body.machines = [...machines];
    else errors.machines = ['Choose at least one machine, or All machines.'];
  }
  const addresses = splitAddresses(mailTo);
  if (addresses.length) body.mail_to = addresses;
  return { body, errors };
}

/**
 * A problem's errors ([{field, message}]) by the form's field: "From must not be after to.", a machine or an
 * address named by its index in the request ("'bob@' must be an e-mail address …"); others under "form".
 * @param body the request that was refused: its machines and mail_to name what an index points at
 */
export function errorsByField(errors, body = {}) {
  const byField = {};
  for (const error of Array.isArray(errors) ? errors : []) {
    const [, name, index] = /^([a-z_]+)(?:\[(\d+)\])?$/.exec(String(error?.field ?? '')) ?? [];
    const field = name in FIELDS ? name : 'form';
    let text = String(error?.message ?? 'is not valid');
    const item = index === undefined ? undefined : body[field]?.[index];
    if (item !== undefined) {
      text = `'${item}' ${text}`;
    } else if (field !== 'form' || error?.field) {
      text = `${FIELDS[field] ?? error.field} ${text}`;
    }
    (byField[field] ??= []).push(text.endsWith('.') ? text : `${text}.`);
  }
  return byField;
}

/**
 * What the status line says of a job (GET /api/reports/jobs/{id}), and whether it is over.
 * @param waitedSeconds how long the job has been queued, for a hint when no pipeline takes it (the same words
 *     from then on, so that a screen reader does not hear it every second)
 * @return {text, kind: 'busy' | 'ok' | 'error', finished}
 */
export function jobMessage(job, waitedSeconds = 0) {
  const name = `Report job ${job?.id ?? ''}`.trim();
  switch (job?.state) {
    case 'queued': {
      const late =
        waitedSeconds >= QUEUED_TOO_LONG_SECONDS
          ? ` None has taken it in ${QUEUED_TOO_LONG_SECONDS} s: is one running?`
          : '';
      return { text: `${name} queued: waiting for the reporting pipeline…${late}`, kind: 'busy', finished: false };
    }
    case 'running':
      return { text: `${name} running: the reporting pipeline is making the report…`, kind: 'busy', finished: false };
    case 'done':
      return { text: `${name} done: the new report is at the top of the list.`, kind: 'ok', finished: true };
    case 'failed':
      return { text: `${name} failed: ${job.error || 'the reporting pipeline gave no reason'}.`, kind: 'error', finished: true };
    default:
      return { text: `${name}: unknown state ${job?.state ?? '(none)'}.`, kind: 'error', finished: true };
  }
}
