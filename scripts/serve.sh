#!/usr/bin/env bash
# Serves the app at http://127.0.0.1:8080, rebuilding when a file changes.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
source scripts/env.sh
exec trunk serve --offline "$@"
