// The Azure Bot registration with its Microsoft Teams and Direct Line channels.

@description('Globally unique bot handle.')
param botName string

@description('Display name shown in the Azure portal and channels.')
param displayName string

@description('Azure Bot pricing tier. Teams and Direct Line are standard channels.')
param sku string

@description('UserAssignedMSI or SingleTenant.')
param appType string

@description('The bot\'s Microsoft App ID: the managed identity\'s client id (UserAssignedMSI) or the app registration\'s client id (SingleTenant).')
param msaAppId string

@description('Microsoft Entra tenant of the app id.')
param tenantId string

@description('Resource id of the user-assigned managed identity (used with UserAssignedMSI only).')
param identityResourceId string

@description('Messaging endpoint, https://<app>.azurewebsites.net/api/messages.')
param messagingEndpoint string

@description('Origins allowed to use Direct Line tokens (enhanced authentication).')
param trustedOrigins string[]

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botName
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: sku
  }
  properties: {
    displayName: displayName
    endpoint: messagingEndpoint
    msaAppType: appType
    msaAppId: msaAppId
    msaAppTenantId: tenantId
    msaAppMSIResourceId: appType == 'UserAssignedMSI' ? identityResourceId : null
    schemaTransformationVersion: '1.3'
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      deploymentEnvironment: 'CommercialDeployment'
      acceptedTerms: true
    }
  }
}

resource directLine 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'DirectLineChannel'
  location: 'global'
  properties: {
    channelName: 'DirectLineChannel'
    properties: {
      sites: [
        {
          siteName: 'Website'
          isEnabled: true
          isV1Enabled: false
          isV3Enabled: true
          isSecureSiteEnabled: true
          isBlockUserUploadEnabled: false
          trustedOrigins: trustedOrigins
        }
      ]
    }
  }
}

output name string = bot.name
@description('The Microsoft App ID the Azure Bot is registered with (MicrosoftAppId, the Teams manifest\'s bot id).')
output msaAppId string = bot.properties.msaAppId
output msaAppTenantId string = bot.properties.msaAppTenantId!
output directLineChannelName string = directLine.name
output teamsChannelName string = teams.name
