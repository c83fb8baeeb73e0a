#!/usr/bin/env bash
# Node.js and npm (Debian's packages) and the npm packages of the web resources' tests (tests/WebResources:
# xrm-mock, sinon), which tests/CrmJourney.Solution.Tests runs through Node's test runner.
# Idempotent: installs Node only when it is missing, and the packages from package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq >/dev/null
  $SUDO apt-get install -y -qq nodejs npm >/dev/null
fi
(cd tests/WebResources && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
