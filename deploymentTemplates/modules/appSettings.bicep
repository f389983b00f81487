// The web app's application settings: exactly the configuration keys the bot binds (ASP.NET Core env-var form,
// ':' written as '__'), plus the App Service platform keys. Applied after the Azure Bot exists so that the
// Direct Line secret can be read from the channel (listChannelWithKeys) instead of being copied by hand.

@description('Name of the existing web app.')
param appName string

@description('Name of the existing Azure Bot.')
param botName string

@description('Name of the existing Direct Line channel resource of the bot.')
param directLineChannelName string

@description('Name of the existing Application Insights component.')
param appInsightsName string

@description('UserAssignedMSI or SingleTenant.')
param appType string

@description('The bot\'s Microsoft App ID.')
param microsoftAppId string

@description('Microsoft Entra tenant of the app id.')
param tenantId string

@description('Client secret of the app registration (SingleTenant only).')
@secure()
param appPassword string

@description('true: PostgreSQL flexible server; false: SQLite file on the app\'s persistent /home share.')
param enableDatabase bool

@description('Host name of the PostgreSQL server (enableDatabase only).')
param postgresHost string

@description('PostgreSQL database name (enableDatabase only).')
param postgresDatabase string

@description('PostgreSQL login (enableDatabase only).')
param postgresLogin string

@description('PostgreSQL password (enableDatabase only).')
@secure()
param postgresPassword string

@description('API key of the sales system.')
@secure()
param salesApiKey string

@description('Teams channel id the bot posts qualified leads to.')
param teamsSalesChannelId string

resource site 'Microsoft.Web/sites@2025-03-01' existing = {
  name: appName
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: appInsightsName
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' existing = {
  name: botName
}

resource directLine 'Microsoft.BotService/botServices/channels@2022-09-15' existing = {
  parent: bot
  name: directLineChannelName
}

var sqliteConnectionString = 'Data Source=/home/data/leadbot.db'
var postgresConnectionString = 'Host=${postgresHost};Port=5432;Database=${postgresDatabase};Username=${postgresLogin};Password=${postgresPassword};Ssl Mode=Require'

resource appSettings 'Microsoft.Web/sites/config@2025-03-01' = {
  parent: site
  name: 'appsettings'
  properties: {
    MicrosoftAppType: appType
    MicrosoftAppId: microsoftAppId
    MicrosoftAppTenantId: tenantId
    MicrosoftAppPassword: appType == 'SingleTenant' ? appPassword : ''
    ConnectionStrings__LeadBot: enableDatabase ? postgresConnectionString : sqliteConnectionString
    Storage__Provider: enableDatabase ? 'PostgreSQL' : 'Sqlite'
    DirectLine__Secret: directLine.listChannelWithKeys().setting.sites[0].key
    SalesApi__ApiKey: salesApiKey
    Teams__SalesChannelId: teamsSalesChannelId
    Bot__PublicBaseUrl: 'https://${site.properties.defaultHostName}'
    APPLICATIONINSIGHTS_CONNECTION_STRING: appInsights.properties.ConnectionString
    SCM_DO_BUILD_DURING_DEPLOYMENT: 'false'
  }
}
