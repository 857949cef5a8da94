import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toCsv } from '../js/csv-export.js';

test('the CSV has the API field names as header and one CRLF line per row', () => {
  const csv = toCsv([
    { production_date: '2026-11-29', machine_id: 'OPC-UA-M1', shift: 'A', units_produced: 120, defective_units: 3, downtime_min: 1.5 },
  ]);
  assert.equal(
    csv,
    'production_date,machine_id,shift,units_produced,defective_units,downtime_min\r\n2026-11-29,OPC-UA-M1,A,120,3,1.5\r\n',
  );
});

test('cells with commas, quotes or line breaks are quoted (RFC 4180)', () => {
  const csv = toCsv([{ production_date: '2026-11-29', machine_id: 'Press "7", bay 2', shift: 'Night\nshift' }]);
  assert.equal(csv.split('\r\n')[1], '2026-11-29,"Press ""7"", bay 2","Night\nshift",,,');
});

test('no rows: only the header', () => {
  assert.equal(toCsv([]), 'production_date,machine_id,shift,units_produced,defective_units,downtime_min\r\n');
});
