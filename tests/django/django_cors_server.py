#!/usr/bin/python3
"""The real django-cors-headers middleware, for the differential test.

Usage: /usr/bin/python3 django_cors_server.py POLICIES.json
(/usr/bin/python3: Debian's python3-django-cors-headers and python3-django live there.)

POLICIES.json holds a JSON list of policies in the playground's format; only each
policy's "django_cors_headers" object is used, as CORS_* settings. A request picks its
policy with the header "X-Policy-Index: N". One Django project serves all policies: a
middleware in front of corsheaders swaps the CORS_* settings per request, which works
because corsheaders/conf.py reads django.conf.settings on every access (properties, no
cache). Behind it, a catch-all view answers like the playground's endpoint. The first
line on stdout is the port (loopback only).
"""
import json
import signal
import sys
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import django
from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.urls import re_path

# Every setting corsheaders reads (old aliases too, so that none leaks in from elsewhere).
CORS_SETTINGS = [
    "CORS_ALLOWED_ORIGINS", "CORS_ALLOWED_ORIGIN_REGEXES", "CORS_ALLOW_ALL_ORIGINS",
    "CORS_ALLOW_METHODS", "CORS_ALLOW_HEADERS", "CORS_EXPOSE_HEADERS",
    "CORS_ALLOW_CREDENTIALS", "CORS_PREFLIGHT_MAX_AGE", "CORS_URLS_REGEX",
    "CORS_ORIGIN_WHITELIST", "CORS_ORIGIN_REGEX_WHITELIST", "CORS_ORIGIN_ALLOW_ALL",
    "CORS_REPLACE_HTTPS_REFERER",
]
POLICIES = []


class PolicyMiddleware:
    """Applies the selected policy's settings; a missing key means the library default."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        value = request.headers.get("X-Policy-Index", "")
        if not (value.isdigit() and int(value) < len(POLICIES)):
            # A status no library sends, so that a test bug cannot pass for a CORS answer.
            return HttpResponse("no policy: " + value, status=598, content_type="text/plain")
        policy = POLICIES[int(value)].get("django_cors_headers") or {}
        for name in CORS_SETTINGS:
            if name in policy:
                setattr(settings, name, policy[name])
            elif hasattr(settings, name):
                delattr(settings, name)
        # corsheaders also reads the settings in process_response, still inside this call;
        # the server is single-threaded, so no other request can swap them meanwhile.
        return self.get_response(request)


def endpoint(request):
    response = JsonResponse({"method": request.method, "path": request.path},
                            json_dumps_params={"separators": (",", ":")})
    response["X-Request-ID"] = "django-request"
    return response


urlpatterns = [re_path(r"^.*$", endpoint)]


def without_head_body(app):
    """wsgiref and Django 3.2 send a body after HEAD; real servers (gunicorn...) drop it."""

    def wrapped(environ, start_response):
        result = app(environ, start_response)
        if environ["REQUEST_METHOD"] != "HEAD":
            return result
        try:
            for _ in result:
                pass
        finally:
            if hasattr(result, "close"):
                result.close()
        # One empty chunk from a generator, not []: wsgiref would add "Content-Length: 0"
        # to an empty list, and GET has no Content-Length (no CommonMiddleware).
        return (b"" for _ in range(1))

    return wrapped


class QuietHandler(WSGIRequestHandler):
    def log_message(self, *args):
        pass


class Server(WSGIServer):
    # wsgiref's default backlog is 5: a burst of test connections would wait for SYN retries.
    request_queue_size = 128


def main():
    with open(sys.argv[1], encoding="utf-8") as file:
        POLICIES.extend(json.load(file))
    settings.configure(
        DEBUG=False,
        SECRET_KEY="differential-test",
        ALLOWED_HOSTS=["*"],
        ROOT_URLCONF=__name__,
        # No CsrfViewMiddleware: a POST without a token must reach the view.
        MIDDLEWARE=[__name__ + ".PolicyMiddleware", "corsheaders.middleware.CorsMiddleware"],
        INSTALLED_APPS=["corsheaders"],
    )
    django.setup()
    from django.core.wsgi import get_wsgi_application

    # Turns SIGTERM into a normal exit (status 0) instead of death by signal.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    server = make_server("127.0.0.1", 0, without_head_body(get_wsgi_application()),
                         server_class=Server, handler_class=QuietHandler)
    # make_server has bound and is listening: early connections wait in the backlog.
    print(server.server_port, flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
