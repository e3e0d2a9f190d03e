'use strict'

const { startEngine } = require('../lib/engine')

/** A client for raw DynamoDB JSON calls; the engine checks that a signature is present, not that it is valid. */
function client (engine) {
  const endpoint = 'http://127.0.0.1:' + engine.port + '/'
  return async function call (operation, body) {
    const res = await fetch(endpoint, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-amz-json-1.0',
        'X-Amz-Target': 'DynamoDB_20120810.' + operation,
        'X-Amz-Date': '20260101T000000Z',
        Authorization: 'AWS4-HMAC-SHA256 Credential=local/20260101/us-east-1/dynamodb/aws4_request, ' +
          'SignedHeaders=host, Signature=00',
      },
      body: JSON.stringify(body),
    })
    const text = await res.text()
    return { status: res.status, body: text ? JSON.parse(text) : null }
  }
}

async function withEngine (options, fn) {
  const engine = await startEngine(Object.assign({ port: 0 }, options))
  try {
    return await fn(client(engine), engine)
  }
  finally {
    await engine.close()
  }
}

let tableCounter = 0

async function createTable (call, extra) {
  const name = 'engine-test-' + (++tableCounter) + '-' + process.pid
  const res = await call('CreateTable', Object.assign({
    TableName: name,
    AttributeDefinitions: [ { AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'sk', AttributeType: 'S' } ],
    KeySchema: [ { AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' } ],
    BillingMode: 'PAY_PER_REQUEST',
  }, extra || {}))
  if (res.status != 200) throw new Error('CreateTable: ' + JSON.stringify(res.body))
  for (let i = 0; i < 100; i++) {
    const described = await call('DescribeTable', { TableName: name })
    if (described.body.Table.TableStatus == 'ACTIVE') return name
    await new Promise(function (resolve) { setTimeout(resolve, 5) })
  }
  throw new Error('table ' + name + ' never became ACTIVE')
}

function key (pk, sk) {
  return { pk: { S: pk }, sk: { S: sk } }
}

module.exports = { withEngine, client, createTable, key }
