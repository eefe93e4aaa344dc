# usage: PYTHONPATH=/work/notes/debroot/usr/lib/python3/dist-packages /usr/bin/python3 server.py '<json settings>' [mw]
import json, sys
cfg = json.loads(sys.argv[1])
mw = sys.argv[2] if len(sys.argv) > 2 else 'cors'
import django
from django.conf import settings
MIDDLEWARE = ['corsheaders.middleware.CorsMiddleware']
if mw == 'startproject':
    MIDDLEWARE = ['django.middleware.security.SecurityMiddleware', 'corsheaders.middleware.CorsMiddleware',
                  'django.middleware.common.CommonMiddleware', 'django.middleware.csrf.CsrfViewMiddleware',
                  'django.middleware.clickjacking.XFrameOptionsMiddleware']
settings.configure(DEBUG=False, ALLOWED_HOSTS=['*'], ROOT_URLCONF=__name__, SECRET_KEY='x',
                   INSTALLED_APPS=['corsheaders'], MIDDLEWARE=MIDDLEWARE, **cfg)
django.setup()
from django.http import JsonResponse
from django.urls import re_path
def view(request):
    r = JsonResponse({"method": request.method, "path": request.path}, json_dumps_params={"separators": (",", ":")})
    r["X-Request-ID"] = "fixed-id"
    return r
urlpatterns = [re_path(r'^.*$', view)]
from django.core import checks
errs = checks.run_checks()
for e in errs: print("CHECK", e.id, e.msg, file=sys.stderr)
from django.core.servers.basehttp import ThreadedWSGIServer, WSGIRequestHandler
from django.core.wsgi import get_wsgi_application
import logging; logging.disable(logging.CRITICAL)
class Quiet(WSGIRequestHandler):
    def log_message(self, *a): pass
httpd = ThreadedWSGIServer(('127.0.0.1', 0), Quiet)
httpd.set_app(get_wsgi_application())
print(httpd.server_port, flush=True)
httpd.serve_forever()
