import assert from 'node:assert/strict';
import { test } from 'node:test';
import { machineHash, machineOfHash } from '../js/machine-route.js';

test('the hash names the machine whose page is shown', () => {
  assert.equal(machineOfHash('#machine=OPC-UA-M1'), 'OPC-UA-M1');
  assert.equal(machineOfHash('machine=OPC-UA-M1'), 'OPC-UA-M1');
});

test('no machine, an empty one or another anchor is the plant', () => {
  for (const hash of ['', '#', '#machine=', '#main', undefined]) {
    assert.equal(machineOfHash(hash), null, String(hash));
  }
});

test('ids with spaces, ampersands or slashes make the round trip', () => {
  for (const id of ['OPC-UA-M1', 'Press 7 & 8', 'line/1', 'Füller+2']) {
    assert.equal(machineOfHash(machineHash(id)), id);
  }
  assert.equal(machineHash('OPC-UA-M1'), '#machine=OPC-UA-M1');
});
