// App Service plan and the Linux web app (.NET 10) that hosts the bot. App settings are applied separately
// (appSettings.bicep) once the Azure Bot and its Direct Line key exist.

@description('Azure region of the plan and the web app.')
param location string

@description('Name of the App Service plan.')
param appServicePlanName string

@description('Globally unique name of the web app (https://<name>.azurewebsites.net).')
param appName string

@description('App Service plan SKU. Always On needs Basic or higher.')
param sku string

@description('Resource id of the user-assigned managed identity the app runs as.')
param identityResourceId string

@description('Startup command of the app (the published entry assembly).')
param startupCommand string

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: appServicePlanName
  location: location
  kind: 'linux'
  sku: {
    name: sku
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2025-03-01' = {
  name: appName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityResourceId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      appCommandLine: startupCommand
      alwaysOn: true
      webSocketsEnabled: true
      healthCheckPath: '/healthz'
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
    }
  }
}

output name string = site.name
output defaultHostName string = site.properties.defaultHostName
