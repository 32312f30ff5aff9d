#!/usr/bin/env bash
# Serves the app at http://127.0.0.1:8080 (or the port given with --port), rebuilding when a
# file changes. Says what it is doing while it builds, and stops with an error, never silently,
# if the server does not start or stops.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh

port=8080
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  case "${args[$i]}" in
    --port) port="${args[$((i + 1))]:-$port}" ;;
    --port=*) port="${args[$i]#--port=}" ;;
  esac
done
url="http://127.0.0.1:$port/"

printf '\n== building the guide, then serving it at %s\n' "$url"
printf '   (a first build compiles the app natively and to wasm: several minutes on 2 cores;\n'
printf '   Trunk prints each step below)\n\n'
trunk serve --offline "$@" &
trunk_pid=$!
stopping=0
stop() { stopping=1; kill "$trunk_pid" 2>/dev/null || true; }
trap stop INT TERM
trap 'kill "$trunk_pid" 2>/dev/null || true' EXIT

answers() {
  node -e "fetch(process.argv[1]).then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))" "$url"
}

started=$SECONDS
until answers; do
  [ "$stopping" = 1 ] && exit 130
  if ! kill -0 "$trunk_pid" 2>/dev/null; then
    status=0
    wait "$trunk_pid" || status=$?
    printf '\nERROR: Trunk stopped (exit status %s) before the guide could be served.\n' "$status" >&2
    printf 'Its last messages are above. Run scripts/serve.sh again; if it stops again, run\n' >&2
    printf '"source scripts/env.sh && trunk build --offline" to see the build on its own.\n' >&2
    exit 1
  fi
  sleep 2
done
printf '\n== the guide is being served at %s (built in %d s); Ctrl-C stops it\n\n' "$url" "$((SECONDS - started))"

status=0
wait "$trunk_pid" || status=$?
# wait returns early when Ctrl-C runs the trap; let Trunk finish stopping.
wait "$trunk_pid" 2>/dev/null || true
[ "$stopping" = 1 ] && exit 0
printf '\nERROR: the server stopped (exit status %s). Its last messages are above.\n' "$status" >&2
exit 1
