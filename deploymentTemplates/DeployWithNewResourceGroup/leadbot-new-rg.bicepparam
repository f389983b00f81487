// Parameters for leadbot-new-rg.bicep. Secrets are read from environment variables so that they never land in a file:
//   export LEADBOT_SALES_API_KEY=...   (and LEADBOT_APP_PASSWORD / LEADBOT_POSTGRES_PASSWORD when used)
using 'leadbot-new-rg.bicep'

param resourceGroupName = 'rg-leadbot'

param baseName = 'leadbot'
param appServicePlanSku = 'B1'
param appType = 'UserAssignedMSI'
param websiteOrigins = [
  'https://www.example.com'
]
param enableDatabase = false
param teamsSalesChannelId = ''

param appId = readEnvironmentVariable('LEADBOT_APP_ID', '')
param appPassword = readEnvironmentVariable('LEADBOT_APP_PASSWORD', '')
param postgresAdminPassword = readEnvironmentVariable('LEADBOT_POSTGRES_PASSWORD', '')
param salesApiKey = readEnvironmentVariable('LEADBOT_SALES_API_KEY', '')
