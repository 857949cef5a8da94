import assert from 'node:assert/strict';
import { test } from 'node:test';
import { errorsByField, jobMessage, lastDays, reportRequest, splitAddresses, todayIn } from '../js/report-request.js';

test("today is the plant's date, which may differ from UTC's", () => {
  const now = new Date('2026-12-07T23:30:00Z');
  assert.equal(todayIn('UTC', now), '2026-12-07');
  assert.equal(todayIn('Europe/Berlin', now), '2026-12-08');
  assert.equal(todayIn('America/Chicago', now), '2026-12-07');
  assert.match(todayIn('Not/AZone', now), /^2026-12-0[78]$/);
});

test('the last 7 days end today, across a month and a year', () => {
  assert.deepEqual(lastDays(7, '2026-12-07'), { from: '2026-12-01', to: '2026-12-07' });
  assert.deepEqual(lastDays(7, '2026-03-03'), { from: '2026-02-25', to: '2026-03-03' });
  assert.deepEqual(lastDays(7, '2027-01-02'), { from: '2026-12-27', to: '2027-01-02' });
  assert.deepEqual(lastDays(1, '2026-12-07'), { from: '2026-12-07', to: '2026-12-07' });
});

test('addresses are split at commas (and semicolons, spaces, lines) and trimmed', () => {
  assert.deepEqual(splitAddresses(' a@example.com,b@example.com ;  c@example.com\nd@example.com, ,'), [
    'a@example.com',
    'b@example.com',
    'c@example.com',
    'd@example.com',
  ]);
  assert.deepEqual(splitAddresses(''), []);
  assert.deepEqual(splitAddresses(undefined), []);
});

test('the body: the dates, the chosen machines or none for all, the addresses when there are any', () => {
  assert.deepEqual(reportRequest({ from: '2026-12-01', to: '2026-12-07', allMachines: true, machines: ['M1'], mailTo: ' ' }), {
    body: { from: '2026-12-01', to: '2026-12-07' },
    errors: {},
  });
  assert.deepEqual(
    reportRequest({ from: '2026-12-01', to: '2026-12-07', allMachines: false, machines: ['M2'], mailTo: 'a@example.com, b@example.com' }),
    { body: { from: '2026-12-01', to: '2026-12-07', machines: ['M2'], mail_to: ['a@example.com', 'b@example.com'] }, errors: {} },
  );
  // the API takes no machines as every machine: the form must not send that when machines are to be chosen
  assert.deepEqual(reportRequest({ from: '', to: '', allMachines: false, machines: [] }).errors, {
    machines: ['Choose at least one machine, or All machines.'],
  });
});

test("a problem's errors are shown next to their fields, addresses by what was typed", () => {
  const body = { from: '2026-12-08', to: '2026-12-07', machines: ['M1', 'NOPE'], mail_to: ['a@example.com', 'bob@'] };
  const errors = [
    { field: 'from', message: 'must not be after to' },
    { field: 'to', message: 'must not be after today, 2026-12-06 in the plant\'s time zone' },
    { field: 'machines[1]', message: 'is not a known machine: NOPE' },
    { field: 'mail_to[1]', message: 'must be an e-mail address such as name@example.com' },
    { field: 'mail_to', message: 'must name at most 20 addresses, named 21' },
    { field: 'page', message: 'must be at least 0' },
  ];
  assert.deepEqual(errorsByField(errors, body), {
    from: ['From must not be after to.'],
    to: ["To must not be after today, 2026-12-06 in the plant's time zone."],
    machines: ["'NOPE' is not a known machine: NOPE."],
    mail_to: ["'bob@' must be an e-mail address such as name@example.com.", 'Mail to must name at most 20 addresses, named 21.'],
    form: ['page must be at least 0.'],
  });
  assert.deepEqual(errorsByField(undefined), {});
  assert.deepEqual(errorsByField([{ field: 'mail_to[5]', message: 'is wrong' }], body), { mail_to: ['Mail to is wrong.'] });
});

test("a job's state in words: queued and running go on, done and failed are over", () => {
  assert.deepEqual(jobMessage({ id: 4, state: 'queued' }), {
    text: 'Report job 4 queued: waiting for the reporting pipeline…',
    kind: 'busy',
    finished: false,
  });
  assert.equal(
    jobMessage({ id: 4, state: 'queued' }, 31).text,
    'Report job 4 queued: waiting for the reporting pipeline… None has taken it in 30 s: is one running?',
  );
  assert.equal(jobMessage({ id: 4, state: 'queued' }, 95).text, jobMessage({ id: 4, state: 'queued' }, 31).text);
  assert.deepEqual(jobMessage({ id: 4, state: 'running' }), {
    text: 'Report job 4 running: the reporting pipeline is making the report…',
    kind: 'busy',
    finished: false,
  });
  assert.deepEqual(jobMessage({ id: 4, state: 'done', report_id: 9 }), {
    text: 'Report job 4 done: the new report is at the top of the list.',
    kind: 'ok',
    finished: true,
  });
  assert.deepEqual(jobMessage({ id: 4, state: 'failed', error: 'database unreachable' }), {
    text: 'Report job 4 failed: database unreachable.',
    kind: 'error',
    finished: true,
  });
  assert.equal(jobMessage({ id: 4, state: 'failed' }).text, 'Report job 4 failed: the reporting pipeline gave no reason.');
  assert.equal(jobMessage({ id: 4, state: 'lost' }).finished, true);
});
