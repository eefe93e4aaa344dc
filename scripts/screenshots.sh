#!/usr/bin/env bash
# Takes the README's screenshots of the real window under Xvfb into docs/.
# Needs a build (scripts/build.sh) and xvfb (scripts/install-dependencies.sh --tests).
set -euo pipefail
cd "$(dirname "$0")/.."
app=build/bin/cors-playground
# Fresh settings, so no remembered window layout or policy changes the pictures.
XDG_CONFIG_HOME=$(mktemp -d)
export XDG_CONFIG_HOME

shot() {
    local output=$1
    shift
    xvfb-run -a -s "-screen 0 1366x768x24" "$app" --port 0 --screenshot "$output" "$@"
    echo "wrote $output"
}

shot docs/wildcard-with-credentials.png --policy docs/examples/wildcard-credentials.json \
    --origin http://localhost:5173 --credentials include --send
shot docs/preflight-sequence.png --policy docs/examples/preflighted-put.json \
    --origin http://localhost:3000 --method PUT --send --tab sequence
shot docs/manual-duplicate-allow-origin.png --policy docs/examples/duplicate-allow-origin.json \
    --origin http://localhost:3000 --send
shot docs/request-log.png --policy docs/examples/preflighted-put.json \
    --origin http://localhost:3000 --method PUT --send --tab log
shot docs/classroom-predict.png --scenario 05-trailing-slash --predict --zoom 120 --send
shot docs/classroom-high-contrast.png --scenario 13-duplicate-allow-origin --high-contrast --zoom 120 --send
