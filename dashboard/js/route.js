// The page's views named by its address, so that bookmarks, reloads and the Back button work: #machine=ID a
// machine's page (DESIGN.md §14), #reports the reports (DESIGN.md §16), #alerts the alerts' history (DESIGN.md
// §17), any other hash the plant. Pure: tested with node.
import { machineOfHash } from './machine-route.js';

export const REPORTS_HASH = '#reports';
export const ALERTS_HASH = '#alerts';

/** @return {view: 'plant' | 'machine' | 'reports' | 'alerts', machine: the machine's id or null} */
export function routeOfHash(hash) {
  const text = String(hash ?? '');
  if (text === REPORTS_HASH) return { view: 'reports', machine: null };
  if (text === ALERTS_HASH) return { view: 'alerts', machine: null };
  const machine = machineOfHash(hash);
  return machine === null ? { view: 'plant', machine: null } : { view: 'machine', machine };
}
