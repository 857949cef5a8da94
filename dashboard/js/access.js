// What the page shows for who is logged in (DESIGN.md §15): the user and role in the header, "Log in" or
// "Log out", whether the stops' reason pickers, the form for a new report and "Acknowledge" on the alerts are
// offered, and what the login form says when the API refuses. Pure: tested with node.

/** /api/me's answer for nobody logged in (sso_login: where single sign-on starts, null without one). */
export const ANONYMOUS = Object.freeze({ username: null, role: null, authenticated: false, sso_login: null });

const WRITERS = new Set(['operator', 'admin']);

/**
 * @param me /api/me's {username, role, authenticated}
 * @return {user, role, login, logout, canWrite, writeNote, reportNote, alertNote}: the header's name and role
 *     (null for nobody), which of its buttons is shown, whether the reason pickers, the report form and the
 *     alerts' "Acknowledge" are, and the notes in their place if not
 */
export function accessOf(me) {
  const user = me?.authenticated ? me : null;
  const canWrite = Boolean(user && WRITERS.has(user.role));
  const note = (doing, what) => {
    if (canWrite) return '';
    if (!user) return `Log in as an operator to ${doing}.`;
    return `${what} needs the operator role; you are logged in as ${user.role ?? 'a user without a role'}.`;
  };
  return {
    user: user ? user.username : null,
    role: user ? (user.role ?? '') : null,
    login: !user,
    logout: Boolean(user),
    canWrite,
    writeNote: note('assign reasons', 'Assigning reasons'),
    reportNote: note('ask for a report', 'Asking for a report'),
    alertNote: note('acknowledge alerts', 'Acknowledging alerts'),
  };
}

/** The login form's message for a refused login: the problem's detail, and how long to wait after a 429. */
export function loginErrorText(error) {
  if (error?.status === 429) {
    const seconds = error.retryAfter;
    const wait = seconds ? `wait ${seconds} ${seconds === 1 ? 'second' : 'seconds'}` : 'wait a moment';
    return `Too many failed logins: ${wait} before you try again.`;
  }
  return error?.message || 'The login failed.';
}

/** What the login form says above its fields. */
export function loginIntro(reason) {
  switch (reason) {
    case 'ended':
      return 'Your session has ended: log in again.';
    case 'write':
      return 'Log in to assign stop reasons.';
    default:
      return 'Log in to see the plant.';
  }
}

/** The login form's "Log in with single sign-on": /api/me's sso_login, or null when the api-server has none. */
export function ssoLoginOf(me) {
  const link = me?.sso_login;
  return typeof link === 'string' && link.startsWith('/') && !link.startsWith('//') ? link : null;
}

/**
 * Why a single sign-on came back without a login: the api-server sends the browser to /?login_error=CODE.
 * @param search the page's location.search
 * @return the login form's message, or null when the address has none
 */
export function ssoErrorText(search) {
  const code = new URLSearchParams(search ?? '').get('login_error');
  switch (code) {
    case null:
      return null;
    case 'no-role':
      return 'Your single sign-on account has no AMRS role (viewer, operator or admin): ask your administrator for one.';
    case 'unavailable':
      return 'Single sign-on is not available right now: try again later, or log in with your name and password.';
    default:
      return 'The single sign-on login failed: try again.';
  }
}
