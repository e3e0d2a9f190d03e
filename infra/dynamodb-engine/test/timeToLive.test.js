'use strict'

const test = require('node:test')
const assert = require('node:assert/strict')
const { withEngine, createTable } = require('./helpers')

test('UpdateTimeToLive stores the setting DescribeTimeToLive reports', () => withEngine({}, async (call) => {
  const t = await createTable(call)
  assert.deepEqual((await call('DescribeTimeToLive', { TableName: t })).body,
    { TimeToLiveDescription: { TimeToLiveStatus: 'DISABLED' } })
  const enabled = await call('UpdateTimeToLive', { TableName: t, TimeToLiveSpecification: { Enabled: true, AttributeName: 'expiresAt' } })
  assert.deepEqual(enabled.body, { TimeToLiveSpecification: { Enabled: true, AttributeName: 'expiresAt' } })
  assert.deepEqual((await call('DescribeTimeToLive', { TableName: t })).body,
    { TimeToLiveDescription: { TimeToLiveStatus: 'ENABLED', AttributeName: 'expiresAt' } })
  const again = await call('UpdateTimeToLive', { TableName: t, TimeToLiveSpecification: { Enabled: true, AttributeName: 'expiresAt' } })
  assert.equal(again.body.message, 'TimeToLive is already enabled')
  await call('UpdateTimeToLive', { TableName: t, TimeToLiveSpecification: { Enabled: false, AttributeName: 'expiresAt' } })
  assert.equal((await call('DescribeTimeToLive', { TableName: t })).body.TimeToLiveDescription.TimeToLiveStatus, 'DISABLED')
  const missing = await call('UpdateTimeToLive', { TableName: 'no-such-table', TimeToLiveSpecification: { Enabled: true, AttributeName: 'x' } })
  assert.equal(missing.body.__type, 'com.amazonaws.dynamodb.v20120810#ResourceNotFoundException')
  const invalid = await call('UpdateTimeToLive', { TableName: t })
  assert.equal(invalid.body.__type, 'com.amazon.coral.validate#ValidationException')
}))
