#!/usr/bin/env bash
# Checks a LeadBot deployment right after `az deployment group create` (or `az deployment sub create`):
#   1. GET /healthz answers 200 "Healthy" (the app started, migrated and reaches its database);
#   2. POST /api/messages without a Bot Framework token is refused with 401 (authentication is on; a channel's real
#      token is accepted by the same code path);
#   3. the Azure Bot points at this app, and its Microsoft Teams and Direct Line channels are there and enabled;
#   4. every Key Vault reference in the app settings resolved.
# Then it prints what to do next.
#
#   deploymentTemplates/smoke-test.sh --resource-group rg-leadbot [--deployment leadbot] [--slot staging]
#   deploymentTemplates/smoke-test.sh --url https://leadbot-xyz.azurewebsites.net --skip-azure   # steps 1-2 only
#
# Needs bash, curl and (without --skip-azure) the Azure CLI, signed in. Exit code 0 when every check passed.
set -euo pipefail

resource_group=""
deployment="leadbot"
subscription_scope=false
base_url=""
slot=""
skip_azure=false
timeout_seconds=300

usage() {
  sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
}

while [ $# -gt 0 ]; do
  case "$1" in
    --resource-group|-g) resource_group="$2"; shift 2 ;;
    --deployment|-n) deployment="$2"; shift 2 ;;
    --subscription-deployment) subscription_scope=true; shift ;;
    --url) base_url="${2%/}"; shift 2 ;;
    --slot) slot="$2"; shift 2 ;;
    --skip-azure) skip_azure=true; shift ;;
    --timeout) timeout_seconds="$2"; shift 2 ;;
    --help|-h) usage ;;
    *) echo "Unknown argument: $1" >&2; usage ;;
  esac
done

failures=0
pass() { printf '  ok    %s\n' "$1"; }
fail() { printf '  FAIL  %s\n' "$1"; failures=$((failures + 1)); }

output() {
  # A deployment output by name (empty when absent).
  if [ "$subscription_scope" = true ]; then
    az deployment sub show --name "$deployment" --query "properties.outputs.$1.value" -o tsv 2>/dev/null || true
  else
    az deployment group show --name "$deployment" --resource-group "$resource_group" --query "properties.outputs.$1.value" -o tsv 2>/dev/null || true
  fi
}

app_name=""
bot_name=""
if [ "$skip_azure" = false ]; then
  command -v az >/dev/null 2>&1 || { echo "The Azure CLI (az) is needed; or pass --url ... --skip-azure." >&2; exit 2; }
  if [ "$subscription_scope" = true ]; then
    resource_group=$(output resourceGroupName)
  fi
  [ -n "$resource_group" ] || { echo "--resource-group is required." >&2; exit 2; }
  app_name=$(output appName)
  bot_name=$(output botName)
  [ -n "$app_name" ] || { echo "Deployment '$deployment' in '$resource_group' has no appName output: did it succeed?" >&2; exit 2; }
  if [ -z "$base_url" ]; then
    if [ -n "$slot" ]; then
      base_url=$(output stagingUrl)
    else
      base_url=$(output publicBaseUrl)
    fi
  fi
fi
[ -n "$base_url" ] || { echo "No URL: pass --url or a deployment to read it from." >&2; exit 2; }

echo "LeadBot smoke test of $base_url"

# 1. Health: a fresh deployment may still be starting (and migrating), so wait for it.
echo "1. Health"
deadline=$((SECONDS + timeout_seconds))
health=""
status=0
while :; do
  status=$(curl -sS -o /tmp/leadbot-smoke-health.$$ -w '%{http_code}' --max-time 30 "$base_url/healthz" 2>/dev/null || echo 000)
  health=$(cat /tmp/leadbot-smoke-health.$$ 2>/dev/null || true)
  if [ "$status" = 200 ] || [ $SECONDS -ge $deadline ]; then
    break
  fi
  # Every 5 s, but never past the deadline: the last try is at the deadline, not up to 5 s after it.
  remaining=$((deadline - SECONDS))
  sleep $((remaining < 5 ? remaining : 5))
done
rm -f /tmp/leadbot-smoke-health.$$
if [ "$status" = 200 ] && printf '%s' "$health" | grep -q '"status":"Healthy"'; then
  pass "/healthz 200 Healthy"
else
  fail "/healthz answered $status: $health"
fi

# 2. Messaging endpoint: an activity without a token must be refused.
echo "2. Messaging endpoint"
activity='{"type":"message","id":"smoke-1","channelId":"smoke","serviceUrl":"https://smoke.invalid/","conversation":{"id":"smoke-test"},"from":{"id":"smoke-user"},"recipient":{"id":"bot"},"text":"smoke test"}'
status=$(curl -sS -o /dev/null -w '%{http_code}' --max-time 30 -X POST -H 'Content-Type: application/json' --data "$activity" "$base_url/api/messages" 2>/dev/null || echo 000)
if [ "$status" = 401 ]; then
  pass "/api/messages refuses an activity without a Bot Framework token (401)"
else
  fail "/api/messages answered $status without a token (expected 401: is MicrosoftAppId set?)"
fi
status=$(curl -sS -o /dev/null -w '%{http_code}' --max-time 30 -X POST -H 'Content-Type: application/json' -H 'Authorization: Bearer not-a-token' --data "$activity" "$base_url/api/messages" 2>/dev/null || echo 000)
if [ "$status" = 401 ]; then
  pass "/api/messages refuses a forged token (401)"
else
  fail "/api/messages answered $status with a forged token (expected 401)"
fi

# 3./4. The Azure side: bot registration, channels, Key Vault references.
if [ "$skip_azure" = false ]; then
  echo "3. Azure Bot and channels"
  endpoint=$(az bot show --resource-group "$resource_group" --name "$bot_name" --query properties.endpoint -o tsv 2>/dev/null || true)
  expected=$(output messagingEndpoint)
  if [ -n "$endpoint" ] && [ "$endpoint" = "$expected" ]; then
    pass "Azure Bot $bot_name sends to $endpoint"
  else
    fail "Azure Bot $bot_name endpoint is '$endpoint', expected '$expected'"
  fi
  teams=$(az bot msteams show --resource-group "$resource_group" --name "$bot_name" --query properties.properties.isEnabled -o tsv 2>/dev/null || true)
  if [ "$teams" = true ]; then pass "Microsoft Teams channel enabled"; else fail "Microsoft Teams channel missing or disabled"; fi
  directline=$(az bot directline show --resource-group "$resource_group" --name "$bot_name" --query 'properties.properties.sites[0].isEnabled' -o tsv 2>/dev/null || true)
  if [ "$directline" = true ]; then pass "Direct Line channel enabled"; else fail "Direct Line channel missing or disabled"; fi

  echo "4. Key Vault references"
  site_id=$(az webapp show --resource-group "$resource_group" --name "$app_name" ${slot:+--slot "$slot"} --query id -o tsv)
  unresolved=$(az rest --method get --url "$site_id/config/configreferences/appsettings?api-version=2024-11-01" \
    --query "value[?properties.status!='Resolved'].name" -o tsv 2>/dev/null || echo "(could not read)")
  if [ -z "$unresolved" ]; then
    pass "every Key Vault reference resolved"
  else
    fail "Key Vault references not resolved: $unresolved (role assignment still propagating? restart the app in a few minutes)"
  fi
fi

echo
if [ "$failures" -gt 0 ]; then
  echo "$failures check(s) failed. Logs: az webapp log tail --resource-group ${resource_group:-<rg>} --name ${app_name:-<app>}"
  exit 1
fi

echo "All checks passed. Next:"
if [ -n "$slot" ]; then
  echo "  - swap the warmed-up slot in:  az webapp deployment slot swap --resource-group $resource_group --name $app_name --slot $slot --target-slot production"
fi
echo "  - Teams: build the app package   deploymentTemplates/teamsAppPackage/build-package.sh \"\$(az deployment group show -g ${resource_group:-<rg>} -n $deployment --query properties.outputs.microsoftAppId.value -o tsv)\" \"${base_url#https://}\""
echo "    and upload it (Teams admin center > Teams apps > Manage apps > Upload), add the app to the sales team,"
echo "    then set teamsSalesChannelId and redeploy."
echo "  - Website: open $base_url/ and chat; embed the snippet from $base_url/embed on your site (its origin must be in websiteOrigins)."
echo "  - Watch: Azure portal > Application Insights > Workbooks > 'LeadBot: the first three charts'."
