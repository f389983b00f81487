// App Service plan and the Linux web app (.NET 10) that hosts the bot, with a "staging" slot to deploy to and swap
// from (the new version is started and warmed up before prospects reach it) and an autoscale rule. App settings are
// applied separately (appSettings.bicep) once the Azure Bot, the Key Vault secrets and the database exist.

@description('Azure region of the plan and the web app.')
param location string

@description('Name of the App Service plan.')
param appServicePlanName string

@description('Globally unique name of the web app (https://<name>.azurewebsites.net).')
param appName string

@description('App Service plan SKU. Always On needs Basic or higher; slots and autoscale need Standard or higher.')
param sku string

@description('Resource id of the user-assigned managed identity the app runs as.')
param identityResourceId string

@description('Startup command of the app (the published entry assembly).')
param startupCommand string

@description('Resource id of the subnet for outbound VNet integration; empty: none.')
param subnetId string

@description('Create the "staging" slot (Standard plans and higher).')
param enableStagingSlot bool

@description('Create the autoscale setting (Standard plans and higher; only with PostgreSQL, SQLite is one instance).')
param enableAutoscale bool

@description('Autoscale: fewest instances.')
@minValue(1)
param autoscaleMinInstances int

@description('Autoscale: most instances.')
@minValue(1)
param autoscaleMaxInstances int

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

// Shared by the production site and the staging slot, so a swap changes nothing but the code.
var siteProperties = {
  serverFarmId: plan.id
  httpsOnly: true
  clientAffinityEnabled: false
  // Key Vault references in the app settings are resolved with the user-assigned identity (there is no system one).
  keyVaultReferenceIdentity: identityResourceId
  virtualNetworkSubnetId: empty(subnetId) ? null : subnetId
  outboundVnetRouting: empty(subnetId)
    ? null
    : {
        allTraffic: true
      }
  siteConfig: {
    linuxFxVersion: 'DOTNETCORE|10.0'
    appCommandLine: startupCommand
    alwaysOn: true
    webSocketsEnabled: true
    healthCheckPath: '/healthz'
    http20Enabled: true
    minTlsVersion: '1.2'
    scmMinTlsVersion: '1.2'
    ftpsState: 'Disabled'
  }
}

var identity = {
  type: 'UserAssigned'
  userAssignedIdentities: {
    '${identityResourceId}': {}
  }
}

resource site 'Microsoft.Web/sites@2025-03-01' = {
  name: appName
  location: location
  kind: 'app,linux'
  identity: identity
  properties: siteProperties
}

// Publishing with a user name and password (FTP and the SCM/Kudu site) is off: deploy with your Microsoft Entra sign-in
// (az webapp deploy), which these policies do not affect.
resource ftpBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: site
  name: 'scm'
  properties: {
    allow: false
  }
}

resource staging 'Microsoft.Web/sites/slots@2025-03-01' = if (enableStagingSlot) {
  parent: site
  name: 'staging'
  location: location
  kind: 'app,linux'
  identity: identity
  properties: siteProperties
}

resource stagingFtpBasicAuth 'Microsoft.Web/sites/slots/basicPublishingCredentialsPolicies@2025-03-01' = if (enableStagingSlot) {
  parent: staging
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource stagingScmBasicAuth 'Microsoft.Web/sites/slots/basicPublishingCredentialsPolicies@2025-03-01' = if (enableStagingSlot) {
  parent: staging
  name: 'scm'
  properties: {
    allow: false
  }
}

// An example to adapt: one more instance when the plan's CPU stays above 70 % for 10 minutes, one fewer below 30 %.
// The bot keeps no state in memory that another instance needs (PostgreSQL holds it), so any instance takes any turn.
resource autoscale 'Microsoft.Insights/autoscalesettings@2022-10-01' = if (enableAutoscale) {
  name: '${appServicePlanName}-autoscale'
  location: location
  properties: {
    enabled: true
    targetResourceUri: plan.id
    profiles: [
      {
        name: 'cpu'
        capacity: {
          minimum: string(autoscaleMinInstances)
          maximum: string(autoscaleMaxInstances)
          default: string(autoscaleMinInstances)
        }
        rules: [
          {
            metricTrigger: {
              metricName: 'CpuPercentage'
              metricResourceUri: plan.id
              timeGrain: 'PT1M'
              statistic: 'Average'
              timeWindow: 'PT10M'
              timeAggregation: 'Average'
              operator: 'GreaterThan'
              threshold: 70
            }
            scaleAction: {
              direction: 'Increase'
              type: 'ChangeCount'
              value: '1'
              cooldown: 'PT10M'
            }
          }
          {
            metricTrigger: {
              metricName: 'CpuPercentage'
              metricResourceUri: plan.id
              timeGrain: 'PT1M'
              statistic: 'Average'
              timeWindow: 'PT20M'
              timeAggregation: 'Average'
              operator: 'LessThan'
              threshold: 30
            }
            scaleAction: {
              direction: 'Decrease'
              type: 'ChangeCount'
              value: '1'
              cooldown: 'PT20M'
            }
          }
        ]
      }
    ]
  }
}

output name string = site.name
output defaultHostName string = site.properties.defaultHostName
output stagingHostName string = enableStagingSlot ? staging!.properties.defaultHostName : ''
