#!/usr/bin/env bash
# Headless Chromium for the journey report's end-to-end test (tests/CrmJourney.Cli.Tests).
# Idempotent and quiet: does nothing when /usr/bin/chromium is already there.
set -euo pipefail
[ -x /usr/bin/chromium ] && exit 0
export DEBIAN_FRONTEND=noninteractive
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
$SUDO apt-get update -qq >/dev/null
$SUDO apt-get install -y -qq chromium >/dev/null
