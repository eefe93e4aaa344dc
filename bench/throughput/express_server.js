// Express 4 + the cors package, with the benchmark's policy. Usage: node express_server.js PORT
// NODE_PATH must point at the node_modules holding express@4 and cors@2.
'use strict';
const express = require('express');
const cors = require('cors');

const port = Number(process.argv[2]);
const app = express();
app.disable('x-powered-by');
// An array (not a string) so only https://app.example is echoed; other origins get no header.
app.use(cors({
  origin: ['https://app.example'],
  methods: ['GET', 'POST', 'PUT', 'DELETE'],
  allowedHeaders: ['X-API-Key', 'Content-Type'],
  credentials: true,
  exposedHeaders: ['X-Request-ID'],
  maxAge: 600,
}));
app.get('/', (req, res) => res.json({ ok: true }));
app.listen(port, '127.0.0.1');
