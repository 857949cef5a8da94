import assert from 'node:assert/strict';
import { test } from 'node:test';
import { commonPrefix } from '../js/charts.js';

test('the shared prefix of machine ids ends at a dash', () => {
  assert.equal(commonPrefix(['OPC-UA-M1', 'OPC-UA-M2', 'OPC-UA-M10']), 'OPC-UA-');
  assert.equal(commonPrefix(['LINE1-PRESS', 'LINE1-PACK']), 'LINE1-');
});

test('no prefix for one machine, for no dash, or when a name would become empty', () => {
  assert.equal(commonPrefix(['OPC-UA-M1']), '');
  assert.equal(commonPrefix(['PRESS1', 'PRESS2']), '');
  assert.equal(commonPrefix(['A-', 'A-B']), '');
});
