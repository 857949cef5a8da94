import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ALERTS_HASH, REPORTS_HASH, routeOfHash } from '../js/route.js';

test('#reports is the Reports view', () => {
  assert.deepEqual(routeOfHash(REPORTS_HASH), { view: 'reports', machine: null });
  assert.equal(REPORTS_HASH, '#reports');
});

test("#alerts is the alerts' history", () => {
  assert.deepEqual(routeOfHash(ALERTS_HASH), { view: 'alerts', machine: null });
  assert.equal(ALERTS_HASH, '#alerts');
  // a machine may be called "alerts"
  assert.deepEqual(routeOfHash('#machine=alerts'), { view: 'machine', machine: 'alerts' });
});

test("a machine's page keeps its address", () => {
  assert.deepEqual(routeOfHash('#machine=OPC-UA-M1'), { view: 'machine', machine: 'OPC-UA-M1' });
  // a machine may be called "reports"
  assert.deepEqual(routeOfHash('#machine=reports'), { view: 'machine', machine: 'reports' });
});

test('anything else is the plant', () => {
  for (const hash of ['', '#', '#main', '#reports2', '#Reports', '#alerts=1', '#Alerts', '#machine=', undefined]) {
    assert.deepEqual(routeOfHash(hash), { view: 'plant', machine: null }, String(hash));
  }
});
