#!/usr/bin/env python3
"""Local Network Access in the installed Chromium for subresource loads that are not CORS
fetches: <img>, <script>, <link rel=stylesheet> with and without crossorigin, an @font-face
font used by some text, and fetch(mode: 'no-cors'). A public page (http://localhost:PAGE,
overridden to public) loads each from a loopback server (127.0.0.1:API) which answers with the
right content and Access-Control-Allow-Origin: *, with the permission denied (headless
default) or granted (seeded in the profile's Preferences). Then a redirect case: a granted
loopback fetch that 302-redirects to a port overridden as `local`.

Run: python3 probe_elements.py  (prints one block per run; RAW=1 also prints the raw stderr lines). Research for issue 16, not a test.
Loopback only; each browser run is bounded to 40 s."""
import http.server, json, os, shutil, socket, struct, subprocess, tempfile, threading, time, zlib

def free_port():
    s = socket.socket(); s.bind(('127.0.0.1', 0)); port = s.getsockname()[1]; s.close(); return port

PAGE, API, LOCAL = free_port(), free_port(), free_port()
seen, results = [], {}

def png_1x1():
    def chunk(kind, data):
        return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data))
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', 1, 1, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(b'\x00\xff\x00\x00')) + chunk(b'IEND', b''))

FONT_PATH = '/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf'
FONT = open(FONT_PATH, 'rb').read() if os.path.exists(FONT_PATH) else b'not a font'
BODIES = {
    'png': ('image/png', png_1x1()),
    'js': ('text/javascript', b'window.scriptRan = (window.scriptRan || 0) + 1;'),
    'css': ('text/css', b'.probe { color: rgb(1, 2, 3); }'),
    'ttf': ('font/ttf', FONT),
    'txt': ('text/plain', b'ok'),
}

def make_api(name):
    class Api(http.server.BaseHTTPRequestHandler):
        def log_message(self, *a): pass
        def answer(self):
            seen.append(f"[{name}] {self.command} {self.path} origin={self.headers.get('Origin')} "
                        f"mode={self.headers.get('Sec-Fetch-Mode')} dest={self.headers.get('Sec-Fetch-Dest')}")
            if self.path.startswith('/redirect'):
                self.send_response(302)
                self.send_header('Location', f'http://127.0.0.1:{LOCAL}/target'
                                 + ('.png' if self.path.endswith('img') else ''))
                self.send_header('Access-Control-Allow-Origin', '*')
                self.send_header('Content-Length', '0'); self.end_headers(); return
            ctype, body = BODIES.get(self.path.rsplit('.', 1)[-1], BODIES['txt'])
            self.send_response(200)
            self.send_header('Content-Type', ctype)
            self.send_header('Access-Control-Allow-Origin', '*')
            self.send_header('Content-Length', str(len(body))); self.end_headers(); self.wfile.write(body)
        do_GET = do_OPTIONS = answer
    return Api

# Each case loads one resource and resolves to a string describing what the page saw.
ELEMENT_JS = r"""
const A = 'http://127.0.0.1:%(api)d';
function el(tag, attrs, parent) {
  return new Promise(done => {
    const e = document.createElement(tag);
    e.onload = () => done('onload');
    e.onerror = () => done('onerror');
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    (parent || document.head).appendChild(e);
    setTimeout(() => done('no event in 5 s'), 5000);
  });
}
const cases = [
  ['img', () => el('img', {src: A + '/e0.png'}, document.body)
      .then(r => r + ' naturalWidth=' + document.images[0].naturalWidth)],
  ['img crossorigin=anonymous', () => el('img', {src: A + '/e1.png', crossorigin: 'anonymous'}, document.body)],
  ['script', () => el('script', {src: A + '/e2.js'}).then(r => r + ' scriptRan=' + window.scriptRan)],
  ['script crossorigin', () => el('script', {src: A + '/e3.js', crossorigin: ''}).then(r => r + ' scriptRan=' + window.scriptRan)],
  ['link stylesheet', () => el('link', {rel: 'stylesheet', href: A + '/e4.css'})
      .then(r => r + ' color=' + getComputedStyle(document.getElementById('p')).color)],
  ['link stylesheet crossorigin', () => el('link', {rel: 'stylesheet', href: A + '/e5.css', crossorigin: 'anonymous'})
      .then(r => r + ' cssRules=' + (() => { const s = [...document.styleSheets].find(s => (s.href || '').endsWith('/e5.css'));
        try { return s ? s.cssRules.length : 'no sheet'; } catch (e) { return 'threw ' + e.name; } })())],
  ['@font-face', async () => {
    const s = document.createElement('style');
    s.textContent = "@font-face { font-family: probefont; src: url('" + A + "/e6.ttf'); }";
    document.head.appendChild(s);
    document.getElementById('f').style.fontFamily = 'probefont';
    const deadline = Date.now() + 5000;
    let face;
    while (Date.now() < deadline) {
      face = [...document.fonts].find(f => f.family.replace(/"/g, '') === 'probefont');
      if (face && (face.status === 'loaded' || face.status === 'error')) break;
      await new Promise(r => setTimeout(r, 100));
    }
    return 'FontFace.status=' + (face ? face.status : 'no face');
  }],
  ['fetch no-cors', () => fetch(A + '/e7.txt', {mode: 'no-cors'})
      .then(r => 'resolved type=' + r.type + ' status=' + r.status, e => String(e))],
];
"""
REDIRECT_JS = r"""
const cases = [
  ['fetch redirect API->LOCAL port', () => fetch('http://127.0.0.1:%(api)d/redirect')
      .then(r => 'resolved status=' + r.status + ' url=' + r.url, e => String(e))],
  ['fetch no-cors redirect API->LOCAL port', () => fetch('http://127.0.0.1:%(api)d/redirect', {mode: 'no-cors'})
      .then(r => 'resolved type=' + r.type, e => String(e))],
  ['img redirect API->LOCAL port', () => new Promise(done => { const i = new Image();
      i.onload = () => done('onload'); i.onerror = () => done('onerror');
      i.src = 'http://127.0.0.1:%(api)d/redirect?img'; })],
];
"""
RUNNER_JS = r"""
(async () => { for (const [i, [name, run]] of cases.entries()) {
  console.log('BEGIN ' + i);
  let out; try { out = await run(); } catch (e) { out = 'threw ' + e; }
  await new Promise(r => setTimeout(r, 300));
  console.log('END ' + i);
  await fetch('/result/' + i, {method: 'POST', body: name + ': ' + out}); }
  await fetch('/done', {method: 'POST'}); })();
"""
page_js = ''

class Page(http.server.BaseHTTPRequestHandler):
    def log_message(self, *a): pass
    def do_GET(self):
        body = ('<!doctype html><body><p id=p class=probe>p</p><p id=f>font text</p><script>'
                + page_js + RUNNER_JS + '</script>').encode()
        self.send_response(200)
        self.send_header('Content-Type', 'text/html'); self.send_header('Content-Length', str(len(body)))
        self.end_headers(); self.wfile.write(body)
    def do_POST(self):
        data = self.rfile.read(int(self.headers.get('Content-Length') or 0)).decode()
        results[self.path] = data; self.send_response(200); self.send_header('Content-Length', '0'); self.end_headers()

for handler, port in ((make_api('API'), API), (make_api('LOCAL'), LOCAL), (Page, PAGE)):
    server = http.server.ThreadingHTTPServer(('127.0.0.1', port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()

def tidy(text):
    return text.replace(str(API), 'API').replace(str(PAGE), 'PAGE').replace(str(LOCAL), 'LOCAL')

def run(title, js, grants, local_space='local'):
    global page_js
    page_js = js % {'api': API}
    seen.clear(); results.clear()
    profile = tempfile.mkdtemp()
    if grants:
        os.makedirs(os.path.join(profile, 'Default'))
        json.dump({"profile": {"content_settings": {"exceptions": {key: {
            f"http://localhost:{PAGE},*": {"setting": 1}} for key in grants}}}},
            open(os.path.join(profile, 'Default', 'Preferences'), 'w'))
    overrides = f"127.0.0.1:{PAGE}=public,127.0.0.1:{API}=loopback,127.0.0.1:{LOCAL}={local_space}"
    proc = subprocess.Popen(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic',
        '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
        f'--user-data-dir={profile}', '--enable-logging=stderr', '--v=0',
        f'--ip-address-space-overrides={overrides}', f'http://localhost:{PAGE}/'],
        stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    deadline = time.time() + 40
    while '/done' not in results and time.time() < deadline:
        time.sleep(0.2)
    proc.terminate()
    try: _, err = proc.communicate(timeout=10)
    except subprocess.TimeoutExpired: proc.kill(); _, err = proc.communicate()
    shutil.rmtree(profile, ignore_errors=True)
    print(f"=== {title}")
    n = js.count("\n  ['")
    current = None
    console = {}
    for line in err.splitlines():
        if ':CONSOLE' not in line: continue
        if os.environ.get('RAW'): print('  raw:', line[:500])
        text = line.split('"', 1)[-1].rsplit('", source:', 1)[0]
        if text.startswith('BEGIN '): current = text[6:]; continue
        if text.startswith('END '): current = None; continue
        console.setdefault(current, []).append(text)
    for i in range(n):
        print(tidy(f"  case {i}: page saw {results.get('/result/%d' % i)!r}"))
        for text in console.get(str(i), []) or ['(no console message)']:
            print(tidy(f"      console: {text}"))
    for text in console.get(None, []): print(tidy(f"  console (outside a case): {text}"))
    for line in seen: print(tidy("  server saw: " + line))
    if not seen: print("  server saw: nothing")

run("public page -> loopback elements, permission default (headless denies)", ELEMENT_JS, [])
run("public page -> loopback elements, loopback_network granted", ELEMENT_JS, ['loopback_network'])
run("public page -> loopback /redirect -> local, loopback_network granted only", REDIRECT_JS,
    ['loopback_network'])
run("public page -> loopback /redirect -> local, loopback_network and local_network granted", REDIRECT_JS,
    ['loopback_network', 'local_network'])
run("public page -> loopback /redirect -> loopback (other port), loopback_network granted", REDIRECT_JS,
    ['loopback_network'], local_space='loopback')
