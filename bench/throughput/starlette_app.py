"""Starlette + CORSMiddleware with the benchmark's policy, served by uvicorn (see throughput.sh)."""
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.responses import JSONResponse
from starlette.routing import Route


async def root(request):
    return JSONResponse({"ok": True})


app = Starlette(
    routes=[Route("/", root)],
    middleware=[
        Middleware(
            CORSMiddleware,
            allow_origins=["https://app.example"],
            allow_methods=["GET", "POST", "PUT", "DELETE"],
            allow_headers=["X-API-Key", "Content-Type"],
            allow_credentials=True,
            expose_headers=["X-Request-ID"],
            max_age=600,
        )
    ],
)
