#!/usr/bin/python3
"""The real Flask-CORS extension, for the differential test.

Usage: /usr/bin/python3 flask_cors_server.py POLICIES.json
(/usr/bin/python3: the pyenv python3 on PATH has other Flask and Flask-CORS versions.)

POLICIES.json holds a JSON list of policies in the playground's format; only each
policy's "flask_cors" object is used, as the keyword arguments of CORS(app). A request
picks its policy with the header "X-Policy-Index: N". Each policy has its own Flask app
with a catch-all route like the playground's endpoint; the route does not list OPTIONS,
so Flask's automatic OPTIONS answers preflights, as in usual user code. A policy that
CORS() refuses answers 599 "invalid: <message>". The first line on stdout is the port
(loopback only).
"""
import json
import signal
import sys

import flask
import flask_cors
from werkzeug.serving import WSGIRequestHandler, make_server

METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"]


def app_for(policy):
    app = flask.Flask(__name__)
    options = {k: v for k, v in (policy.get("flask_cors") or {}).items() if v is not None}
    try:
        flask_cors.CORS(app, **options)
    except (ValueError, TypeError) as error:
        # The test compares refusals too: keep the message where it can see it.
        message = "invalid: %s" % error
        return lambda environ, start_response: plain(start_response, "599 INVALID", message)

    @app.route("/", defaults={"path": ""}, methods=METHODS)
    @app.route("/<path:path>", methods=METHODS)
    def endpoint(path):
        body = json.dumps({"method": flask.request.method, "path": flask.request.path},
                          separators=(",", ":"))
        return flask.Response(body, mimetype="application/json",
                              headers={"X-Request-ID": "flask-request"})

    return app


def plain(start_response, status, text):
    body = text.encode()
    start_response(status, [("Content-Type", "text/plain"), ("Content-Length", str(len(body)))])
    return [body]


class Dispatcher:
    def __init__(self, apps):
        self.apps = apps

    def __call__(self, environ, start_response):
        value = environ.get("HTTP_X_POLICY_INDEX", "")
        if value.isdigit() and int(value) < len(self.apps):
            return self.apps[int(value)](environ, start_response)
        # A status no library sends, so that a test bug cannot pass for a CORS answer.
        return plain(start_response, "598 NO POLICY", "no policy: " + value)


class QuietHandler(WSGIRequestHandler):
    def log_request(self, *args):
        pass


def main():
    with open(sys.argv[1], encoding="utf-8") as file:
        policies = json.load(file)
    # Turns SIGTERM into a normal exit (status 0) instead of death by signal.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    server = make_server("127.0.0.1", 0, Dispatcher([app_for(p) for p in policies]),
                         request_handler=QuietHandler)
    # make_server has bound and is listening: early connections wait in the backlog.
    print(server.server_port, flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
