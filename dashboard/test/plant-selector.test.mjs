import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withPlant } from '../js/api.js';
import { pickPlant } from '../js/plant-selector.js';

test('every read of the API names the plant chosen, with or without a query of its own', () => {
  assert.equal(withPlant('api/kpis?days=7', 'GET', 'north'), 'api/kpis?days=7&plant=north');
  assert.equal(withPlant('api/machines/live', 'GET', 'north'), 'api/machines/live?plant=north');
  assert.equal(withPlant('api/kpis?days=1', 'HEAD', 'werk süd'), 'api/kpis?days=1&plant=werk%20s%C3%BCd');
});

test('writes, other paths and a plant site without a choice stay as they are', () => {
  assert.equal(withPlant('api/downtime/7/reason', 'PUT', 'north'), 'api/downtime/7/reason');
  assert.equal(withPlant('config.json', 'GET', 'north'), 'config.json');
  assert.equal(withPlant('api/kpis?days=7', 'GET', null), 'api/kpis?days=7');
});

test('the plant kept in this browser while the site still holds it, else the first', () => {
  assert.equal(pickPlant(['north', 'south'], 'south'), 'south');
  assert.equal(pickPlant(['north', 'south'], 'east'), 'north');
  assert.equal(pickPlant(['north', 'south'], null), 'north');
  assert.equal(pickPlant([], 'north'), null);
});
