'use strict';
// Drives the unmodified amazon-cognito-identity-js against a running cognito-es server through the pool's
// `endpoint` option: sign-up, confirmation with the code from GET /_dev/outbox, SRP sign-in, refresh, password
// change, forgotten password, sign-in with the new password, global sign-out, sign-out with token revocation.
// Prints one JSON object: the outcome of every step, by name, in order.
// Usage: node cognito-against-server.js <node_modules dir> <settings JSON>
//   settings: {"endpoint", "userPoolId", "clientId", "username", "email", "password", "changedPassword",
//              "resetPassword"}
const path = require('path');

const modules = process.argv[2];
const settings = JSON.parse(process.argv[3]);
const {
  AuthenticationDetails, CognitoUser, CognitoUserAttribute, CognitoUserPool, CognitoUserSession,
} = require(path.join(modules, 'amazon-cognito-identity-js'));

const pool = new CognitoUserPool({
  UserPoolId: settings.userPoolId,
  ClientId: settings.clientId,
  endpoint: settings.endpoint + '/',
});
const steps = {};

function failure(err) {
  return { ok: false, code: err && err.code, message: err && err.message };
}

function nodeCallback(call) {
  return new Promise(resolve => call((err, result) => resolve(err ? failure(err) : { ok: true, result })));
}

function callbacks(call) {
  return new Promise(resolve => call({
    onSuccess: result => resolve({ ok: true, result }),
    onFailure: err => resolve(failure(err)),
    inputVerificationCode: result => resolve({ ok: true, result }),
    newPasswordRequired: () => resolve({ ok: false, code: 'newPasswordRequired' }),
  }));
}

async function record(name, promise) {
  const outcome = await promise;
  steps[name] = outcome;
  return outcome;
}

async function lastCode(kind) {
  const url = settings.endpoint + '/_dev/outbox?userPoolId=' + encodeURIComponent(settings.userPoolId)
    + '&username=' + encodeURIComponent(settings.username);
  const messages = (await (await fetch(url)).json()).messages.filter(m => m.kind === kind);
  return messages.length ? messages[messages.length - 1].code : null;
}

function newUser() {
  return new CognitoUser({ Username: settings.username, Pool: pool });
}

function signIn(user, password) {
  return callbacks(cb => user.authenticateUser(
    new AuthenticationDetails({ Username: settings.username, Password: password }), cb));
}

function sessionSummary(session) {
  return {
    valid: session.isValid(),
    accessUsername: session.getAccessToken().decodePayload().username,
    originJti: session.getAccessToken().decodePayload().origin_jti,
    idEmail: session.getIdToken().decodePayload().email,
    hasRefreshToken: session.getRefreshToken().getToken().length > 0,
  };
}

function attributesOf(outcome) {
  return outcome.ok ? Object.fromEntries(outcome.result.map(a => [a.getName(), a.getValue()])) : outcome;
}

async function main() {
  const email = new CognitoUserAttribute({ Name: 'email', Value: settings.email });
  const signUp = await record('signUp', nodeCallback(cb =>
    pool.signUp(settings.username, settings.password, [email], null, cb)));
  if (signUp.ok) {
    steps.signUp = { ok: true, userConfirmed: signUp.result.userConfirmed, userSub: signUp.result.userSub };
  }
  const user = newUser();
  await record('confirmRegistration', nodeCallback(async cb =>
    user.confirmRegistration(await lastCode('SIGN_UP'), true, cb)));

  const signedIn = await record('authenticateUser', signIn(user, settings.password));
  const first = signedIn.result;
  steps.authenticateUser = signedIn.ok ? { ok: true, session: sessionSummary(first) } : signedIn;
  steps.getUserAttributes = attributesOf(await nodeCallback(cb => user.getUserAttributes(cb)));

  const refreshed = await nodeCallback(cb => user.refreshSession(first.getRefreshToken(), cb));
  steps.refreshSession = refreshed.ok ? {
    ok: true, session: sessionSummary(refreshed.result),
    newAccessToken: refreshed.result.getAccessToken().getJwtToken() !== first.getAccessToken().getJwtToken(),
  } : refreshed;

  await record('changePassword', nodeCallback(cb =>
    user.changePassword(settings.password, settings.changedPassword, cb)));
  steps.signInWithOldPassword = await signIn(newUser(), settings.password);
  const changed = await signIn(newUser(), settings.changedPassword);
  steps.signInWithChangedPassword = { ok: changed.ok };

  const forgot = await callbacks(cb => newUser().forgotPassword(cb));
  steps.forgotPassword = forgot.ok ? { ok: true, delivery: forgot.result.CodeDeliveryDetails } : forgot;
  const resetting = newUser();
  await record('confirmPassword', callbacks(async cb =>
    resetting.confirmPassword(await lastCode('FORGOT_PASSWORD'), settings.resetPassword, cb)));
  steps.signInWithChangedPasswordAfterReset = await signIn(newUser(), settings.changedPassword);

  const resetUser = newUser();
  const afterReset = await signIn(resetUser, settings.resetPassword);
  steps.signInWithResetPassword = afterReset.ok ? { ok: true, session: sessionSummary(afterReset.result) }
    : afterReset;
  const beforeSignOut = afterReset.result;

  await record('globalSignOut', callbacks(cb => resetUser.globalSignOut(cb)));
  const stale = newUser();
  stale.setSignInUserSession(new CognitoUserSession({
    IdToken: beforeSignOut.getIdToken(), AccessToken: beforeSignOut.getAccessToken(),
    RefreshToken: beforeSignOut.getRefreshToken(),
  }));
  steps.getUserAttributesAfterGlobalSignOut = attributesOf(await nodeCallback(cb => stale.getUserAttributes(cb)));
  steps.refreshSessionAfterGlobalSignOut = await nodeCallback(cb =>
    newUser().refreshSession(beforeSignOut.getRefreshToken(), cb));

  const again = newUser();
  const signedInAgain = await signIn(again, settings.resetPassword);
  steps.signInAfterGlobalSignOut = { ok: signedInAgain.ok };
  steps.getUserAttributesAfterNewSignIn = attributesOf(await nodeCallback(cb => again.getUserAttributes(cb)));
  const revokedRefresh = signedInAgain.result.getRefreshToken();
  steps.signOutRevokingTokens = await nodeCallback(cb => again.signOut(err => cb(err, 'SUCCESS')));
  steps.refreshSessionAfterRevocation = await nodeCallback(cb => newUser().refreshSession(revokedRefresh, cb));

  process.stdout.write(JSON.stringify(steps, null, 1) + '\n');
}

main().catch(err => {
  process.stderr.write(String(err && err.stack || err) + '\n');
  process.exit(1);
});
