// A stop's reason picker: a select of the catalogue (/api/downtime/reasons), an optional comment and Save
// (PUT /api/downtime/{id}/reason). The API's answer is shown next to it; what the user has started to
// change is never overwritten by a refresh.
import { formatTime } from './format.js';

const FIELDS = { reason_code: 'Reason', comment: 'Comment' };

/**
 * @param save (id, {reasonCode, comment}) → promise of the stored stop
 * @param idPrefix before the ids of its elements, when the stop is shown in two tables
 */
export function reasonPicker(stop, catalogue, save, idPrefix = '') {
  const form = document.createElement('form');
  form.className = 'reason-form';
  form.noValidate = true;
  const id = stop.id;
  const when = `${stop.machine_id} at ${formatTime(stop.started_at)}`;
  const [selectLabel, select] = control('select', `${idPrefix}reason-${id}`, `Reason for the stop of ${when}`);
  const [commentLabel, comment] = control('input', `${idPrefix}comment-${id}`, `Comment on the stop of ${when}`);
  comment.type = 'text';
  comment.placeholder = 'Comment (optional)';
  const button = document.createElement('button');
  button.type = 'submit';
  button.className = 'btn btn-small';
  button.textContent = 'Save';
  const message = document.createElement('p');
  message.className = 'reason-message';
  message.id = `${idPrefix}reason-message-${id}`;
  message.setAttribute('aria-live', 'polite');
  select.setAttribute('aria-describedby', message.id);
  comment.setAttribute('aria-describedby', message.id);
  form.append(selectLabel, select, commentLabel, comment, button, message);

  form.addEventListener('input', () => (form.dataset.dirty = 'true'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    button.disabled = true;
    show(message, 'Saving…', 'busy');
    try {
      const saved = await save(id, { reasonCode: select.value ? Number(select.value) : null, comment: comment.value.trim() });
      delete form.dataset.dirty;
      updatePicker(form, saved, catalogue);
      show(message, `Saved: ${saved.reason}`, 'ok');
    } catch (error) {
      show(message, problemText(error), 'error');
    } finally {
      button.disabled = false;
    }
  });
  updatePicker(form, stop, catalogue);
  return form;
}

/** The stop's reason and comment, unless the user is changing them. */
export function updatePicker(form, stop, catalogue) {
  if (form.dataset.dirty) return;
  const [select, comment] = form.querySelectorAll('select, input');
  select.replaceChildren(...options(stop, catalogue));
  select.value = stop.reason_code == null ? '' : String(stop.reason_code);
  comment.value = stop.comment ?? '';
}

function options(stop, catalogue) {
  const unassigned = new Option('Unassigned (pick a reason)', '');
  const groups = ['unplanned', 'planned'].map((category) => {
    const group = document.createElement('optgroup');
    group.label = category === 'planned' ? 'Planned' : 'Unplanned';
    group.append(...catalogue.filter((r) => r.category === category).map((r) => new Option(`${r.reason} (${r.code})`, String(r.code))));
    return group;
  });
  const known = catalogue.some((r) => r.code === stop.reason_code);
  const current = stop.reason_code != null && !known ? [new Option(stop.reason, String(stop.reason_code))] : [];
  return [unassigned, ...current, ...groups.filter((g) => g.children.length)];
}

/** The problem's detail and each bad field, or what a 401 means here. */
export function problemText(error) {
  if (error.status === 401) return 'Not saved: your session has ended. Log in and save again.';
  const fields = (error.errors ?? []).map((e) => `${FIELDS[e.field] ?? e.field} ${e.message}.`);
  return [error.message, ...fields].join(' ');
}

function control(tag, id, labelText) {
  const element = document.createElement(tag);
  element.id = id;
  element.name = tag === 'select' ? 'reason_code' : 'comment';
  const label = document.createElement('label');
  label.className = 'visually-hidden';
  label.htmlFor = id;
  label.textContent = labelText;
  return [label, element];
}

function show(message, text, kind) {
  message.textContent = text;
  message.dataset.kind = kind;
}
