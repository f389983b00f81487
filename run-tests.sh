#!/usr/bin/env bash
# Runs every LeadBot test. On a fresh Debian machine it first installs what the tests drive for real: Chromium (Web Chat
# and the Adaptive Card renderer in a headless browser) and PostgreSQL (the second storage provider). The tests start
# their own throwaway servers; nothing here is left running.
set -euo pipefail
cd "$(dirname "$0")"

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
if ! command -v initdb >/dev/null 2>&1 && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  need+=(postgresql)
fi
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing ${need[*]} from Debian's packages..."
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
log=$(mktemp)
# Build the bot first, so its Web Chat install (npm ci in bot/ClientApp) is done before the test projects build and run in
# parallel: the bench tests publish the bot, and two npm ci in one folder at the same time break each other.
dotnet build bot/LeadBot.Bot.csproj -v q -nologo >/dev/null || { echo "building the bot failed"; dotnet build bot/LeadBot.Bot.csproj -nologo; exit 1; }
set +e
dotnet test LeadBot.sln "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# One plain line with the totals of every test assembly, so a run that executed no test cannot pass unnoticed.
python3 - "$log" <<'PY'
import re, sys
passed = failed = 0
for line in open(sys.argv[1], encoding="utf-8", errors="replace"):
    m = re.search(r"(Passed|Failed)!\s+-\s+Failed:\s+(\d+),\s+Passed:\s+(\d+)", line)
    if m:
        failed += int(m.group(2)); passed += int(m.group(3))
print(f"{passed} passed, {failed} failed")
sys.exit(1 if passed == 0 else 0)
PY
summary=$?
set -e
rm -f "$log"
[ "$status" -eq 0 ] && [ "$summary" -eq 0 ]
