'use strict';
// Prints values computed by amazon-cognito-identity-js (and node's crypto) as JSON, for the Java cross-check.
// Usage: node cognito-reference.js <node_modules dir> <runs per salt kind>
const path = require('path');
const crypto = require('crypto');

const modules = process.argv[2];
const runsPerKind = Number(process.argv[3] || '4');
const { AuthenticationHelper } = require(path.join(modules, 'amazon-cognito-identity-js'));

const alphanumeric = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
function randomWord(length) {
  let word = '';
  for (const byte of crypto.randomBytes(length)) {
    word += alphanumeric[byte % alphanumeric.length];
  }
  return word;
}

const usernames = ['alice', '9f1c2e4a-7b1d-4c55-a1f2-0d3e5b6c7a8b', 'jörg.müller@example.com', 'ユーザー'];

function deviceVerifier(username) {
  const helper = new AuthenticationHelper('unused');
  const groupKey = randomWord(9);
  return new Promise((resolve, reject) => {
    helper.generateHashDevice(groupKey, username, err => {
      if (err) {
        reject(err);
        return;
      }
      resolve({
        groupKey,
        username,
        password: helper.getRandomPassword(),
        salt: helper.getSaltDevices(),
        verifier: helper.getVerifierDevices(),
      });
    });
  });
}

async function main() {
  const highBit = [];
  const lowBit = [];
  let attempt = 0;
  while ((highBit.length < runsPerKind || lowBit.length < runsPerKind) && attempt < 1000) {
    const run = await deviceVerifier(usernames[attempt % usernames.length]);
    attempt++;
    const bucket = run.salt.startsWith('00') ? highBit : lowBit;
    if (bucket.length < runsPerKind) {
      bucket.push(run);
    }
  }
  const helper = new AuthenticationHelper('unused');
  const secretHashes = [];
  for (let i = 0; i < runsPerKind; i++) {
    const clientSecret = randomWord(51);
    const clientId = randomWord(26);
    const username = usernames[i % usernames.length];
    const secretHash = crypto.createHmac('sha256', Buffer.from(clientSecret, 'utf8'))
      .update(Buffer.from(username + clientId, 'utf8'))
      .digest('base64');
    secretHashes.push({ clientSecret, clientId, username, secretHash });
  }
  process.stdout.write(JSON.stringify({
    library: require(path.join(modules, 'amazon-cognito-identity-js', 'package.json')).version,
    N: helper.N.toString(16),
    g: helper.g.toString(16),
    k: helper.k.toString(16),
    verifiers: highBit.concat(lowBit),
    secretHashes,
  }, null, 1) + '\n');
}

main().catch(err => {
  process.stderr.write(String(err && err.stack || err) + '\n');
  process.exit(1);
});
