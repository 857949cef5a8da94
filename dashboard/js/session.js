// Who the page speaks for (DESIGN.md §15): /api/me at the start, and whether the API answers reads to
// nobody (AMRS_SECURITY_ANONYMOUS_READ). Without a login and with reads closed the login form comes first;
// with reads open the page loads for nobody and "Log in" lets an operator log in to write. A 401 on any
// request (the session ended) brings the form back; after the login the page goes on where it was.
import { ANONYMOUS, loginIntro, ssoErrorText, ssoLoginOf } from './access.js';
import { initAccount, showAccount } from './account.js';
import * as api from './api.js';
import { hideLogin, initLoginView, loginShown, showLogin } from './login-view.js';
import { toast } from './status.js';

const $ = (id) => document.getElementById(id);
// loaded: resolves openSession() once a login lets the page load; onRenewed: after a later login;
// sso: where "Log in with single sign-on" goes (null: the api-server has no OpenID Connect provider)
const session = { me: ANONYMOUS, readsOpen: null, loaded: null, onRenewed: null, sso: null };

/**
 * Resolves when the page may load: at once when someone is logged in or reads are open (or the API cannot
 * tell: the banner says so), else after a login.
 * @param onRenewed called after a login while the page was already shown: what it shows may be stale
 */
export async function openSession({ onRenewed }) {
  session.onRenewed = onRenewed;
  api.onUnauthorized(loginRequired);
  initAccount({ login: () => offerLogin('write'), logout });
  initLoginView({ submit: login, cancel });
  const ssoError = takeSsoError();
  const [me, readsOpen] = await Promise.all([api.me().catch(() => ANONYMOUS), api.readsOpen()]);
  session.me = me;
  session.readsOpen = readsOpen;
  session.sso = ssoLoginOf(me);
  showAccount(me);
  if (me.authenticated) return;
  if (readsOpen !== false) {
    if (ssoError) offerLogin('write', ssoError);
    return;
  }
  await new Promise((resolve) => {
    session.loaded = resolve;
    offerLogin('required', ssoError);
  });
}

function offerLogin(reason, error = null) {
  showLogin(loginIntro(reason), { cancellable: session.readsOpen === true, sso: session.sso, error });
}

/** A single sign-on that came back without a login (/?login_error=…): its message, once; a reload shows none. */
function takeSsoError() {
  const error = ssoErrorText(window.location.search);
  if (error) {
    const url = new URL(window.location.href);
    url.searchParams.delete('login_error');
    window.history.replaceState(window.history.state, '', url);
  }
  return error;
}

/** A 401: the session ended (or reads closed meanwhile). */
function loginRequired() {
  if (loginShown()) return;
  const ended = session.me.authenticated;
  if (!ended) session.readsOpen = false;
  session.me = ANONYMOUS;
  showAccount(ANONYMOUS);
  offerLogin(ended ? 'ended' : 'required');
}

async function login(username, password) {
  session.me = await api.login(username, password);
  showAccount(session.me);
  hideLogin();
  $('main').focus();
  if (session.loaded) {
    session.loaded();
    session.loaded = null;
  } else {
    session.onRenewed?.();
  }
}

function cancel() {
  hideLogin();
  $('login-open').focus();
}

async function logout() {
  try {
    await api.logout();
  } catch (error) {
    if (error.status !== 401) {
      toast(`Not logged out: ${error.message}`, 'error');
      return;
    }
  }
  if (session.readsOpen !== true) {
    window.location.reload(); // the login form, and nothing the user saw stays in the page
    return;
  }
  session.me = ANONYMOUS;
  showAccount(ANONYMOUS);
  $('login-open').focus();
  toast('Logged out.');
}
