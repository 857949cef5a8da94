// The API of the alerts (DESIGN.md §17): the firing ones, the history, an acknowledgement. The acknowledgement is a
// write through api.js's request, which sends the session's CSRF header; a refusal is an ApiError with the problem's
// detail (404 an unknown alert, 409 one resolved already).
import { ApiError, json, request } from './api.js';
import { alertsPath } from './alerts.js';

/** The alerts firing now, newest first. */
export const firingAlerts = () => json(alertsPath('firing'));

/** @param filter 'firing' or 'all'; @param days the alerts fired in the last days (with 'all') */
export const alerts = (filter, days) => json(alertsPath(filter, days));

/** POST /api/alerts/{id}/ack (an operator or admin): the alert, acknowledged. */
export async function acknowledgeAlert(id) {
  const response = await request(`api/alerts/${encodeURIComponent(id)}/ack`, { method: 'POST' });
  try {
    return await response.json();
  } catch {
    throw new ApiError(`The api-server sent an unreadable answer (HTTP ${response.status}).`, response.status);
  }
}
