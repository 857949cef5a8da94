import assert from 'node:assert/strict';
import { test } from 'node:test';
import { REPORTS_HASH, routeOfHash } from '../js/route.js';

test('#reports is the Reports view', () => {
  assert.deepEqual(routeOfHash(REPORTS_HASH), { view: 'reports', machine: null });
  assert.equal(REPORTS_HASH, '#reports');
});

test("a machine's page keeps its address", () => {
  assert.deepEqual(routeOfHash('#machine=OPC-UA-M1'), { view: 'machine', machine: 'OPC-UA-M1' });
  // a machine may be called "reports"
  assert.deepEqual(routeOfHash('#machine=reports'), { view: 'machine', machine: 'reports' });
});

test('anything else is the plant', () => {
  for (const hash of ['', '#', '#main', '#reports2', '#Reports', '#machine=', undefined]) {
    assert.deepEqual(routeOfHash(hash), { view: 'plant', machine: null }, String(hash));
  }
});
