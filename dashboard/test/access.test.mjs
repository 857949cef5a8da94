import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ANONYMOUS, accessOf, loginErrorText, loginIntro, ssoErrorText, ssoLoginOf } from '../js/access.js';

const me = (username, role) => ({ username, role, authenticated: true });

test('nobody logged in: "Log in", no user, no reason pickers and a note saying who may assign', () => {
  assert.deepEqual(accessOf(ANONYMOUS), {
    user: null,
    role: null,
    login: true,
    logout: false,
    canWrite: false,
    writeNote: 'Log in as an operator to assign reasons.',
    reportNote: 'Log in as an operator to ask for a report.',
    alertNote: 'Log in as an operator to acknowledge alerts.',
  });
  assert.equal(accessOf(undefined).login, true);
});

test('an operator and an admin see who they are, "Log out", the reason pickers and "Acknowledge"', () => {
  for (const role of ['operator', 'admin']) {
    assert.deepEqual(accessOf(me('olga', role)), {
      user: 'olga',
      role,
      login: false,
      logout: true,
      canWrite: true,
      writeNote: '',
      reportNote: '',
      alertNote: '',
    });
  }
});

test('a viewer sees who they are and "Log out" but no reason pickers, no report form and no "Acknowledge"', () => {
  const access = accessOf(me('vic', 'viewer'));
  assert.equal(access.user, 'vic');
  assert.equal(access.role, 'viewer');
  assert.equal(access.logout, true);
  assert.equal(access.login, false);
  assert.equal(access.canWrite, false);
  assert.equal(access.writeNote, 'Assigning reasons needs the operator role; you are logged in as viewer.');
  assert.equal(access.reportNote, 'Asking for a report needs the operator role; you are logged in as viewer.');
  assert.equal(access.alertNote, 'Acknowledging alerts needs the operator role; you are logged in as viewer.');
});

test('a role the page does not know writes nothing', () => {
  assert.equal(accessOf(me('x', 'auditor')).canWrite, false);
  assert.equal(accessOf(me('x', null)).canWrite, false);
  assert.equal(accessOf({ username: 'x', role: 'admin', authenticated: false }).canWrite, false);
});

test("a refused login shows the problem's detail, a 429 how long to wait", () => {
  assert.equal(loginErrorText({ status: 401, message: 'The credentials were not accepted.' }), 'The credentials were not accepted.');
  assert.equal(loginErrorText({ status: 0, message: 'The api-server cannot be reached.' }), 'The api-server cannot be reached.');
  assert.equal(loginErrorText({ status: 429, retryAfter: 42, message: 'Too many failed logins; try again later.' }), 'Too many failed logins: wait 42 seconds before you try again.');
  assert.equal(loginErrorText({ status: 429, retryAfter: 1 }), 'Too many failed logins: wait 1 second before you try again.');
  assert.equal(loginErrorText({ status: 429, retryAfter: null }), 'Too many failed logins: wait a moment before you try again.');
});

test('the login form says why it is shown', () => {
  assert.equal(loginIntro('required'), 'Log in to see the plant.');
  assert.equal(loginIntro('ended'), 'Your session has ended: log in again.');
  assert.equal(loginIntro('write'), 'Log in to assign stop reasons.');
});

test('the login form offers single sign-on only where /api/me names a path of the api-server', () => {
  assert.equal(ssoLoginOf({ ...ANONYMOUS, sso_login: '/api/login/oidc/amrs' }), '/api/login/oidc/amrs');
  assert.equal(ssoLoginOf(ANONYMOUS), null);
  assert.equal(ssoLoginOf({ username: null, role: null, authenticated: false }), null, 'an api-server before single sign-on');
  assert.equal(ssoLoginOf(undefined), null);
  assert.equal(ssoLoginOf({ sso_login: 'https://elsewhere.example/login' }), null);
  assert.equal(ssoLoginOf({ sso_login: '//elsewhere.example/login' }), null);
});

test('a single sign-on that came back without a login says why, and nothing more', () => {
  assert.equal(ssoErrorText(''), null);
  assert.equal(ssoErrorText('?range=7'), null);
  assert.equal(ssoErrorText(undefined), null);
  assert.equal(
    ssoErrorText('?login_error=no-role'),
    'Your single sign-on account has no AMRS role (viewer, operator or admin): ask your administrator for one.',
  );
  assert.equal(
    ssoErrorText('?range=7&login_error=unavailable'),
    'Single sign-on is not available right now: try again later, or log in with your name and password.',
  );
  for (const code of ['failed', '', '<script>']) {
    assert.equal(ssoErrorText(`?login_error=${encodeURIComponent(code)}`), 'The single sign-on login failed: try again.', code);
  }
});
