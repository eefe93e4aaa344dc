#!/usr/bin/python3
"""The real Starlette CORSMiddleware, for the differential test.

Usage: starlette_server.py POLICIES.json

POLICIES.json holds a JSON list of policies in the playground's format. A request to
/policy/N/... goes through a CORSMiddleware built from policy N, in front of an app that
answers like the playground's endpoint. The first line on stdout is the port (loopback only).
"""
import json
import socket
import sys

import uvicorn
from starlette.middleware.cors import CORSMiddleware


async def endpoint(scope, receive, send):
    body = json.dumps(
        {"method": scope["method"], "path": scope["path"]}, separators=(",", ":")
    ).encode()
    await send(
        {
            "type": "http.response.start",
            "status": 200,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


def middleware_for(policy):
    return CORSMiddleware(
        endpoint,
        allow_origins=policy["allow_origins"],
        allow_origin_regex=policy["allow_origin_regex"] or None,
        allow_methods=policy["allow_methods"],
        allow_headers=policy["allow_headers"],
        allow_credentials=policy["allow_credentials"],
        expose_headers=policy["expose_headers"],
        max_age=policy["max_age"],
    )


class Dispatcher:
    def __init__(self, apps):
        self.apps = apps

    async def __call__(self, scope, receive, send):
        # "/policy/N/rest" -> ["", "policy", "N", "rest"]
        index = int(scope["path"].split("/", 3)[2])
        await self.apps[index](scope, receive, send)


def main():
    with open(sys.argv[1], encoding="utf-8") as file:
        policies = json.load(file)
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    # Listening before the port is announced: early connections wait in the backlog.
    listener.listen(128)
    print(listener.getsockname()[1], flush=True)
    config = uvicorn.Config(
        Dispatcher([middleware_for(policy) for policy in policies]),
        log_level="warning",
        lifespan="off",
    )
    uvicorn.Server(config).run(sockets=[listener])


if __name__ == "__main__":
    main()
