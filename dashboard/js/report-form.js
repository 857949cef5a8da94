// The form for a new report (DESIGN.md §16): from and to (the last 7 days of the plant's calendar unless the
// user changed them), every machine or some, optional addresses. A refusal is shown next to the fields it
// names (aria-describedby, aria-invalid) and the focus goes to the first of them; anything else under the
// button. Shown to operators and admins only (body[data-write]).
import { errorsByField, lastDays, reportRequest } from './report-request.js';

const DEFAULT_DAYS = 7;
const FIELD_IDS = { from: 'report-from', to: 'report-to', machines: 'report-machines', mail_to: 'report-mail' };
const $ = (id) => document.getElementById(id);
const state = { datesEdited: false, busy: false };

/** @param submit (body) → promise settled when the report is made or failed; rejected when the API refused it */
export function initReportForm({ submit }) {
  const form = $('report-form');
  for (const id of ['report-from', 'report-to']) $(id).addEventListener('input', () => (state.datesEdited = true));
  for (const radio of form.querySelectorAll('input[name="report-scope"]')) radio.addEventListener('change', showMachineList);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (state.busy) return;
    clearErrors();
    const { body, errors } = reportRequest(values());
    if (Object.keys(errors).length) {
      showErrors(errors);
      return;
    }
    busy(true);
    try {
      await submit(body);
    } catch (error) {
      refused(error, body);
    } finally {
      busy(false);
    }
  });
}

/** Today in the plant's calendar: the dates' latest value, and the last 7 days unless the user chose others. */
export function setToday(today) {
  for (const id of ['report-from', 'report-to']) $(id).max = today;
  if (state.datesEdited) return;
  const { from, to } = lastDays(DEFAULT_DAYS, today);
  $('report-from').value = from;
  $('report-to').value = to;
}

/** The machines to choose from; those chosen stay chosen. */
export function setMachineChoices(ids) {
  const list = $('report-machine-list');
  const chosen = new Set(checkedMachines());
  list.replaceChildren(
    ...ids.map((id, i) => {
      const label = document.createElement('label');
      label.className = 'machine-choice';
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = 'report-machine';
      box.value = id;
      box.id = `report-machine-${i}`;
      box.checked = chosen.has(id);
      label.append(box, ` ${id}`);
      return label;
    }),
  );
  $('report-machines-empty').hidden = ids.length > 0;
}

function values() {
  return {
    from: $('report-from').value,
    to: $('report-to').value,
    allMachines: $('report-scope-all').checked,
    machines: checkedMachines(),
    mailTo: $('report-mail').value,
  };
}

const checkedMachines = () => [...document.querySelectorAll('#report-machine-list input:checked')].map((box) => box.value);

function showMachineList() {
  $('report-machine-list').hidden = $('report-scope-all').checked;
}

function refused(error, body) {
  const byField = error.status === 400 ? errorsByField(error.errors, body) : {};
  const { form: other = [], ...fields } = byField;
  showErrors(fields);
  const general = error.status === 401 ? 'Not sent: your session has ended. Log in and send it again.' : error.message;
  $('report-form-error').textContent = [general, ...other].join(' ');
}

/** @param errors {field: [messages]} */
function showErrors(errors) {
  let first = null;
  for (const [field, id] of Object.entries(FIELD_IDS)) {
    const messages = errors[field] ?? [];
    $(`${id}-error`).textContent = messages.join(' ');
    if (messages.length && first === null) first = field;
    if (field === 'machines') continue; // a group: its error is its description, its boxes are not invalid
    if (messages.length) $(id).setAttribute('aria-invalid', 'true');
    else $(id).removeAttribute('aria-invalid');
  }
  if (first === 'machines') ($('report-machine-list').querySelector('input') ?? $('report-scope-some')).focus();
  else if (first !== null) $(FIELD_IDS[first]).focus();
}

function clearErrors() {
  showErrors({});
  $('report-form-error').textContent = '';
}

function busy(on) {
  state.busy = on;
  const button = $('report-submit');
  button.setAttribute('aria-disabled', String(on)); // not disabled: the focus stays on it
  button.textContent = on ? 'Making the report…' : 'Make the report';
  $('report-form').setAttribute('aria-busy', String(on));
}
