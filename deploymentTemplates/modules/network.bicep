// The private network between the web app and PostgreSQL: a virtual network with one subnet delegated to App Service
// (the web app's outbound VNet integration) and one delegated to the PostgreSQL flexible server (private access), and
// the private DNS zone through which the app resolves the server's name to its private address.

@description('Azure region of the virtual network.')
param location string

@description('Name of the virtual network.')
param vnetName string

@description('Name of the PostgreSQL flexible server; its private DNS zone is <name>.private.postgres.database.azure.com.')
param postgresServerName string

@description('Address space of the virtual network.')
param addressPrefix string = '10.40.0.0/16'

@description('Subnet of the web app\'s VNet integration (at least /28; /26 leaves room for scale-out and slots).')
param appSubnetPrefix string = '10.40.1.0/26'

@description('Subnet delegated to the PostgreSQL flexible server.')
param postgresSubnetPrefix string = '10.40.2.0/28'

resource vnet 'Microsoft.Network/virtualNetworks@2025-05-01' = {
  name: vnetName
  location: location
  properties: {
    addressSpace: {
      addressPrefixes: [
        addressPrefix
      ]
    }
    subnets: [
      {
        name: 'app'
        properties: {
          addressPrefix: appSubnetPrefix
          delegations: [
            {
              name: 'app-service'
              properties: {
                serviceName: 'Microsoft.Web/serverFarms'
              }
            }
          ]
        }
      }
      {
        name: 'postgres'
        properties: {
          addressPrefix: postgresSubnetPrefix
          delegations: [
            {
              name: 'postgres-flexible-server'
              properties: {
                serviceName: 'Microsoft.DBforPostgreSQL/flexibleServers'
              }
            }
          ]
        }
      }
    ]
  }
}

// A flexible server with private access needs a zone whose name ends in .postgres.database.azure.com, linked to the
// network its clients resolve names in.
resource zone 'Microsoft.Network/privateDnsZones@2024-06-01' = {
  name: '${postgresServerName}.private.postgres.database.azure.com'
  location: 'global'
}

resource zoneLink 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2024-06-01' = {
  parent: zone
  name: '${vnetName}-link'
  location: 'global'
  properties: {
    virtualNetwork: {
      id: vnet.id
    }
    registrationEnabled: false
  }
}

output appSubnetId string = resourceId('Microsoft.Network/virtualNetworks/subnets', vnet.name, 'app')
output postgresSubnetId string = resourceId('Microsoft.Network/virtualNetworks/subnets', vnet.name, 'postgres')
// The link must exist before the server is created, or the server's name does not resolve inside the network.
output privateDnsZoneId string = zone.id
output privateDnsZoneLinkId string = zoneLink.id
