#!/usr/bin/env bash
# Installs what CORS Playground needs on Debian 12. With --tests, also what the test suite
# needs (the real Starlette for the differential test, Xvfb for screenshots, clang and its
# libFuzzer runtime for the fuzz targets). With --bench, what bench/ compares against.
set -euo pipefail

packages=(
    cmake ninja-build g++
    qt6-base-dev qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n libgl-dev
)
if [[ "${1:-}" == "--tests" ]]; then
    packages+=(python3 python3-starlette python3-uvicorn python3-fastapi python3-flask-cors python3-django-cors-headers nginx-light
              nodejs chromium firefox-esr xvfb xauth openssl clang libclang-rt-14-dev)
    # Some images ship a nodejs that includes npm; Debian's npm package would conflict with it.
    command -v npm >/dev/null 2>&1 || packages+=(npm)
fi
if [[ "${1:-}" == "--bench" ]]; then
    packages+=(wrk python3 python3-starlette python3-uvicorn python3-uvloop python3-httptools
              nginx-light nodejs xvfb xauth curl
              valgrind)
    command -v npm >/dev/null 2>&1 || packages+=(npm)
fi

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
        || missing+=("$package")
done
if ((${#missing[@]} == 0)); then
    exit 0
fi

sudo=()
if ((EUID != 0)); then
    sudo=(sudo)
fi
echo "Installing: ${missing[*]}"
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq \
    "${missing[@]}"
