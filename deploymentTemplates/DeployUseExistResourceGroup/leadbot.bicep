// LeadBot into an existing resource group:
//   az deployment group create --resource-group <rg> --template-file leadbot.bicep --parameters leadbot.bicepparam
// (or --template-file leadbot.json). See ../README.md.

targetScope = 'resourceGroup'

@description('Azure region of the regional resources. Defaults to the resource group\'s region.')
param location string = resourceGroup().location

@description('Prefix of the resource names that need not be globally unique (plan, identity, monitoring).')
@minLength(2)
@maxLength(20)
param baseName string = 'leadbot'

@description('Globally unique web app name; the bot is served at https://<appName>.azurewebsites.net. Empty: <baseName>-<hash of the resource group>.')
@maxLength(60)
param appName string = ''

@description('Globally unique Azure Bot handle. Empty: same as the web app name.')
@maxLength(64)
param botName string = ''

@description('Globally unique PostgreSQL flexible server name (used when enableDatabase is true). Empty: <web app name>-db.')
@maxLength(63)
param postgresServerName string = ''

@description('Globally unique Key Vault name (3-24 characters). Empty: kv-<hash>.')
@maxLength(24)
param keyVaultName string = ''

@description('Key Vault purge protection: deleted secrets and the vault stay recoverable for 90 days and cannot be purged early. Cannot be turned off once on.')
param keyVaultPurgeProtection bool = true

@description('App Service plan SKU (Linux). Always On needs Basic or higher, so the Free and Shared tiers are not offered; the staging slot and autoscale need Standard or higher (P0v3 is the smallest Premium v3).')
@allowed([
  'B1'
  'B2'
  'B3'
  'S1'
  'S2'
  'S3'
  'P0v3'
  'P1v3'
  'P2v3'
  'P3v3'
])
param appServicePlanSku string = 'P0v3'

@description('Azure Bot pricing tier. Teams and Direct Line are standard channels (free on both tiers).')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'S1'

@description('How the bot authenticates: UserAssignedMSI (the template\'s managed identity, no secret) or SingleTenant (your own Microsoft Entra app registration plus a client secret). Multi-tenant bots can no longer be created.')
@allowed([
  'UserAssignedMSI'
  'SingleTenant'
])
param appType string = 'UserAssignedMSI'

@description('SingleTenant only: client id of your Microsoft Entra app registration. Ignored for UserAssignedMSI (the managed identity\'s client id is used).')
param appId string = ''

@description('SingleTenant only: client secret of that app registration.')
@secure()
param appPassword string = ''

@description('Microsoft Entra tenant of the app registration (SingleTenant). Defaults to the tenant of the deployment.')
param tenantId string = tenant().tenantId

@description('Origins (scheme://host[:port]) of the company website that embeds Web Chat; they become the Direct Line trusted origins. The web app\'s own origin is always added.')
param websiteOrigins string[] = []

@description('true (default): Azure Database for PostgreSQL flexible server, Microsoft Entra sign-in with the managed identity, private access. false: SQLite at /home/data/leadbot.db with a rollback journal, one instance, no staging slot, no autoscale.')
param enableDatabase bool = true

@description('PostgreSQL reachable on a public endpoint (only from postgresAllowedIpRanges) instead of private access through the virtual network. Off unless you ask for it.')
param postgresPublicAccess bool = false

@description('With postgresPublicAccess only: address ranges allowed to connect, e.g. [{ name: \'app\', start: \'20.1.2.3\', end: \'20.1.2.3\' }] (the web app\'s outbound addresses). 0.0.0.0 ("allow all Azure services") is refused.')
param postgresAllowedIpRanges object[] = []

@description('Optional: object id of a Microsoft Entra group whose members may sign in to PostgreSQL as administrators (for people; the bot signs in as its managed identity).')
param postgresAdminGroupObjectId string = ''

@description('Display name of that Entra group (the PostgreSQL role name its members sign in with).')
param postgresAdminGroupName string = ''

@description('PostgreSQL compute SKU (enableDatabase only).')
param postgresSkuName string = 'Standard_B1ms'

@description('PostgreSQL compute tier matching postgresSkuName.')
@allowed([
  'Burstable'
  'GeneralPurpose'
  'MemoryOptimized'
])
param postgresSkuTier string = 'Burstable'

@description('API key of the sales system the bot hands qualified leads to.')
@secure()
param salesApiKey string = ''

@description('Id of the Teams channel the bot posts qualified leads to (19:...@thread.tacv2). May stay empty until the Teams app is installed.')
param teamsSalesChannelId string = ''

@description('Microsoft Entra tenant of the team that holds the sales channel; the bot answers only this tenant in Teams. Default: the tenant of this deployment.')
param teamsTenantId string = tenant().tenantId

@description('Startup command of the web app (the published entry assembly).')
param startupCommand string = 'dotnet LeadBot.Bot.dll'

@description('Create a "staging" slot to deploy to and swap from, so prospects never meet a cold start (Standard plans and higher, with PostgreSQL).')
param enableStagingSlot bool = true

@description('Create the example CPU autoscale rule (Standard plans and higher, with PostgreSQL).')
param enableAutoscale bool = true

@description('Autoscale: most instances.')
@minValue(1)
@maxValue(30)
param autoscaleMaxInstances int = 3

var webAppName = empty(appName) ? '${baseName}-${uniqueString(resourceGroup().id)}' : appName
var vaultName = empty(keyVaultName) ? 'kv-${uniqueString(resourceGroup().id)}' : keyVaultName

module leadbot '../modules/leadbot.bicep' = {
  name: 'leadbot'
  params: {
    location: location
    baseName: baseName
    appName: webAppName
    botName: empty(botName) ? webAppName : botName
    postgresServerName: empty(postgresServerName) ? '${webAppName}-db' : postgresServerName
    appServicePlanSku: appServicePlanSku
    botSku: botSku
    appType: appType
    appId: appId
    appPassword: appPassword
    tenantId: tenantId
    websiteOrigins: websiteOrigins
    enableDatabase: enableDatabase
    postgresPublicAccess: postgresPublicAccess
    postgresAllowedIpRanges: postgresAllowedIpRanges
    postgresAdminGroupObjectId: postgresAdminGroupObjectId
    postgresAdminGroupName: postgresAdminGroupName
    postgresSkuName: postgresSkuName
    postgresSkuTier: postgresSkuTier
    salesApiKey: salesApiKey
    teamsSalesChannelId: teamsSalesChannelId
    teamsTenantId: teamsTenantId
    startupCommand: startupCommand
    keyVaultName: vaultName
    keyVaultPurgeProtection: keyVaultPurgeProtection
    enableStagingSlot: enableStagingSlot
    enableAutoscale: enableAutoscale
    autoscaleMaxInstances: autoscaleMaxInstances
  }
}

@description('The bot\'s Microsoft App ID: pass it to teamsAppPackage/build-package.sh.')
output microsoftAppId string = leadbot.outputs.microsoftAppId
output microsoftAppTenantId string = leadbot.outputs.microsoftAppTenantId
output appName string = leadbot.outputs.appName
output botName string = leadbot.outputs.botName
output publicBaseUrl string = leadbot.outputs.publicBaseUrl
output stagingUrl string = leadbot.outputs.stagingUrl
output keyVaultName string = leadbot.outputs.keyVaultName
output postgresServerName string = leadbot.outputs.postgresServerName
output messagingEndpoint string = leadbot.outputs.messagingEndpoint
