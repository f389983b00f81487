// The user-assigned managed identity the web app runs as. With app type UserAssignedMSI its client id is the
// bot's Microsoft App ID (msaAppId, MicrosoftAppId, the Teams manifest's bot id).

@description('Azure region of the identity.')
param location string

@description('Name of the user-assigned managed identity.')
param identityName string

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: identityName
  location: location
}

output resourceId string = identity.id
output clientId string = identity.properties.clientId
output tenantId string = identity.properties.tenantId
output principalId string = identity.properties.principalId
output name string = identity.name
