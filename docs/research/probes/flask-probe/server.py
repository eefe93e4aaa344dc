# usage: python3 server.py '<json kwargs>' [route-style]   route-style: auto (OPTIONS not listed) | listed | decorator
import json, sys, logging
from flask import Flask, request
from flask_cors import CORS, cross_origin
from werkzeug.serving import make_server
logging.getLogger('werkzeug').setLevel(logging.ERROR)
kw = json.loads(sys.argv[1]); style = sys.argv[2] if len(sys.argv) > 2 else 'auto'
app = Flask(__name__)
methods = ["DELETE","GET","HEAD","PATCH","POST","PUT"] + (["OPTIONS"] if style == 'listed' else [])
def endpoint(path):
    return {"method": request.method, "path": "/" + path}, {"X-Request-ID": "fixed-id"}
if style == 'decorator':
    endpoint = cross_origin(**kw)(endpoint)
else:
    CORS(app, **kw)
app.add_url_rule("/", "e", endpoint, defaults={"path": ""}, methods=methods)
app.add_url_rule("/<path:path>", "e", endpoint, methods=methods)
srv = make_server("127.0.0.1", 0, app, threaded=True)
print(srv.server_port, flush=True)
srv.serve_forever()
