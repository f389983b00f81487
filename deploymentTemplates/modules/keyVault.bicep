// Key Vault for the secrets the bot cannot replace with a managed identity: the Direct Line secret (read from the
// channel at deployment time), the sales API key and, for SingleTenant bots, the client secret. The vault uses Azure
// RBAC; the web app's managed identity may only read secret values (Key Vault Secrets User), and the app settings
// hold Key Vault references, never the values.

@description('Azure region of the vault.')
param location string

@description('Globally unique vault name (3-24 characters).')
@minLength(3)
@maxLength(24)
param vaultName string

@description('Microsoft Entra tenant of the vault.')
param tenantId string

@description('Object (principal) id of the web app\'s managed identity.')
param readerPrincipalId string

@description('Resource id of that identity (names the role assignment with a value known before deployment).')
param readerIdentityId string

@description('Name of the existing Azure Bot whose Direct Line key is stored.')
param botName string

@description('Name of the existing Direct Line channel resource of the bot.')
param directLineChannelName string

@description('API key of the sales system; empty: not stored (the sales API stays off).')
@secure()
param salesApiKey string

@description('SingleTenant only: client secret of the app registration; empty: not stored.')
@secure()
param appPassword string

@description('Keep deleted vaults and secrets unrecoverable-proof for the retention period (cannot be turned off again).')
param enablePurgeProtection bool = true

// Built-in role "Key Vault Secrets User": read secret contents, nothing else.
var secretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'

resource bot 'Microsoft.BotService/botServices@2022-09-15' existing = {
  name: botName
}

resource directLine 'Microsoft.BotService/botServices/channels@2022-09-15' existing = {
  parent: bot
  name: directLineChannelName
}

resource vault 'Microsoft.KeyVault/vaults@2026-02-01' = {
  name: vaultName
  location: location
  properties: {
    tenantId: tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: enablePurgeProtection ? true : null
    publicNetworkAccess: 'Enabled'
  }
}

resource directLineSecret 'Microsoft.KeyVault/vaults/secrets@2026-02-01' = {
  parent: vault
  name: 'DirectLineSecret'
  properties: {
    value: directLine.listChannelWithKeys().setting.sites[0].key
    contentType: 'Direct Line site key of the Azure Bot'
  }
}

resource salesApiKeySecret 'Microsoft.KeyVault/vaults/secrets@2026-02-01' = if (!empty(salesApiKey)) {
  parent: vault
  name: 'SalesApiKey'
  properties: {
    value: salesApiKey
    contentType: 'X-Api-Key of /api/leads and /api/privacy'
  }
}

resource appPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2026-02-01' = if (!empty(appPassword)) {
  parent: vault
  name: 'MicrosoftAppPassword'
  properties: {
    value: appPassword
    contentType: 'Client secret of the bot\'s app registration'
  }
}

resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: vault
  name: guid(vault.id, readerIdentityId, secretsUserRoleId)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', secretsUserRoleId)
    principalId: readerPrincipalId
    principalType: 'ServicePrincipal'
  }
}

// Versionless secret URIs: App Service picks up a rotated secret without a redeployment (within a day, or at once
// after a restart). Built from the vault's address, so they carry no secret value.
output secretUris object = {
  directLine: '${vault.properties.vaultUri}secrets/${directLineSecret.name}'
  salesApiKey: '${vault.properties.vaultUri}secrets/SalesApiKey'
  microsoftAppPassword: '${vault.properties.vaultUri}secrets/MicrosoftAppPassword'
}
output vaultName string = vault.name
output secretsUserAssignmentId string = secretsUser.id
