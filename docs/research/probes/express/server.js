// usage: node server.js '<json options>'   prints port
const express = require('express');
const cors = require('cors');
const opts = JSON.parse(process.argv[2] || '{}');
if (opts.origin && typeof opts.origin === 'object' && opts.origin.regex) opts.origin = new RegExp(opts.origin.regex);
const app = express();
app.use(cors(process.argv[2] === undefined ? undefined : opts));
app.all('/{*splat}', (req, res) => {
  res.set('X-Request-ID', 'fixed-id');
  res.json({method: req.method, path: req.path});
});
const srv = app.listen(0, '127.0.0.1', () => console.log(srv.address().port));
