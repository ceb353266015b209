'use strict';
// Signs a user in with amazon-cognito-identity-js's own CognitoUser.authenticateUser (USER_SRP_AUTH), unmodified,
// except that the requests it makes to Cognito travel to the Java test instead: one JSON object per line.
//   stdin  first: {"userPoolId", "clientId", "username", "password"}
//   stdout       {"operation": "InitiateAuth" | "RespondToAuthChallenge", "params": <request>}
//   stdin        {"data": <response>} or {"error": {"code", "name", "message"}}
//   stdout last: {"outcome": "<callback the library called>", "code", "message"}
// Usage: node cognito-sign-in.js <node_modules dir>
const path = require('path');
const readline = require('readline');

const modules = process.argv[2];
const { AuthenticationDetails, CognitoUser, CognitoUserPool } =
  require(path.join(modules, 'amazon-cognito-identity-js'));

const lines = readline.createInterface({ input: process.stdin });
const waiting = [];
const unread = [];
lines.on('line', line => {
  const reader = waiting.shift();
  if (reader) {
    reader(line);
  } else {
    unread.push(line);
  }
});

function nextMessage() {
  return new Promise(resolve => {
    if (unread.length > 0) {
      resolve(unread.shift());
    } else {
      waiting.push(resolve);
    }
  }).then(line => JSON.parse(line));
}

function send(message) {
  process.stdout.write(JSON.stringify(message) + '\n');
}

const relay = {
  request(operation, params, callback) {
    send({ operation, params });
    nextMessage().then(reply => callback(reply.error || null, reply.data || null));
  },
};

function signIn(input) {
  const pool = new CognitoUserPool({ UserPoolId: input.userPoolId, ClientId: input.clientId });
  pool.client = relay;
  const user = new CognitoUser({ Username: input.username, Pool: pool });
  const details = new AuthenticationDetails({ Username: input.username, Password: input.password });
  return new Promise(resolve => {
    const other = name => () => resolve({ outcome: name });
    user.authenticateUser(details, {
      onSuccess: () => resolve({ outcome: 'onSuccess' }),
      onFailure: err => resolve({ outcome: 'onFailure', code: err.code, message: err.message }),
      newPasswordRequired: other('newPasswordRequired'),
      mfaRequired: other('mfaRequired'),
      totpRequired: other('totpRequired'),
      customChallenge: other('customChallenge'),
      mfaSetup: other('mfaSetup'),
      selectMFAType: other('selectMFAType'),
    });
  });
}

nextMessage()
  .then(signIn)
  .then(outcome => {
    send(outcome);
    lines.close();
  })
  .catch(err => {
    process.stderr.write(String(err && err.stack || err) + '\n');
    process.exit(1);
  });
