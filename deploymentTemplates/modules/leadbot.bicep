// Everything LeadBot needs inside one resource group. Both entry templates (existing resource group and new
// resource group) deploy this module, so no resource is declared twice.

@description('Azure region of the regional resources (the Azure Bot itself is always global).')
param location string

@description('Prefix of the resource names that need not be globally unique.')
param baseName string

@description('Globally unique web app name.')
param appName string

@description('Globally unique Azure Bot handle.')
param botName string

@description('Globally unique PostgreSQL flexible server name.')
param postgresServerName string

@description('App Service plan SKU.')
param appServicePlanSku string

@description('Azure Bot pricing tier.')
param botSku string

@description('UserAssignedMSI or SingleTenant.')
param appType string

@description('SingleTenant: client id of the app registration. Ignored for UserAssignedMSI.')
param appId string

@description('SingleTenant: client secret of the app registration.')
@secure()
param appPassword string

@description('Microsoft Entra tenant of the bot identity.')
param tenantId string

@description('Origins of the website that embeds Web Chat.')
param websiteOrigins string[]

@description('Deploy Azure Database for PostgreSQL (true) or use SQLite on the app\'s /home share (false).')
param enableDatabase bool

@description('PostgreSQL administrator login.')
param postgresAdminLogin string

@description('PostgreSQL administrator password.')
@secure()
param postgresAdminPassword string

@description('PostgreSQL compute SKU.')
param postgresSkuName string

@description('PostgreSQL compute tier.')
param postgresSkuTier string

@description('API key of the sales system.')
@secure()
param salesApiKey string

@description('Teams channel id for qualified-lead posts.')
param teamsSalesChannelId string

@description('Startup command of the web app.')
param startupCommand string

var postgresDatabaseName = 'leadbot'
var appInsightsName = '${baseName}-insights'

module monitoring 'monitoring.bicep' = {
  name: 'leadbot-monitoring'
  params: {
    location: location
    logAnalyticsName: '${baseName}-logs'
    appInsightsName: appInsightsName
  }
}

module identity 'identity.bicep' = {
  name: 'leadbot-identity'
  params: {
    location: location
    identityName: '${baseName}-identity'
  }
}

module database 'postgres.bicep' = if (enableDatabase) {
  name: 'leadbot-postgres'
  params: {
    location: location
    serverName: postgresServerName
    databaseName: postgresDatabaseName
    administratorLogin: postgresAdminLogin
    administratorLoginPassword: postgresAdminPassword
    skuName: postgresSkuName
    skuTier: postgresSkuTier
  }
}

module webApp 'webApp.bicep' = {
  name: 'leadbot-webapp'
  params: {
    location: location
    appServicePlanName: '${baseName}-plan'
    appName: appName
    sku: appServicePlanSku
    identityResourceId: identity.outputs.resourceId
    startupCommand: startupCommand
  }
}

// The one place the bot's Microsoft App ID is chosen: the managed identity's client id (UserAssignedMSI) or the
// app registration's client id (SingleTenant). The app settings and the template output (which build-package.sh
// puts into the Teams manifest) read it back from the Azure Bot resource, so all three always agree.
var microsoftAppId = appType == 'UserAssignedMSI' ? identity.outputs.clientId : appId
var botTenantId = appType == 'UserAssignedMSI' ? identity.outputs.tenantId : tenantId

module bot 'bot.bicep' = {
  name: 'leadbot-bot'
  params: {
    botName: botName
    displayName: 'LeadBot'
    sku: botSku
    appType: appType
    msaAppId: microsoftAppId
    tenantId: botTenantId
    identityResourceId: identity.outputs.resourceId
    messagingEndpoint: 'https://${webApp.outputs.defaultHostName}/api/messages'
    trustedOrigins: union(websiteOrigins, ['https://${webApp.outputs.defaultHostName}'])
  }
}

module appSettings 'appSettings.bicep' = {
  name: 'leadbot-appsettings'
  params: {
    // Names are passed as deployment-time values (not module outputs) so What-If can predict the change.
    // The settings run after the bot (whose outputs they read, and which itself follows the web app) and,
    // through dependsOn, after Application Insights.
    appName: appName
    botName: botName
    directLineChannelName: 'DirectLineChannel'
    appInsightsName: appInsightsName
    appType: appType
    microsoftAppId: bot.outputs.msaAppId
    tenantId: bot.outputs.msaAppTenantId
    appPassword: appPassword
    enableDatabase: enableDatabase
    postgresHost: enableDatabase ? database!.outputs.fullyQualifiedDomainName : ''
    postgresDatabase: postgresDatabaseName
    postgresLogin: postgresAdminLogin
    postgresPassword: postgresAdminPassword
    salesApiKey: salesApiKey
    teamsSalesChannelId: teamsSalesChannelId
  }
  dependsOn: [
    monitoring
  ]
}

output microsoftAppId string = bot.outputs.msaAppId
output microsoftAppTenantId string = bot.outputs.msaAppTenantId
output appName string = appName
output botName string = botName
output publicBaseUrl string = 'https://${webApp.outputs.defaultHostName}'
output messagingEndpoint string = 'https://${webApp.outputs.defaultHostName}/api/messages'
