// LeadBot into a new resource group (subscription scope: creates the group, then deploys into it):
//   az deployment sub create --location <region> --template-file leadbot-new-rg.bicep --parameters leadbot-new-rg.bicepparam
// (or --template-file leadbot-new-rg.json). See ../README.md.

targetScope = 'subscription'

@description('Name of the resource group to create.')
@minLength(1)
@maxLength(90)
param resourceGroupName string

@description('Azure region of the resource group and the regional resources. Defaults to the deployment\'s --location.')
param location string = deployment().location

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

@description('App Service plan SKU (Linux). Always On needs Basic or higher, so the Free and Shared tiers are not offered.')
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
param appServicePlanSku string = 'B1'

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

@description('true: create an Azure Database for PostgreSQL flexible server and use it; false: SQLite at /home/data/leadbot.db on the web app.')
param enableDatabase bool = false

@description('PostgreSQL administrator login (enableDatabase only).')
param postgresAdminLogin string = 'leadbot'

@description('PostgreSQL administrator password (enableDatabase only; required then). Avoid ; and quotes, it goes into a connection string.')
@secure()
param postgresAdminPassword string = ''

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

@description('Startup command of the web app (the published entry assembly).')
param startupCommand string = 'dotnet LeadBot.Bot.dll'

var webAppName = empty(appName) ? '${baseName}-${uniqueString(subscription().id, resourceGroupName)}' : appName

resource group 'Microsoft.Resources/resourceGroups@2025-04-01' = {
  name: resourceGroupName
  location: location
}

module leadbot '../modules/leadbot.bicep' = {
  name: 'leadbot'
  scope: group
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
    postgresAdminLogin: postgresAdminLogin
    postgresAdminPassword: postgresAdminPassword
    postgresSkuName: postgresSkuName
    postgresSkuTier: postgresSkuTier
    salesApiKey: salesApiKey
    teamsSalesChannelId: teamsSalesChannelId
    startupCommand: startupCommand
  }
}

@description('The bot\'s Microsoft App ID: pass it to teamsAppPackage/build-package.sh.')
output microsoftAppId string = leadbot.outputs.microsoftAppId
output microsoftAppTenantId string = leadbot.outputs.microsoftAppTenantId
output appName string = leadbot.outputs.appName
output botName string = leadbot.outputs.botName
output publicBaseUrl string = leadbot.outputs.publicBaseUrl
output messagingEndpoint string = leadbot.outputs.messagingEndpoint
output resourceGroupName string = group.name
