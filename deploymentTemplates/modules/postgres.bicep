// Azure Database for PostgreSQL flexible server with one database for LeadBot. Sign-in with Microsoft Entra only (no
// password exists): the web app's user-assigned managed identity is the server's Entra administrator. Private access
// (a delegated subnet and a private DNS zone) unless public access is asked for explicitly, and then only from the
// listed address ranges, never Azure's "allow all Azure services" rule (0.0.0.0), which admits every tenant's Azure
// addresses.

@description('Azure region of the server.')
param location string

@description('Globally unique name of the flexible server.')
param serverName string

@description('Name of the database LeadBot uses.')
param databaseName string

@description('Compute SKU, e.g. Standard_B1ms (tier Burstable) or Standard_D2ds_v5 (tier GeneralPurpose).')
param skuName string

@description('Compute tier that matches skuName.')
@allowed([
  'Burstable'
  'GeneralPurpose'
  'MemoryOptimized'
])
param skuTier string

@description('PostgreSQL major version.')
@allowed([
  '16'
  '17'
])
param postgresVersion string = '17'

@description('Storage size in GB.')
param storageSizeGB int = 32

@description('Microsoft Entra tenant of the administrators.')
param tenantId string

@description('Object (principal) id of the managed identity that signs in as the bot.')
param identityPrincipalId string

@description('Name of that managed identity: the user name the bot signs in with.')
param identityName string

@description('Optional second Entra administrator for people (a group\'s or user\'s object id); empty: none.')
param adminGroupObjectId string

@description('Name of that group or user as shown in Microsoft Entra ID (the PostgreSQL user name people sign in with).')
param adminGroupName string

@description('false (default): private access through subnetId and privateDnsZoneId. true: a public endpoint, reachable only from allowedIpRanges.')
param publicAccess bool

@description('Public access only: address ranges allowed to connect, as { name, start, end }. 0.0.0.0 is refused.')
param allowedIpRanges object[]

@description('Private access only: resource id of the subnet delegated to Microsoft.DBforPostgreSQL/flexibleServers.')
param subnetId string

@description('Private access only: resource id of the private DNS zone linked to the network.')
param privateDnsZoneId string

// The "allow all Azure services" convention is 0.0.0.0 - 0.0.0.0; a range starting at 0.0.0.0 opens even more.
var refusedRanges = filter(allowedIpRanges, r => r.start == '0.0.0.0' || r.end == '0.0.0.0')
var firewallRanges = empty(refusedRanges)
  ? allowedIpRanges
  : fail('postgresAllowedIpRanges must not contain 0.0.0.0: that rule admits every Azure tenant\'s addresses.')

resource server 'Microsoft.DBforPostgreSQL/flexibleServers@2025-08-01' = {
  name: serverName
  location: location
  sku: {
    name: skuName
    tier: skuTier
  }
  properties: {
    version: postgresVersion
    authConfig: {
      activeDirectoryAuth: 'Enabled'
      passwordAuth: 'Disabled'
      tenantId: tenantId
    }
    storage: {
      storageSizeGB: storageSizeGB
    }
    backup: {
      backupRetentionDays: 7
      geoRedundantBackup: 'Disabled'
    }
    highAvailability: {
      mode: 'Disabled'
    }
    network: publicAccess
      ? {
          publicNetworkAccess: 'Enabled'
        }
      : {
          publicNetworkAccess: 'Disabled'
          delegatedSubnetResourceId: subnetId
          privateDnsZoneArmResourceId: privateDnsZoneId
        }
  }
}

resource botAdministrator 'Microsoft.DBforPostgreSQL/flexibleServers/administrators@2025-08-01' = {
  parent: server
  name: identityPrincipalId
  properties: {
    principalType: 'ServicePrincipal'
    principalName: identityName
    tenantId: tenantId
  }
}

// Entra administrators are added one at a time.
resource peopleAdministrator 'Microsoft.DBforPostgreSQL/flexibleServers/administrators@2025-08-01' = if (!empty(adminGroupObjectId)) {
  parent: server
  name: empty(adminGroupObjectId) ? 'none' : adminGroupObjectId
  properties: {
    principalType: 'Group'
    principalName: adminGroupName
    tenantId: tenantId
  }
  dependsOn: [
    botAdministrator
  ]
}

@batchSize(1)
resource firewall 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2025-08-01' = [
  for range in (publicAccess ? firewallRanges : []): {
    parent: server
    name: range.name
    properties: {
      startIpAddress: range.start
      endIpAddress: range.end
    }
  }
]

resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2025-08-01' = {
  parent: server
  name: databaseName
  properties: {
    charset: 'UTF8'
    collation: 'en_US.utf8'
  }
  dependsOn: [
    botAdministrator
  ]
}

output fullyQualifiedDomainName string = server.properties.fullyQualifiedDomainName
output databaseName string = database.name
