import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  createdText,
  downloadUrl,
  kindLabel,
  machinesText,
  mailLabel,
  pagingOf,
  periodText,
  reportRow,
  sizeText,
} from '../js/reports.js';

test('kinds and mail states in words; an unknown one as it is', () => {
  assert.deepEqual(['scheduled', 'startup', 'on-demand'].map(kindLabel), ['Scheduled', 'Start-up', 'On demand']);
  assert.deepEqual(['pending', 'sent', 'failed', 'skipped'].map(mailLabel), ['Pending', 'Sent', 'Failed', 'Not mailed']);
  assert.equal(kindLabel('weekly'), 'weekly');
  assert.equal(mailLabel(null), '–');
});

test('a period names its first and last day and how many days it has', () => {
  assert.equal(periodText('2026-11-24', '2026-11-30'), '2026-11-24 – 2026-11-30 (7 days)');
  assert.equal(periodText('2026-11-30', '2026-11-30'), '2026-11-30 (1 day)');
  // across the end of March's daylight saving change and a year
  assert.equal(periodText('2026-03-01', '2026-03-31'), '2026-03-01 – 2026-03-31 (31 days)');
  assert.equal(periodText('2025-12-31', '2026-01-01'), '2025-12-31 – 2026-01-01 (2 days)');
});

test('machines: null or none is every machine, more than three are counted', () => {
  assert.equal(machinesText(null), 'All machines');
  assert.equal(machinesText([]), 'All machines');
  assert.equal(machinesText(['OPC-UA-M2']), 'OPC-UA-M2');
  assert.equal(machinesText(['M1', 'M2', 'M3']), 'M1, M2, M3');
  assert.equal(machinesText(['M1', 'M2', 'M3', 'M4', 'M5']), 'M1, M2, M3 and 2 more');
});

test('sizes in B, KB and MB of 1024', () => {
  assert.equal(sizeText(0), '0 B');
  assert.equal(sizeText(850), '850 B');
  assert.equal(sizeText(1024), '1.0 KB');
  assert.equal(sizeText(12_595), '12.3 KB');
  assert.equal(sizeText(1024 * 1024), '1.0 MB');
  assert.equal(sizeText(1_468_006), '1.4 MB');
  assert.equal(sizeText(null), '–');
  assert.equal(sizeText(-1), '–');
});

test('the time a report was made is shown in the plant time zone, the browser one for an unknown zone', () => {
  assert.equal(createdText('2026-12-07T07:05:00Z', 'UTC', 'en-US'), 'Dec 7, 2026, 07:05');
  assert.equal(createdText('2026-12-07T07:05:00Z', 'Europe/Berlin', 'en-US'), 'Dec 7, 2026, 08:05');
  assert.equal(createdText('2026-12-06T23:30:00Z', 'Asia/Tokyo', 'en-US'), 'Dec 7, 2026, 08:30');
  assert.match(createdText('2026-12-07T07:05:00Z', 'Not/AZone', 'en-US'), /^Dec [67], 2026, \d\d:\d\d$/);
  assert.equal(createdText('no time', 'UTC'), '–');
});

test('downloads are relative to the page and only of a report', () => {
  assert.equal(downloadUrl('/api/reports/7/pdf'), 'api/reports/7/pdf');
  assert.equal(downloadUrl('/api/reports/7/xlsx'), 'api/reports/7/xlsx');
  for (const url of [null, undefined, '', 'https://evil.example/x.pdf', '/api/reports/7/pdf?x', 'javascript:alert(1)']) {
    assert.equal(downloadUrl(url), null, String(url));
  }
});

test('a row of the list: everything in words, the workbook only when there is one', () => {
  const report = {
    id: 12,
    kind: 'on-demand',
    period_start: '2026-12-01',
    period_end: '2026-12-07',
    machines: ['OPC-UA-M2'],
    created_at: '2026-12-07T09:15:30Z',
    pdf_bytes: 204_800,
    mail_status: 'skipped',
    pdf_url: '/api/reports/12/pdf',
    xlsx_url: null,
  };
  assert.deepEqual(reportRow(report, 'UTC', 'en-US'), {
    id: 12,
    kind: 'On demand',
    period: '2026-12-01 – 2026-12-07 (7 days)',
    machines: 'OPC-UA-M2',
    allMachines: 'OPC-UA-M2',
    created: 'Dec 7, 2026, 09:15',
    size: '200.0 KB',
    mailStatus: 'skipped',
    mail: 'Not mailed',
    pdf: 'api/reports/12/pdf',
    xlsx: null,
    name: 'the on demand report of 2026-12-01 – 2026-12-07 (7 days)',
  });
  assert.equal(reportRow({ ...report, machines: null, xlsx_url: '/api/reports/12/xlsx' }, 'UTC').xlsx, 'api/reports/12/xlsx');
  assert.equal(reportRow({ ...report, machines: null }, 'UTC').allMachines, 'All machines');
});

test('pages: one page needs no buttons, the last page has no older one', () => {
  assert.deepEqual(pagingOf(0, 20, 5), { page: 0, pages: 1, many: false, newer: false, older: false, text: 'Page 1 of 1 · 5 reports' });
  assert.deepEqual(pagingOf(0, 20, 0).pages, 1);
  assert.equal(pagingOf(0, 20, 1).text, 'Page 1 of 1 · 1 report');
  assert.deepEqual(pagingOf(0, 20, 45), { page: 0, pages: 3, many: true, newer: false, older: true, text: 'Page 1 of 3 · 45 reports' });
  assert.deepEqual(pagingOf(2, 20, 45), { page: 2, pages: 3, many: true, newer: true, older: false, text: 'Page 3 of 3 · 45 reports' });
  // reports were removed meanwhile: the last page there is
  assert.equal(pagingOf(5, 20, 45).page, 2);
  assert.equal(pagingOf(1, 20, 40).older, false);
});
