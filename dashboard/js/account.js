// The header's account: who is logged in and their role, "Log out", or "Log in" for nobody; and what their
// role may do on the page: body[data-write] shows the stops' reason pickers, the form for a new report, "Send
// again" and the alerts' "Acknowledge" to operators and admins only, a note in their place tells the others why
// (DESIGN.md §15).
import { accessOf } from './access.js';

const $ = (id) => document.getElementById(id);

/** @param login called by "Log in"; @param logout called by "Log out" */
export function initAccount({ login, logout }) {
  $('login-open').addEventListener('click', login);
  $('logout').addEventListener('click', logout);
}

/** @param me /api/me's {username, role, authenticated} */
export function showAccount(me) {
  const access = accessOf(me);
  $('account-user').hidden = access.user === null;
  $('account-name').textContent = access.user ?? '';
  $('account-role').textContent = access.role ?? '';
  $('logout').hidden = !access.logout;
  $('login-open').hidden = !access.login;
  $('account').hidden = false;
  document.body.dataset.write = access.canWrite ? 'allowed' : 'denied';
  for (const [selector, text] of [
    ['.write-note', access.writeNote],
    ['.report-note', access.reportNote],
    ['.alert-note', access.alertNote],
  ]) {
    for (const note of document.querySelectorAll(selector)) {
      note.textContent = text;
      note.hidden = !text;
    }
  }
}
