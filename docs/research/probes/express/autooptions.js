const express = require('express'); const cors = require('cors');
const app = express(); app.use(cors({preflightContinue: true}));
app.get('/{*splat}', (req, res) => res.json({method: req.method, path: req.path}));
const s = app.listen(0, '127.0.0.1', async () => {
  const r = await fetch(`http://127.0.0.1:${s.address().port}/a`, {method: 'OPTIONS', headers: {Origin: 'https://a.com', 'Access-Control-Request-Method': 'PUT'}});
  console.log(r.status, JSON.stringify([...r.headers]), JSON.stringify(await r.text())); s.close();
});
