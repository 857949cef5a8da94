// The page's views named by its address, so that bookmarks, reloads and the Back button work: #machine=ID a
// machine's page (DESIGN.md §14), #reports the reports (DESIGN.md §16), any other hash the plant. Pure: tested
// with node.
import { machineOfHash } from './machine-route.js';

export const REPORTS_HASH = '#reports';

/** @return {view: 'plant' | 'machine' | 'reports', machine: the machine's id or null} */
export function routeOfHash(hash) {
  if (String(hash ?? '') === REPORTS_HASH) return { view: 'reports', machine: null };
  const machine = machineOfHash(hash);
  return machine === null ? { view: 'plant', machine: null } : { view: 'machine', machine };
}
