// Parameters for leadbot-new-rg.bicep. Secrets are read from environment variables so that they never land in a file:
//   export LEADBOT_SALES_API_KEY=...   (and LEADBOT_APP_PASSWORD with appType SingleTenant)
using 'leadbot-new-rg.bicep'

param resourceGroupName = 'rg-leadbot'

param baseName = 'leadbot'
param appServicePlanSku = 'P0v3'
param appType = 'UserAssignedMSI'
param websiteOrigins = [
  'https://www.example.com'
]
param enableDatabase = true
param teamsSalesChannelId = ''

param appId = readEnvironmentVariable('LEADBOT_APP_ID', '')
param appPassword = readEnvironmentVariable('LEADBOT_APP_PASSWORD', '')
param salesApiKey = readEnvironmentVariable('LEADBOT_SALES_API_KEY', '')
