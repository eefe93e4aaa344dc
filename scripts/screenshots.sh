#!/usr/bin/env bash
# Takes the README's screenshots of the real window under Xvfb into docs/.
# Needs a build (scripts/build.sh) and xvfb (scripts/install-dependencies.sh --tests).
set -euo pipefail
cd "$(dirname "$0")/.."
app=build/bin/cors-playground

# shot OUTPUT [--size WxH] APP-OPTIONS...: the window at that size (1366x768 by default), on a
# screen of the same size.
shot() {
    local output=$1 size=1366x768
    shift
    if [[ ${1:-} == --size ]]; then
        size=$2
        shift 2
    fi
    # Fresh settings for each picture: no window layout, zoom or policy remembered from the last.
    XDG_CONFIG_HOME=$(mktemp -d) xvfb-run -a -s "-screen 0 ${size}x24" "$app" --port 0 --demo-port 0 --window-size "$size" \
        --screenshot "$output" "$@"
    echo "wrote $output"
}

# The projector sizes issue 12 asks for: a 720p beamer at 100%, a 1080p one at 150%, and high
# contrast at 150%.
shot docs/projector-1280x720-100.png --size 1280x720 --scenario 04-custom-header-not-allowed --send
shot docs/projector-1920x1080-150.png --size 1920x1080 --zoom 150 \
    --scenario 04-custom-header-not-allowed --send
shot docs/projector-high-contrast-150.png --size 1920x1080 --zoom 150 --high-contrast \
    --scenario 05-trailing-slash --send

shot docs/wildcard-with-credentials.png --policy docs/examples/wildcard-credentials.json \
    --origin http://localhost:5173 --credentials include --send
shot docs/preflight-sequence.png --policy docs/examples/preflighted-put.json \
    --origin http://localhost:3000 --method PUT --send --tab sequence
shot docs/manual-duplicate-allow-origin.png --policy docs/examples/duplicate-allow-origin.json \
    --origin http://localhost:3000 --send
shot docs/request-log.png --policy docs/examples/preflighted-put.json \
    --origin http://localhost:3000 --method PUT --send --tab log
shot docs/classroom-predict.png --scenario 05-trailing-slash --predict --zoom 120 --send

shot docs/compare-frameworks.png --policy docs/examples/flask-cors-credentials.json \
    --origin http://localhost:3000 --method PUT --credentials include --tab compare
shot docs/express-options.png --policy docs/examples/express-fixed-origin.json \
    --origin http://localhost:3000 --send
