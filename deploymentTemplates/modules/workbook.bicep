// An Azure Monitor workbook with the three charts a bot owner looks at first: is the bot answering and how fast, which
// question prospects struggle with, and whether qualified leads reach sales in Teams. It reads the OpenTelemetry data the
// bot sends to Application Insights (requests, customMetrics).

@description('Azure region of the workbook.')
param location string

@description('Resource id of the Application Insights component the charts query.')
param appInsightsId string

@description('Name shown in the portal.')
param displayName string

resource workbook 'Microsoft.Insights/workbooks@2023-06-01' = {
  name: guid(resourceGroup().id, appInsightsId, 'leadbot-workbook')
  location: location
  kind: 'shared'
  properties: {
    displayName: displayName
    category: 'workbook'
    sourceId: appInsightsId
    serializedData: loadTextContent('workbook.json')
  }
}

output id string = workbook.id
