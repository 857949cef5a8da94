// The login form (DESIGN.md §15), shown instead of the page's content while reads need a login, after
// "Log in", or when the session ended: name and password to POST /api/login, a refusal (the problem's
// detail, or how long to wait after too many) announced next to the button, the focus in the form; and
// "Log in with single sign-on" when the api-server has an OpenID Connect provider.
import { loginErrorText } from './access.js';

const $ = (id) => document.getElementById(id);

/**
 * @param submit (username, password) → promise, rejected with the API's error when the login was refused
 * @param cancel called by "Cancel" (offered while the page can be read without login)
 */
export function initLoginView({ submit, cancel }) {
  const form = $('login-form');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const username = $('login-username').value.trim();
    const password = $('login-password').value;
    if (!username || !password) {
      refuse('Enter your name and your password.', username ? 'login-password' : 'login-username');
      return;
    }
    busy(true);
    try {
      await submit(username, password);
    } catch (error) {
      refuse(loginErrorText(error), 'login-password');
    } finally {
      busy(false);
    }
  });
  $('login-cancel').addEventListener('click', cancel);
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !$('login-cancel').hidden) cancel();
  });
}

export const loginShown = () => !$('login-view').hidden;

/**
 * @param intro why the form is shown
 * @param cancellable whether the page can go on without a login (reads are open)
 * @param sso where "Log in with single sign-on" goes, or null for no such link
 * @param error a message to show at once (a single sign-on that came back without a login), or null
 */
export function showLogin(intro, { cancellable, sso = null, error = null }) {
  $('login-intro').textContent = intro;
  $('login-cancel').hidden = !cancellable;
  $('login-sso').hidden = !sso;
  if (sso) $('login-sso-link').href = sso;
  $('login-error').textContent = error ?? '';
  $('login-password').value = '';
  document.body.dataset.auth = 'login';
  $('login-view').hidden = false;
  $('login-username').focus();
}

export function hideLogin() {
  $('login-view').hidden = true;
  $('login-password').value = '';
  $('login-error').textContent = '';
  delete document.body.dataset.auth;
}

function refuse(text, field) {
  $('login-error').textContent = text;
  $(field).focus();
  $(field).select();
}

function busy(on) {
  $('login-submit').disabled = on;
  $('login-form').setAttribute('aria-busy', String(on));
}
