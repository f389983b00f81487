#!/usr/bin/env bash
# Build the Teams app package (leadbot-teams.zip) for one deployment of LeadBot.
#
#   ./build-package.sh APP_ID [BOT_DOMAIN]
#
# APP_ID      the bot's Microsoft App ID: the output `microsoftAppId` of the deployment (the managed identity's
#             client id for UserAssignedMSI, your app registration's client id for SingleTenant). It becomes both
#             the Teams app id and bots[0].botId.
# BOT_DOMAIN  host name of the web app, e.g. leadbot-abc123.azurewebsites.net (the deployment's `publicBaseUrl`
#             without https://). Goes into validDomains and is the default for the developer URLs: the bot serves
#             the privacy statement and terms of use of the Teams app at /privacy and /terms.
#             Required unless LEADBOT_PRIVACY_URL and LEADBOT_TERMS_URL are both given.
#
# Optional environment variables for the developer block of the manifest:
#   LEADBOT_DEVELOPER_NAME, LEADBOT_WEBSITE_URL, LEADBOT_PRIVACY_URL, LEADBOT_TERMS_URL
#   LEADBOT_PACKAGE_OUT (default: leadbot-teams.zip next to this script)
# The package holds manifest.json, the icons and the German localization de-de.json.
#
# Needs python3; uses `zip` when present, else `python3 -m zipfile`.
set -euo pipefail

if [[ $# -lt 1 || $# -gt 2 ]]; then
  echo "usage: $0 APP_ID [BOT_DOMAIN]" >&2
  exit 2
fi

app_id="$1"
bot_domain="${2:-}"
guid_re='^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'
if [[ ! "$app_id" =~ $guid_re ]]; then
  echo "APP_ID must be a GUID (the deployment output microsoftAppId), got: $app_id" >&2
  exit 2
fi
bot_domain="${bot_domain#https://}"
bot_domain="${bot_domain%%/*}"
if [[ -z "$bot_domain" && ( -z "${LEADBOT_PRIVACY_URL:-}" || -z "${LEADBOT_TERMS_URL:-}" ) ]]; then
  echo "Give BOT_DOMAIN (the bot serves /privacy and /terms) or both LEADBOT_PRIVACY_URL and LEADBOT_TERMS_URL." >&2
  exit 2
fi

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="${LEADBOT_PACKAGE_OUT:-$here/leadbot-teams.zip}"
site="${bot_domain:+https://$bot_domain}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

LEADBOT_APP_ID="$app_id" \
LEADBOT_BOT_DOMAIN="$bot_domain" \
LEADBOT_DEVELOPER_NAME="${LEADBOT_DEVELOPER_NAME:-LeadBot}" \
LEADBOT_WEBSITE_URL="${LEADBOT_WEBSITE_URL:-${site:-https://www.example.com}}" \
LEADBOT_PRIVACY_URL="${LEADBOT_PRIVACY_URL:-${site:-https://www.example.com}/privacy}" \
LEADBOT_TERMS_URL="${LEADBOT_TERMS_URL:-${site:-https://www.example.com}/terms}" \
python3 - "$here/manifest.json" "$work/manifest.json" <<'PY'
import json, os, sys

source, target = sys.argv[1], sys.argv[2]
values = {
    "{{MICROSOFT_APP_ID}}": os.environ["LEADBOT_APP_ID"],
    "{{BOT_DOMAIN}}": os.environ["LEADBOT_BOT_DOMAIN"],
    "{{DEVELOPER_NAME}}": os.environ["LEADBOT_DEVELOPER_NAME"],
    "{{DEVELOPER_WEBSITE_URL}}": os.environ["LEADBOT_WEBSITE_URL"],
    "{{DEVELOPER_PRIVACY_URL}}": os.environ["LEADBOT_PRIVACY_URL"],
    "{{DEVELOPER_TERMS_URL}}": os.environ["LEADBOT_TERMS_URL"],
}

def substitute(node):
    if isinstance(node, dict):
        return {k: substitute(v) for k, v in node.items()}
    if isinstance(node, list):
        return [substitute(v) for v in node]
    if isinstance(node, str):
        for placeholder, value in values.items():
            node = node.replace(placeholder, value)
    return node

with open(source, encoding="utf-8") as f:
    manifest = substitute(json.load(f))
# Without a domain there is nothing to list: validDomains is optional for a bot-only app.
manifest["validDomains"] = [d for d in manifest.get("validDomains", []) if d]
text = json.dumps(manifest, indent=2, ensure_ascii=False) + "\n"
if "{{" in text:
    sys.exit("manifest.json still contains a {{placeholder}}")
with open(target, "w", encoding="utf-8") as f:
    f.write(text)
PY

cp "$here/color.png" "$here/outline.png" "$here/de-de.json" "$work/"
rm -f "$out"
if command -v zip >/dev/null 2>&1; then
  (cd "$work" && zip -q -X "$out" manifest.json color.png outline.png de-de.json)
else
  (cd "$work" && python3 -m zipfile -c "$out" manifest.json color.png outline.png de-de.json)
fi
echo "$out"
