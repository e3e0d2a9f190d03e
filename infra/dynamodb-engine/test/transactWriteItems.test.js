'use strict'

const test = require('node:test')
const assert = require('node:assert/strict')
const { withEngine, createTable, key } = require('./helpers')

const notExists = 'attribute_not_exists(pk)'

test('a transaction over two tables commits every action', () => withEngine({}, async (call) => {
  const a = await createTable(call), b = await createTable(call)
  await call('PutItem', { TableName: a, Item: Object.assign(key('gone', '1'), { v: { N: '1' } }) })
  await call('PutItem', { TableName: a, Item: Object.assign(key('counter', '1'), { n: { N: '5' } }) })
  const res = await call('TransactWriteItems', {
    TransactItems: [
      { Put: { TableName: a, Item: Object.assign(key('new', '1'), { v: { S: 'x' } }), ConditionExpression: notExists } },
      { Update: { TableName: a, Key: key('counter', '1'), UpdateExpression: 'ADD n :one',
        ExpressionAttributeValues: { ':one': { N: '1' } } } },
      { Delete: { TableName: a, Key: key('gone', '1'), ConditionExpression: 'attribute_exists(pk)' } },
      { ConditionCheck: { TableName: b, Key: key('absent', '1'), ConditionExpression: notExists } },
    ],
  })
  assert.equal(res.status, 200, JSON.stringify(res.body))
  assert.deepEqual(res.body, {})
  assert.equal((await call('GetItem', { TableName: a, Key: key('new', '1') })).body.Item.v.S, 'x')
  assert.equal((await call('GetItem', { TableName: a, Key: key('counter', '1') })).body.Item.n.N, '6')
  assert.equal((await call('GetItem', { TableName: a, Key: key('gone', '1') })).body.Item, undefined)
  assert.equal((await call('GetItem', { TableName: b, Key: key('absent', '1') })).body.Item, undefined)
}))

test('a failed condition cancels everything, with one reason per action in order', () => withEngine({}, async (call) => {
  const t = await createTable(call)
  await call('PutItem', { TableName: t, Item: Object.assign(key('taken', '1'), { v: { S: 'old' } }) })
  const res = await call('TransactWriteItems', {
    TransactItems: [
      { Put: { TableName: t, Item: key('free', '1'), ConditionExpression: notExists } },
      { Put: { TableName: t, Item: key('taken', '1'), ConditionExpression: notExists,
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD' } },
      { Update: { TableName: t, Key: key('other', '1'), UpdateExpression: 'SET v = :v',
        ExpressionAttributeValues: { ':v': { S: 'new' } } } },
    ],
  })
  assert.equal(res.status, 400)
  assert.equal(res.body.__type, 'com.amazonaws.dynamodb.v20120810#TransactionCanceledException')
  assert.equal(res.body.Message,
    'Transaction cancelled, please refer cancellation reasons for specific reasons [None, ConditionalCheckFailed, None]')
  assert.deepEqual(res.body.CancellationReasons, [
    { Code: 'None' },
    { Code: 'ConditionalCheckFailed', Message: 'The conditional request failed',
      Item: Object.assign(key('taken', '1'), { v: { S: 'old' } }) },
    { Code: 'None' },
  ])
  assert.equal((await call('GetItem', { TableName: t, Key: key('free', '1') })).body.Item, undefined)
  assert.equal((await call('GetItem', { TableName: t, Key: key('other', '1') })).body.Item, undefined)
  // The item locks were released on the cancel path: single writes to the same items proceed.
  assert.equal((await call('PutItem', { TableName: t, Item: key('taken', '1') })).status, 200)
  assert.equal((await call('DeleteItem', { TableName: t, Key: key('free', '1') })).status, 200)
}))

test('an update that cannot apply is a ValidationError reason', () => withEngine({}, async (call) => {
  const t = await createTable(call)
  await call('PutItem', { TableName: t, Item: Object.assign(key('s', '1'), { n: { S: 'text' } }) })
  const res = await call('TransactWriteItems', {
    TransactItems: [
      { Update: { TableName: t, Key: key('s', '1'), UpdateExpression: 'ADD n :one', ExpressionAttributeValues: { ':one': { N: '1' } } } },
    ],
  })
  assert.equal(res.status, 400)
  assert.equal(res.body.CancellationReasons[0].Code, 'ValidationError')
  assert.equal((await call('PutItem', { TableName: t, Item: key('s', '1') })).status, 200)
}))

test('requests DynamoDB refuses are ValidationExceptions', () => withEngine({}, async (call) => {
  const t = await createTable(call)
  const cases = [
    [ { TransactItems: [ { Put: { TableName: t, Item: key('a', '1') } }, { Delete: { TableName: t, Key: key('a', '1') } } ] },
      /^Transaction request cannot include multiple operations on one item$/ ],
    [ { TransactItems: [ { Put: { TableName: t, Item: key('a', '1') }, Delete: { TableName: t, Key: key('b', '1') } } ] },
      /^TransactItems can only contain one of Check, Put, Update or Delete$/ ],
    [ { TransactItems: [ {} ] }, /should contain Delete or Put or Update request/ ],
    [ { TransactItems: [] }, /at 'transactItems' failed to satisfy constraint: Member must have length greater than or equal to 1/ ],
    [ { TransactItems: Array.from({ length: 101 }, (_, i) => ({ Put: { TableName: t, Item: key('k' + i, '1') } })) },
      /Member must have length less than or equal to 100/ ],
    [ {}, /Value null at 'transactItems' failed to satisfy constraint: Member must not be null/ ],
    [ { TransactItems: [ { Update: { TableName: t, Key: key('a', '1') } } ] },
      /Value null at 'transactItems.1.member.update.updateExpression' failed to satisfy constraint/ ],
    [ { TransactItems: [ { ConditionCheck: { TableName: t, Key: key('a', '1') } } ] },
      /'transactItems.1.member.conditionCheck.conditionExpression'/ ],
    [ { TransactItems: [ { Put: { TableName: t, Item: { pk: { S: 'a' } } } } ] }, /Missing the key sk in the item/ ],
    [ { TransactItems: [ { ConditionCheck: { TableName: t, Key: key('a', '1'), ConditionExpression: 'attribute_exists(#x)' } } ] },
      /An expression attribute name used in the document path is not defined; attribute name: #x/ ],
  ]
  for (const [ body, message ] of cases) {
    const res = await call('TransactWriteItems', body)
    assert.equal(res.status, 400, JSON.stringify(res.body))
    assert.equal(res.body.__type, 'com.amazon.coral.validate#ValidationException', JSON.stringify(res.body))
    assert.match(res.body.message, message)
  }
  const missing = await call('TransactWriteItems', { TransactItems: [ { Put: { TableName: 'no-such-table', Item: key('a', '1') } } ] })
  assert.equal(missing.body.__type, 'com.amazonaws.dynamodb.v20120810#ResourceNotFoundException')
  assert.equal((await call('Scan', { TableName: t })).body.Count, 0)
}))

test('index entries follow transactional writes', () => withEngine({}, async (call) => {
  const t = await createTable(call, {
    AttributeDefinitions: [ { AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'sk', AttributeType: 'S' },
      { AttributeName: 'g', AttributeType: 'S' } ],
    GlobalSecondaryIndexes: [ { IndexName: 'byG', KeySchema: [ { AttributeName: 'g', KeyType: 'HASH' } ],
      Projection: { ProjectionType: 'ALL' } } ],
  })
  const byG = async (g) => (await call('Query', { TableName: t, IndexName: 'byG', KeyConditionExpression: 'g = :g',
    ExpressionAttributeValues: { ':g': { S: g } } })).body.Items.map((item) => item.pk.S).sort()
  await call('TransactWriteItems', { TransactItems: [
    { Put: { TableName: t, Item: Object.assign(key('a', '1'), { g: { S: 'one' } }) } },
    { Put: { TableName: t, Item: Object.assign(key('b', '1'), { g: { S: 'one' } }) } },
  ] })
  assert.deepEqual(await byG('one'), [ 'a', 'b' ])
  await call('TransactWriteItems', { TransactItems: [
    { Update: { TableName: t, Key: key('a', '1'), UpdateExpression: 'SET g = :g', ExpressionAttributeValues: { ':g': { S: 'two' } } } },
    { Delete: { TableName: t, Key: key('b', '1') } },
  ] })
  assert.deepEqual(await byG('one'), [])
  assert.deepEqual(await byG('two'), [ 'a' ])
}))

test('parallel conditional transactions on one item: exactly one commits', () => withEngine({}, async (call) => {
  const t = await createTable(call)
  const results = await Promise.all(Array.from({ length: 20 }, (_, i) => call('TransactWriteItems', { TransactItems: [
    { Put: { TableName: t, Item: Object.assign(key('only', '1'), { by: { N: String(i) } }), ConditionExpression: notExists } },
    { Put: { TableName: t, Item: key('side-' + i, '1') } },
  ] })))
  assert.equal(results.filter((r) => r.status == 200).length, 1)
  const cancelled = results.filter((r) => r.status != 200)
  assert.equal(cancelled.length, 19)
  cancelled.forEach((r) => assert.deepEqual(r.body.CancellationReasons.map((x) => x.Code), [ 'ConditionalCheckFailed', 'None' ]))
  assert.equal((await call('Scan', { TableName: t })).body.Count, 2)
}))

test('transactions and single writes exclude each other on an item', () => withEngine({}, async (call) => {
  const t = await createTable(call)
  await call('PutItem', { TableName: t, Item: Object.assign(key('c', '1'), { n: { N: '0' } }) })
  const add = { Key: key('c', '1'), UpdateExpression: 'ADD n :one', ExpressionAttributeValues: { ':one': { N: '1' } } }
  await Promise.all(Array.from({ length: 30 }, (_, i) => i % 2 ?
    call('UpdateItem', Object.assign({ TableName: t }, add)) :
    call('TransactWriteItems', { TransactItems: [ { Update: Object.assign({ TableName: t }, add) } ] })))
  assert.equal((await call('GetItem', { TableName: t, Key: key('c', '1') })).body.Item.n.N, '30')
}))

test('a repeated ClientRequestToken answers without writing again; another request with it is refused', () => withEngine({}, async (call) => {
  const t = await createTable(call)
  await call('PutItem', { TableName: t, Item: Object.assign(key('c', '1'), { n: { N: '0' } }) })
  const request = { ClientRequestToken: 'token-1', TransactItems: [ { Update: { TableName: t, Key: key('c', '1'),
    UpdateExpression: 'ADD n :one', ExpressionAttributeValues: { ':one': { N: '1' } } } } ] }
  assert.equal((await call('TransactWriteItems', request)).status, 200)
  assert.equal((await call('TransactWriteItems', request)).status, 200)
  assert.equal((await call('GetItem', { TableName: t, Key: key('c', '1') })).body.Item.n.N, '1')
  const other = JSON.parse(JSON.stringify(request))
  other.TransactItems[0].Update.ExpressionAttributeValues[':one'].N = '2'
  const refused = await call('TransactWriteItems', other)
  assert.equal(refused.body.__type, 'com.amazonaws.dynamodb.v20120810#IdempotentParameterMismatchException')
}))

test('without extensions TransactWriteItems is unknown, as in upstream dynalite', () => withEngine({ extensions: false }, async (call) => {
  const res = await call('TransactWriteItems', { TransactItems: [] })
  assert.equal(res.status, 400)
  assert.equal(res.body.__type, 'com.amazon.coral.service#UnknownOperationException')
}))
