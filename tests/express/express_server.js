#!/usr/bin/node
/*
 * The real Express + npm `cors` middleware, for the differential test.
 *
 * Usage: NODE_PATH=<prefix>/node_modules node express_server.js POLICIES.json
 *
 * POLICIES.json holds a JSON list of policies in the playground's format; only each
 * policy's "express" object is used, as the options of cors(). A request picks its
 * policy with the header "X-Policy-Index: N". Behind the middleware, a catch-all answers
 * like the playground's endpoint. The first line on stdout is the port (loopback only).
 * Runs on Express 4 and 5.
 */
'use strict';
const fs = require('fs');
const express = require('express');
const cors = require('cors');

// Which versions answered matters when two runs disagree.
process.stderr.write(`express ${require('express/package.json').version}, ` +
                     `cors ${require('cors/package.json').version}\n`);

// JSON cannot hold a RegExp: {"regex": "..."} stands for one, alone or inside a list.
function revive(value) {
  if (Array.isArray(value)) return value.map(revive);
  if (value && typeof value === 'object' && typeof value.regex === 'string')
    return new RegExp(value.regex);
  return value;
}

function middlewareFor(policy) {
  const options = {};
  // null means "not given": cors() must see the key absent so that its default applies.
  for (const [key, value] of Object.entries(policy.express || {}))
    if (value !== null) options[key] = revive(value);
  return cors(options);
}

const policies = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const middlewares = policies.map(middlewareFor);

const app = express();
app.use((req, res, next) => {
  const index = Number(req.headers['x-policy-index']);
  const middleware = middlewares[index];
  // A status no library sends, so that a test bug cannot pass for a CORS answer.
  if (!Number.isInteger(index) || !middleware)
    return res.status(598).type('text/plain').send('no policy: ' + req.headers['x-policy-index']);
  middleware(req, res, next);
});
// app.use matches every path and method in Express 4 and 5 ('*' throws in 5, '/{*splat}'
// 404s in 4); OPTIONS gets here only when cors() lets it through.
app.use((req, res) => {
  res.set('X-Request-ID', 'express-request');
  res.json({method: req.method, path: req.path});
});

const server = app.listen(0, '127.0.0.1', () => {
  // The callback runs once the socket listens, so the announced port accepts at once.
  process.stdout.write(server.address().port + '\n');
});
process.on('SIGTERM', () => process.exit(0));
