// The web app's application settings (production and staging slot): exactly the configuration keys the bot binds
// (ASP.NET Core environment-variable form, ':' written as '__'), plus the App Service platform keys. Secrets are Key
// Vault references, resolved by App Service with the app's managed identity; no secret value is written here.
//
// How settings are managed: the keys below belong to the template and are set on every deployment (change them through
// the template's parameters, not in the portal). Every other key, e.g. one added in the portal or with
// `az webapp config appsettings set`, is read back from the app and kept: a deployment no longer wipes it.

@description('Name of the existing web app.')
param appName string

@description('Whether the web app has a "staging" slot that gets the same settings.')
param hasStagingSlot bool

@description('The web app\'s public host name (<app>.azurewebsites.net).')
param defaultHostName string

@description('Connection string of the Application Insights component.')
param appInsightsConnectionString string

@description('UserAssignedMSI or SingleTenant.')
param appType string

@description('The bot\'s Microsoft App ID.')
param microsoftAppId string

@description('Microsoft Entra tenant of the app id.')
param tenantId string

@description('Versionless Key Vault URIs of the secrets: directLine, salesApiKey, microsoftAppPassword.')
param secretUris object

@description('Whether a sales API key was stored in Key Vault (otherwise the sales API stays off).')
param hasSalesApiKey bool

@description('true: PostgreSQL flexible server with Microsoft Entra sign-in; false: SQLite file on the app\'s /home share.')
param enableDatabase bool

@description('Host name of the PostgreSQL server (enableDatabase only).')
param postgresHost string

@description('PostgreSQL database name (enableDatabase only).')
param postgresDatabase string

@description('Name of the managed identity, the PostgreSQL user the bot signs in as (enableDatabase only).')
param postgresUser string

@description('Client id of the managed identity that signs in to PostgreSQL.')
param identityClientId string

@description('Teams channel id the bot posts qualified leads to.')
param teamsSalesChannelId string

@description('Microsoft Entra tenant of the sales team in Teams (the bot answers only this tenant in Teams).')
param teamsTenantId string

@description('Origins allowed to embed the chat (DirectLine:TrustedOrigins).')
param trustedOrigins string[]

resource site 'Microsoft.Web/sites@2025-03-01' existing = {
  name: appName
}

resource staging 'Microsoft.Web/sites/slots@2025-03-01' existing = {
  parent: site
  name: 'staging'
}


// SQLite on App Service's /home, a network share: a rollback journal (the bot refuses WAL there), one instance.
var sqliteConnectionString = 'Data Source=/home/data/leadbot.db'
// No password: the bot signs in with an Entra token of the identity (Storage:PostgreSqlAuthentication=MicrosoftEntra).
var postgresConnectionString = 'Host=${postgresHost};Port=5432;Database=${postgresDatabase};Username=${postgresUser};Ssl Mode=VerifyFull'

var botSettings = {
  MicrosoftAppType: appType
  MicrosoftAppId: microsoftAppId
  MicrosoftAppTenantId: tenantId
  MicrosoftAppPassword: appType == 'SingleTenant' ? '@Microsoft.KeyVault(SecretUri=${secretUris.microsoftAppPassword})' : ''
  ConnectionStrings__LeadBot: enableDatabase ? postgresConnectionString : sqliteConnectionString
  Storage__Provider: enableDatabase ? 'PostgreSQL' : 'Sqlite'
  Storage__PostgreSqlAuthentication: enableDatabase ? 'MicrosoftEntra' : 'Password'
  Storage__ManagedIdentityClientId: enableDatabase ? identityClientId : ''
  Storage__SqliteJournalMode: enableDatabase ? 'Wal' : 'Delete'
  DirectLine__Secret: '@Microsoft.KeyVault(SecretUri=${secretUris.directLine})'
  SalesApi__ApiKey: hasSalesApiKey ? '@Microsoft.KeyVault(SecretUri=${secretUris.salesApiKey})' : ''
  Teams__SalesChannelId: teamsSalesChannelId
  // The bot requires the tenant together with the channel, so no other tenant's team gets its cards.
  Teams__TenantId: empty(teamsSalesChannelId) ? '' : teamsTenantId
  Bot__PublicBaseUrl: 'https://${defaultHostName}'
  APPLICATIONINSIGHTS_CONNECTION_STRING: appInsightsConnectionString
  SCM_DO_BUILD_DURING_DEPLOYMENT: 'false'
  // The runtime's gen0 budget: with the concurrent workstation GC it stays at a few MB, so a busy bot collects many times
  // a second and most objects of turns in flight survive into gen1. The runtime reads this only from the environment.
  DOTNET_GCgen0size: '0x1000000'
}

// DirectLine:TrustedOrigins is a list: one numbered key per origin.
var originsPrefix = 'DirectLine__TrustedOrigins__'
var originSettings = toObject(range(0, length(trustedOrigins)), i => '${originsPrefix}${i}', i => trustedOrigins[i])

resource appSettings 'Microsoft.Web/sites/config@2025-03-01' = {
  parent: site
  name: 'appsettings'
  // Keys added outside the template survive; numbered origins are the template's (a removed origin must go).
  properties: union(
    toObject(filter(items(list('${site.id}/config/appsettings', '2025-03-01').properties), s => !startsWith(s.key, originsPrefix)), s => s.key, s => s.value),
    botSettings,
    originSettings
  )
}

resource stagingSettings 'Microsoft.Web/sites/slots/config@2025-03-01' = if (hasStagingSlot) {
  parent: staging
  name: 'appsettings'
  properties: union(
    toObject(filter(items(list('${staging.id}/config/appsettings', '2025-03-01').properties), s => !startsWith(s.key, originsPrefix)), s => s.key, s => s.value),
    botSettings,
    originSettings
  )
}
