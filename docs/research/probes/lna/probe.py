#!/usr/bin/env python3
"""Local Network Access in the installed Chromium: what reaches the server, what the page
sees and what the console says, for public/local pages calling loopback/local servers, with
the permission denied (headless default) or granted (seeded in the profile's Preferences),
with fetch()'s targetAddressSpace, and a preflighted request. Loopback only; bounded in time.

Run: python3 probe.py  (prints one block per case). Research for issue 16, not a test."""
import http.server, json, os, shutil, socket, subprocess, sys, tempfile, threading, time

def free_port():
    s = socket.socket(); s.bind(('127.0.0.1', 0)); port = s.getsockname()[1]; s.close(); return port

PAGE, API = free_port(), free_port()
seen, results = [], {}

class Api(http.server.BaseHTTPRequestHandler):
    def log_message(self, *a): pass
    def answer(self):
        seen.append(f"{self.command} {self.path} origin={self.headers.get('Origin')} "
                    f"acrm={self.headers.get('Access-Control-Request-Method')} "
                    f"acrpn={self.headers.get('Access-Control-Request-Private-Network')} "
                    f"acrln={self.headers.get('Access-Control-Request-Local-Network')}")
        self.send_response(204 if self.command == 'OPTIONS' else 200)
        self.send_header('Access-Control-Allow-Origin', self.headers.get('Origin') or '*')
        self.send_header('Access-Control-Allow-Methods', 'PUT')
        self.send_header('Access-Control-Allow-Credentials', 'true')
        self.send_header('Content-Length', '2'); self.end_headers(); self.wfile.write(b'ok')
    do_GET = do_PUT = do_OPTIONS = answer

CASES = [
    ("GET", {}), ("PUT", {}), ("GET", {"targetAddressSpace": "loopback"}),
    ("GET", {"targetAddressSpace": "local"}), ("GET", {"credentials": "include"}),
    ("XHR", {}),
]
PAGE_HTML = """<!doctype html><script>
const cases = %s;
(async () => { for (const [i, [method, extra]] of cases.entries()) {
  console.log('BEGIN ' + i);
  const url = 'http://127.0.0.1:%d/c' + i;
  let out;
  if (method === 'XHR') out = await new Promise(done => { const x = new XMLHttpRequest();
    x.open('GET', url); x.onload = () => done('ok ' + x.status); x.onerror = () => done('xhr error');
    x.send(); });
  else try { const r = await fetch(url, Object.assign({method}, extra));
    out = 'ok ' + r.status; } catch (e) { out = String(e); }
  console.log('END ' + i);
  await fetch('/result/' + i, {method: 'POST', body: out}); }
  await fetch('/done', {method: 'POST'}); })();
</script>""" % (json.dumps(CASES), API)

class Page(http.server.BaseHTTPRequestHandler):
    def log_message(self, *a): pass
    def do_GET(self):
        body = PAGE_HTML.encode(); self.send_response(200)
        self.send_header('Content-Type', 'text/html'); self.send_header('Content-Length', str(len(body)))
        self.end_headers(); self.wfile.write(body)
    def do_POST(self):
        data = self.rfile.read(int(self.headers.get('Content-Length') or 0)).decode()
        results[self.path] = data; self.send_response(200); self.send_header('Content-Length', '0'); self.end_headers()

for handler, port in ((Api, API), (Page, PAGE)):
    server = http.server.ThreadingHTTPServer(('127.0.0.1', port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()

def run(page_space, api_space, grant, page_host='localhost'):
    seen.clear(); results.clear()
    profile = tempfile.mkdtemp()
    if grant:
        os.makedirs(os.path.join(profile, 'Default'))
        key = 'loopback_network' if api_space == 'loopback' else 'local_network'
        json.dump({"profile": {"content_settings": {"exceptions": {key: {
            f"http://{page_host}:{PAGE},*": {"setting": 1}}}}}},
            open(os.path.join(profile, 'Default', 'Preferences'), 'w'))
    overrides = f"127.0.0.1:{PAGE}={page_space},127.0.0.1:{API}={api_space}"
    proc = subprocess.Popen(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic',
        '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
        f'--user-data-dir={profile}', '--enable-logging=stderr', '--v=0',
        f'--ip-address-space-overrides={overrides}', f'--host-resolver-rules=MAP {page_host} 127.0.0.1',
        f'http://{page_host}:{PAGE}/'],
        stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    deadline = time.time() + 40
    while '/done' not in results and time.time() < deadline:
        time.sleep(0.2)
    proc.terminate()
    try: _, err = proc.communicate(timeout=10)
    except subprocess.TimeoutExpired: proc.kill(); _, err = proc.communicate()
    shutil.rmtree(profile, ignore_errors=True)
    print(f"=== page http://{page_host} ({page_space}) -> server {api_space}, permission {'granted' if grant else 'default (headless denies)'}")
    for i, case in enumerate(CASES):
        print(f"  case {i} {case}: page saw {results.get('/result/%d' % i)!r}")
    for line in seen: print("  server saw:", line)
    for line in err.splitlines():
        if 'CONSOLE' in line and 'BEGIN' not in line and 'END' not in line:
            print("  console:", line.split('"', 1)[-1][:400])

for page_space, api_space, grant, host in [
        ("public", "loopback", False, "localhost"), ("public", "loopback", True, "localhost"),
        ("public", "local", False, "localhost"), ("public", "local", True, "localhost"),
        ("local", "loopback", False, "localhost"), ("loopback", "loopback", False, "localhost"),
        # A plain-http page on a public host name is not a secure context.
        ("public", "loopback", False, "app.example.test"),
        ("public", "loopback", True, "app.example.test")]:
    run(page_space, api_space, grant, host)
