// The api-server's REST API (DESIGN.md §7), reached through nginx on the page's own origin.
// Paths are relative, so the dashboard also works behind a reverse proxy under a sub-path.
// Requests speak through the session's cookie (DESIGN.md §15); writes echo its CSRF cookie.
import { csrfHeader, retryAfterSeconds } from './headers.js';

const TIMEOUT_MS = 10_000;
const READS = new Set(['GET', 'HEAD']);

/**
 * A failed call: status 0 when the api-server could not be reached at all; errors are the problem's
 * [{field, message}] when it named bad fields; retryAfter the seconds of a 429's Retry-After.
 */
export class ApiError extends Error {
  constructor(message, status = 0, errors = [], retryAfter = null) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.errors = errors;
    this.retryAfter = retryAfter;
  }
}

let plantId = null;

/** The plant a central site's page reads (DESIGN.md §19): every read of the API then names it (?plant=). */
export function usePlant(id) {
  plantId = id;
}

/** The path of a call, naming the chosen plant on a read of the API. */
export function withPlant(path, method = 'GET', plant = plantId) {
  if (!plant || !READS.has(method) || !path.startsWith('api/')) return path;
  return `${path}${path.includes('?') ? '&' : '?'}plant=${encodeURIComponent(plant)}`;
}

let unauthorized = () => {};

/** Who hears of a 401 (no session, or it ended): the session, which shows the login form. */
export function onUnauthorized(handler) {
  unauthorized = handler;
}

/**
 * A call to the API; its response when it succeeded, else an ApiError (a 401 also tells the session).
 * @param ownUnauthorized the caller handles a 401 itself (the login, the logout, the reads probe)
 * @param credentials fetch's: 'omit' asks as nobody, whoever is logged in
 */
export async function request(
  path,
  { accept = 'application/json', timeoutMs = TIMEOUT_MS, method = 'GET', headers = {}, body, credentials = 'same-origin', ownUnauthorized = false } = {},
) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let response;
  try {
    response = await fetch(withPlant(path, method), {
      method,
      headers: { Accept: accept, ...(READS.has(method) ? {} : csrfHeader(document.cookie)), ...headers },
      body,
      credentials,
      cache: 'no-store',
      signal: controller.signal,
    });
  } catch (error) {
    const late = error?.name === 'AbortError';
    throw new ApiError(late ? 'The api-server did not answer in time.' : 'The api-server cannot be reached.');
  } finally {
    clearTimeout(timer);
  }
  if (!response.ok) {
    const error = await problemOf(response);
    if (response.status === 401 && !ownUnauthorized) unauthorized(error);
    throw error;
  }
  return response;
}

/** The "detail" (or "title") and "errors" of an RFC 9457 problem, else the HTTP status. */
async function problemOf(response) {
  const retryAfter = retryAfterSeconds(response.headers.get('Retry-After'));
  try {
    const problem = await response.json();
    const errors = Array.isArray(problem.errors) ? problem.errors : [];
    return new ApiError(problem.detail || problem.title || `HTTP ${response.status}`, response.status, errors, retryAfter);
  } catch {
    return new ApiError(`HTTP ${response.status} ${response.statusText}`.trim(), response.status, [], retryAfter);
  }
}

/** The JSON answer of a GET. */
export async function json(path) {
  const response = await request(path);
  try {
    return await response.json();
  } catch {
    throw new ApiError(`The api-server sent an unreadable answer for ${path}.`, response.status);
  }
}

/** Who the page speaks for: {username, role, authenticated, sso_login} (role null for nobody). */
export const me = () => json('api/me');

/** Whether the API answers a read to nobody logged in (AMRS_SECURITY_ANONYMOUS_READ); null when unknown. */
export async function readsOpen() {
  try {
    await request('api/plant', { credentials: 'omit', ownUnauthorized: true });
    return true;
  } catch (error) {
    return error.status === 401 ? false : null;
  }
}

/** Opens a session (its cookie); answers who logged in, like me(). A refusal is an ApiError (401, 429). */
export async function login(username, password) {
  const response = await request('api/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
    ownUnauthorized: true,
  });
  return response.json();
}

export async function logout() {
  await request('api/logout', { method: 'POST', ownUnauthorized: true });
}

let plantAnswer = null;
/** /api/plant (name, time zone, shifts), asked once: it does not change while the page is open. */
export function plant() {
  plantAnswer ??= json('api/plant').catch((error) => {
    plantAnswer = null;
    throw error;
  });
  return plantAnswer;
}
/** The plant's time zone (/api/plant), or undefined for the browser's when the API does not say. */
export const plantZone = () =>
  plant()
    .then((answer) => answer.timezone)
    .catch(() => undefined);
/** A central site's plants side by side: [{plant_id, kpis}] (GET /api/plants). */
export const plants = (days) => json(`api/plants?days=${days}`);
export const kpis = (days) => json(`api/kpis?days=${days}`);
export const production = (days) => json(`api/production?days=${days}`);
export const hourly = (days) => json(`api/production/hourly?days=${days}`);
export const machines = (days) => json(`api/machines?days=${days}`);
export const liveMachines = () => json('api/machines/live');
export const pareto = (days) => json(`api/downtime/pareto?days=${days}`);
export const reasons = () => json('api/downtime/reasons');

const machinePath = (machine) => `api/machines/${encodeURIComponent(machine)}`;
export const machine = (machine, days) => json(`${machinePath(machine)}?days=${days}`);
/** @param date a production date (yyyy-mm-dd); today's when absent */
export const timeline = (machine, date) => json(`${machinePath(machine)}/timeline${date ? `?date=${date}` : ''}`);
export const oeeDaily = (machine, days) => json(`api/oee/daily?days=${days}&machine=${encodeURIComponent(machine)}`);

/** How many of today's stops the page shows, newest first. */
export const STOPS_SHOWN = 100;
/** @param machine only this machine's; every machine's when absent */
export const todaysStops = (machine) =>
  json(`api/downtime?days=1&size=${STOPS_SHOWN}${machine ? `&machine=${encodeURIComponent(machine)}` : ''}`);

/** Charges a stop to a reason of the catalogue (a write: an operator's session); answers the stop. */
export async function assignReason(id, { reasonCode, comment }) {
  const response = await request(`api/downtime/${encodeURIComponent(id)}/reason`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ reason_code: reasonCode, comment: comment || null }),
  });
  return response.json();
}

/** The newest PDF report: its bytes and file name; an ApiError with status 404 when there is none. */
export async function latestReport() {
  const response = await request('api/reports/latest', {
    accept: 'application/pdf, application/problem+json',
    timeoutMs: 60_000,
  });
  return { blob: await response.blob(), fileName: fileNameOf(response) };
}

function fileNameOf(response) {
  const disposition = response.headers.get('Content-Disposition') || '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (encoded) return decodeURIComponent(encoded[1]);
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain ? plain[1] : 'AMRS-report.pdf';
}
