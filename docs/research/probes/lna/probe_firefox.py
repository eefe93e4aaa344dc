#!/usr/bin/env python3
"""Local Network Access in the installed Firefox ESR: its version, the default values of its
network.lna.* prefs (read from the default pref branch through Marionette), and what a page at
http://127.0.0.1:PAGE, marked public with network.lna.address_space.public.override, sees when it
calls or loads from http://127.0.0.1:API (loopback): not granted (headless: nobody answers a
prompt), and granted (the `loopback-network` permission added through Marionette). The
console's words are read from the browser's console service (Firefox does not print them to
stderr). The page POSTs each outcome back to the page server, as probe.py does.

Run: python3 probe_firefox.py  (prints one block per run). Research for issue 16, not a test.
Loopback only; each browser run is bounded to 60 s."""
import http.server, json, os, shutil, socket, struct, subprocess, tempfile, threading, time, zlib

FIREFOX = '/usr/bin/firefox-esr'

def free_port():
    s = socket.socket(); s.bind(('127.0.0.1', 0)); port = s.getsockname()[1]; s.close(); return port

PAGE, API = free_port(), free_port()
seen, results = [], {}

def png_1x1():
    def chunk(kind, data):
        return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data))
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', 1, 1, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(b'\x00\xff\x00\x00')) + chunk(b'IEND', b''))

FONT_PATH = '/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf'
BODIES = {
    'png': ('image/png', png_1x1()),
    'js': ('text/javascript', b'window.scriptRan = (window.scriptRan || 0) + 1;'),
    'css': ('text/css', b'.probe { color: rgb(1, 2, 3); }'),
    'ttf': ('font/ttf', open(FONT_PATH, 'rb').read() if os.path.exists(FONT_PATH) else b'not a font'),
    'txt': ('text/plain', b'ok'),
}

class Api(http.server.BaseHTTPRequestHandler):
    def log_message(self, *a): pass
    def answer(self):
        seen.append(f"{self.command} {self.path} origin={self.headers.get('Origin')} "
                    f"mode={self.headers.get('Sec-Fetch-Mode')} dest={self.headers.get('Sec-Fetch-Dest')} "
                    f"acrm={self.headers.get('Access-Control-Request-Method')}")
        ctype, body = BODIES.get(self.path.rsplit('.', 1)[-1], BODIES['txt'])
        self.send_response(204 if self.command == 'OPTIONS' else 200)
        self.send_header('Content-Type', ctype)
        self.send_header('Access-Control-Allow-Origin', '*')
        self.send_header('Access-Control-Allow-Methods', 'PUT')
        self.send_header('Content-Length', str(0 if self.command == 'OPTIONS' else len(body))); self.end_headers()
        if self.command != 'OPTIONS': self.wfile.write(body)
    do_GET = do_PUT = do_OPTIONS = answer

PAGE_JS = r"""
const A = 'http://127.0.0.1:%(api)d';
const timeout = (p, ms) => Promise.race([p, new Promise(r => setTimeout(() => r('no answer in ' + ms + ' ms'), ms))]);
function el(tag, attrs, parent) {
  return new Promise(done => {
    const e = document.createElement(tag);
    e.onload = () => done('onload'); e.onerror = () => done('onerror');
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    (parent || document.head).appendChild(e);
    
  });
}
const f = (path, init) => fetch(A + path, init).then(r => 'resolved type=' + r.type + ' status=' + r.status, e => String(e));
const cases = [
  ['fetch GET', () => f('/c0.txt')],
  ['fetch PUT (preflighted)', () => f('/c1.txt', {method: 'PUT'})],
  ['XHR GET', () => timeout(new Promise(done => { const x = new XMLHttpRequest(); x.open('GET', A + '/c2.txt');
      x.onload = () => done('onload ' + x.status); x.onerror = () => done('onerror'); x.send(); }), 60000)],
  ['fetch no-cors', () => f('/c3.txt', {mode: 'no-cors'})],
  ['img', () => el('img', {src: A + '/c4.png'}, document.body)],
  ['img crossorigin=anonymous', () => el('img', {src: A + '/c5.png', crossorigin: 'anonymous'}, document.body)],
  ['script', () => el('script', {src: A + '/c6.js'}).then(r => r + ' scriptRan=' + window.scriptRan)],
  ['script crossorigin', () => el('script', {src: A + '/c7.js', crossorigin: ''}).then(r => r + ' scriptRan=' + window.scriptRan)],
  ['link stylesheet', () => el('link', {rel: 'stylesheet', href: A + '/c8.css'})],
  ['link stylesheet crossorigin', () => el('link', {rel: 'stylesheet', href: A + '/c9.css', crossorigin: 'anonymous'})],
  ['@font-face', async () => {
    const s = document.createElement('style');
    s.textContent = "@font-face { font-family: probefont; src: url('" + A + "/c10.ttf'); }";
    document.head.appendChild(s);
    document.getElementById('f').style.fontFamily = 'probefont';
    const deadline = Date.now() + 30000; let face;
    while (Date.now() < deadline) {
      face = [...document.fonts].find(f => f.family.replace(/"/g, '') === 'probefont');
      if (face && (face.status === 'loaded' || face.status === 'error')) break;
      await new Promise(r => setTimeout(r, 100));
    }
    return 'FontFace.status=' + (face ? face.status : 'no face');
  }],
];
const params = new URLSearchParams(location.search);
const only = params.has('cases') ? params.get('cases').split(',').map(Number) : cases.map((_, i) => i);
const wait = Number(params.get('wait') || 6000), t0 = performance.now();
const sleep = ms => new Promise(r => setTimeout(r, ms));
(async () => { for (const [k, i] of only.entries()) { const [name, run] = cases[i];
  const started = Math.round(performance.now() - t0);
  const p = Promise.resolve().then(run).catch(e => 'threw ' + e).then(out => fetch('/result/' + k, {method: 'POST',
    body: '#' + k + ' ' + name + ': ' + out + ' (started ' + started + ' ms, settled ' + Math.round(performance.now() - t0) + ' ms)'}));
  await Promise.race([p, sleep(wait)]); }
  await sleep(Number(params.get('tail') || 1000));
  await fetch('/done', {method: 'POST'}); })();
"""
NCASES = PAGE_JS.count("\n  ['")

class Page(http.server.BaseHTTPRequestHandler):
    def log_message(self, *a): pass
    def do_GET(self):
        body = ('<!doctype html><body><p id=p class=probe>p</p><p id=f>font text</p><script>'
                + PAGE_JS % {'api': API} + '</script>').encode()
        self.send_response(200)
        self.send_header('Content-Type', 'text/html'); self.send_header('Content-Length', str(len(body)))
        self.end_headers(); self.wfile.write(body)
    def do_POST(self):
        data = self.rfile.read(int(self.headers.get('Content-Length') or 0)).decode()
        results[self.path] = data; self.send_response(200); self.send_header('Content-Length', '0'); self.end_headers()

for handler, port in ((Api, API), (Page, PAGE)):
    server = http.server.ThreadingHTTPServer(('127.0.0.1', port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()

class Marionette:
    """The smallest Marionette client: length-prefixed JSON, [0, id, command, params]."""
    def __init__(self, port, deadline):
        while True:
            try: self.sock = socket.create_connection(('127.0.0.1', port), timeout=10); break
            except OSError:
                if time.time() > deadline: raise
                time.sleep(0.3)
        self.buf = b''; self.id = 0; self.read()  # hello
    def read(self):
        while b':' not in self.buf: self.buf += self.sock.recv(65536)
        n, rest = self.buf.split(b':', 1); n = int(n)
        while len(rest) < n: rest += self.sock.recv(65536)
        self.buf = rest[n:]; return json.loads(rest[:n])
    def call(self, name, params=None):
        self.id += 1
        msg = json.dumps([0, self.id, name, params or {}]).encode()
        self.sock.sendall(str(len(msg)).encode() + b':' + msg)
        reply = self.read()
        if reply[2]: raise RuntimeError(f"{name}: {reply[2]}")
        return reply[3]
    def chrome(self, script, args=()):
        self.call('Marionette:SetContext', {'value': 'chrome'})
        return self.call('WebDriver:ExecuteScript', {'script': script, 'args': list(args)}).get('value')

PREFS_JS = r"""
const out = {};
for (const branchName of ['network.lna.', 'permissions.default.local-network', 'permissions.default.loopback-network',
                          'browser.contentblocking.category']) {
  const def = Services.prefs.getDefaultBranch('');
  for (const name of Services.prefs.getChildList(branchName)) {
    let d, u;
    const t = Services.prefs.getPrefType(name);
    const get = (b) => { try { return t == b.PREF_BOOL ? b.getBoolPref(name) : t == b.PREF_INT ? b.getIntPref(name) : b.getCharPref(name); } catch (e) { return '(none)'; } };
    out[name] = {default: get(def), current: get(Services.prefs), userSet: Services.prefs.prefHasUserValue(name)};
  }
}
return out;
"""
GRANT_JS = r"""
const [origin, types] = arguments;
const p = Services.scriptSecurityManager.createContentPrincipalFromOrigin(origin);
for (const t of types) Services.perms.addFromPrincipal(p, t, Services.perms.ALLOW_ACTION);
return Services.perms.getAllForPrincipal(p).map(x => x.type + '=' + x.capability);
"""
CONSOLE_JS = r"""
return Services.console.getMessageArray().map(m => {
  try { m.QueryInterface(Ci.nsIScriptError); return '[' + m.category + '] ' + m.errorMessage; }
  catch (e) { return '[plain] ' + m.message; } });
"""

def run(title, user_prefs, grant_types=(), show_prefs=False, query=''):
    seen.clear(); results.clear()
    profile = tempfile.mkdtemp(); mport = free_port()
    prefs = {'marionette.port': mport, 'browser.shell.checkDefaultBrowser': False,
             'browser.startup.homepage_override.mstone': 'ignore', 'datareporting.policy.dataSubmissionEnabled': False,
             'toolkit.telemetry.reportingpolicy.firstRun': False, 'app.update.disabledForTesting': True,
             'network.proxy.type': 0, 'devtools.console.stdout.content': True, **user_prefs}
    with open(os.path.join(profile, 'user.js'), 'w') as fh:
        for k, v in prefs.items(): fh.write(f'user_pref({json.dumps(k)}, {json.dumps(v)});\n')
    env = dict(os.environ, MOZ_HEADLESS='1')
    proc = subprocess.Popen([FIREFOX, '--headless', '--no-remote', '--marionette', '-remote-allow-system-access', '--profile', profile, 'about:blank'],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    deadline = time.time() + 60
    out_lines = []
    threading.Thread(target=lambda: out_lines.extend(proc.stdout), daemon=True).start()
    print(f"=== {title}")
    try:
        m = Marionette(mport, time.time() + 30)
        m.call('WebDriver:NewSession', {'capabilities': {}})
        if show_prefs:
            for name, v in sorted(m.chrome(PREFS_JS).items()):
                print(f"  pref {name}: default={v['default']!r} current={v['current']!r}{' (user-set)' if v['userSet'] else ''}")
        if grant_types:
            print("  granted:", m.chrome(GRANT_JS, [f'http://127.0.0.1:{PAGE}', list(grant_types)]))
        m.call('Marionette:SetContext', {'value': 'content'})
        m.call('WebDriver:Navigate', {'url': f'http://127.0.0.1:{PAGE}/{query}'})
        while '/done' not in results and time.time() < deadline:
            time.sleep(0.2)
        time.sleep(0.5)
        messages = m.chrome(CONSOLE_JS)
    finally:
        proc.terminate()
        try: proc.wait(timeout=10)
        except subprocess.TimeoutExpired: proc.kill(); proc.wait()
        shutil.rmtree(profile, ignore_errors=True)
    expected = len(query.split('cases=')[1].split('&')[0].split(',')) if 'cases=' in query else NCASES
    for k in range(expected):
        print(f"  request {k}: page saw {results.get('/result/%d' % k, '(nothing settled)')!r}")
    for text in messages:
        if '127.0.0.1' in text or 'ocal' in text.lower() and 'network' in text.lower():
            print("  console:", text.split('\n')[0].replace(str(API), 'API').replace(str(PAGE), 'PAGE')[:600])
    for line in seen: print("  server saw:", line.replace(str(PAGE), 'PAGE'))
    if not seen: print("  server saw: nothing")

print(subprocess.run([FIREFOX, '--version'], capture_output=True, text=True, timeout=30).stdout.strip())
public = {'network.lna.address_space.public.override': f'127.0.0.1:{PAGE}'}
run("defaults, page not overridden (127.0.0.1 -> 127.0.0.1, same space)", {}, show_prefs=True)
run("page 127.0.0.1:PAGE overridden to public, no grant (headless: prompt nobody answers); "
    "one fetch, then a second 12 s later", public, query='?cases=0,0&wait=12000&tail=12000')
run("page overridden to public, no grant, network.lna.prompt.timeout=3000; one fetch", 
    {**public, 'network.lna.prompt.timeout': 3000}, query='?cases=0&wait=10000&tail=500')
run("page overridden to public, permission blocked (permissions.default.loopback-network=2)",
    {**public, 'permissions.default.loopback-network': 2})
run("page overridden to public, loopback-network granted", public, ['loopback-network'])
