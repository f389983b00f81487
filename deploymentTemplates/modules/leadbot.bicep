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

@description('Globally unique Key Vault name.')
param keyVaultName string

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

@description('PostgreSQL (true, the default) or SQLite on the app\'s /home share (false: one instance, no slot, no autoscale).')
param enableDatabase bool

@description('PostgreSQL with a public endpoint (only from postgresAllowedIpRanges) instead of private access.')
param postgresPublicAccess bool

@description('Public access only: { name, start, end } address ranges allowed to reach PostgreSQL.')
param postgresAllowedIpRanges object[]

@description('Optional Entra group (object id) whose members may sign in to PostgreSQL as administrators.')
param postgresAdminGroupObjectId string

@description('Display name of that group.')
param postgresAdminGroupName string

@description('PostgreSQL compute SKU.')
param postgresSkuName string

@description('PostgreSQL compute tier.')
param postgresSkuTier string

@description('API key of the sales system.')
@secure()
param salesApiKey string

@description('Teams channel id for qualified-lead posts.')
param teamsSalesChannelId string

@description('Microsoft Entra tenant of the sales team in Teams.')
param teamsTenantId string

@description('Startup command of the web app.')
param startupCommand string

@description('Create the "staging" deployment slot (needs a Standard or higher plan and PostgreSQL).')
param enableStagingSlot bool

@description('Create the CPU autoscale rule (needs a Standard or higher plan and PostgreSQL).')
param enableAutoscale bool

@description('Autoscale: most instances.')
param autoscaleMaxInstances int

@description('Key Vault purge protection.')
param keyVaultPurgeProtection bool

var postgresDatabaseName = 'leadbot'
var appInsightsName = '${baseName}-insights'
var identityName = '${baseName}-identity'
// Basic plans have neither slots nor autoscale. SQLite is one file on one instance: a second instance, or a slot that
// swaps another /home in front of prospects, would split or lose leads.
var planScalesOut = !startsWith(appServicePlanSku, 'B')
var stagingSlot = enableStagingSlot && planScalesOut && enableDatabase
var autoscale = enableAutoscale && planScalesOut && enableDatabase
var privateDatabase = enableDatabase && !postgresPublicAccess

module monitoring 'monitoring.bicep' = {
  name: 'leadbot-monitoring'
  params: {
    location: location
    logAnalyticsName: '${baseName}-logs'
    appInsightsName: appInsightsName
  }
}

module workbook 'workbook.bicep' = {
  name: 'leadbot-workbook'
  params: {
    location: location
    appInsightsId: resourceId('Microsoft.Insights/components', appInsightsName)
    displayName: 'LeadBot: the first three charts'
  }
  dependsOn: [
    monitoring
  ]
}

module identity 'identity.bicep' = {
  name: 'leadbot-identity'
  params: {
    location: location
    identityName: identityName
  }
}

module network 'network.bicep' = if (privateDatabase) {
  name: 'leadbot-network'
  params: {
    location: location
    vnetName: '${baseName}-vnet'
    postgresServerName: postgresServerName
  }
}

module database 'postgres.bicep' = if (enableDatabase) {
  name: 'leadbot-postgres'
  params: {
    location: location
    serverName: postgresServerName
    databaseName: postgresDatabaseName
    skuName: postgresSkuName
    skuTier: postgresSkuTier
    tenantId: identity.outputs.tenantId
    // An Entra administrator is named by its object id, which exists only once the identity does: What-If cannot know it.
    #disable-next-line what-if-short-circuiting
    identityPrincipalId: identity.outputs.principalId
    identityName: identityName
    adminGroupObjectId: postgresAdminGroupObjectId
    adminGroupName: postgresAdminGroupName
    publicAccess: postgresPublicAccess
    allowedIpRanges: postgresAllowedIpRanges
    subnetId: privateDatabase ? network!.outputs.postgresSubnetId : ''
    // The DNS zone must be linked to the network before the server is created in it.
    privateDnsZoneId: privateDatabase ? network!.outputs.privateDnsZoneId : ''
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
    subnetId: privateDatabase ? network!.outputs.appSubnetId : ''
    enableStagingSlot: stagingSlot
    enableAutoscale: autoscale
    autoscaleMinInstances: 1
    autoscaleMaxInstances: autoscaleMaxInstances
  }
}

// The one place the bot's Microsoft App ID is chosen: the managed identity's client id (UserAssignedMSI) or the
// app registration's client id (SingleTenant). The app settings and the template output (which build-package.sh
// puts into the Teams manifest) read it back from the Azure Bot resource, so all three always agree.
var microsoftAppId = appType == 'UserAssignedMSI' ? identity.outputs.clientId : appId
var botTenantId = appType == 'UserAssignedMSI' ? identity.outputs.tenantId : tenantId
var trustedOrigins = union(websiteOrigins, ['https://${webApp.outputs.defaultHostName}'])

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
    trustedOrigins: trustedOrigins
  }
}

module keyVault 'keyVault.bicep' = {
  name: 'leadbot-keyvault'
  params: {
    location: location
    vaultName: keyVaultName
    tenantId: identity.outputs.tenantId
    readerPrincipalId: identity.outputs.principalId
    readerIdentityId: resourceId('Microsoft.ManagedIdentity/userAssignedIdentities', identityName)
    botName: botName
    directLineChannelName: 'DirectLineChannel'
    salesApiKey: salesApiKey
    appPassword: appType == 'SingleTenant' ? appPassword : ''
    enablePurgeProtection: keyVaultPurgeProtection
  }
  // The Direct Line key is read from the channel, which the bot module creates.
  dependsOn: [
    bot
  ]
}

module appSettings 'appSettings.bicep' = {
  name: 'leadbot-appsettings'
  params: {
    // Names are passed as deployment-time values (not module outputs) so What-If can predict the change.
    appName: appName
    hasStagingSlot: stagingSlot
    defaultHostName: webApp.outputs.defaultHostName
    appInsightsConnectionString: monitoring.outputs.appInsightsConnectionString
    appType: appType
    microsoftAppId: bot.outputs.msaAppId
    tenantId: bot.outputs.msaAppTenantId
    secretUris: keyVault.outputs.secretUris
    hasSalesApiKey: !empty(salesApiKey)
    enableDatabase: enableDatabase
    postgresHost: enableDatabase ? database!.outputs.fullyQualifiedDomainName : ''
    postgresDatabase: postgresDatabaseName
    postgresUser: identityName
    identityClientId: identity.outputs.clientId
    teamsSalesChannelId: teamsSalesChannelId
    teamsTenantId: teamsTenantId
    trustedOrigins: trustedOrigins
  }
}

output microsoftAppId string = bot.outputs.msaAppId
output microsoftAppTenantId string = bot.outputs.msaAppTenantId
output appName string = appName
output botName string = botName
output keyVaultName string = keyVault.outputs.vaultName
output publicBaseUrl string = 'https://${webApp.outputs.defaultHostName}'
output stagingUrl string = stagingSlot ? 'https://${webApp.outputs.stagingHostName}' : ''
output messagingEndpoint string = 'https://${webApp.outputs.defaultHostName}/api/messages'
output postgresServerName string = enableDatabase ? postgresServerName : ''
