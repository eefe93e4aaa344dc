import subprocess, sys, json
from raw import raw
def show(port, method, path="/a", headers=()):
    req=f"{method} {path} HTTP/1.1\r\nHost: x\r\n" + "".join(f"{k}: {v}\r\n" for k,v in headers) + "Connection: close\r\n\r\n"
    r=raw(port, req); head, _, body = r.partition("\r\n\r\n")
    lines=[l for l in head.split("\r\n") if not l.startswith(("Date:","Connection:","Keep-Alive"))]
    print("  >", method, path, headers); print("   ", " | ".join(lines), "| body=", repr(body))
cases = json.loads(sys.argv[1]); reqs = json.loads(sys.argv[2]); style = sys.argv[3] if len(sys.argv)>3 else 'auto'
for opts in cases:
    print("OPTIONS:", opts, style)
    p=subprocess.Popen(["/usr/bin/python3","server.py",json.dumps(opts),style], stdout=subprocess.PIPE, text=True)
    port=int(p.stdout.readline())
    try:
        for r in reqs: show(port, r[0], r[1], r[2])
    finally: p.terminate(); p.wait()
