'use strict'

// TransactWriteItems on dynalite's store: every condition evaluated first, then all writes in one LevelDB batch.
// Each action's own semantics (condition evaluation, update expressions, item validation) are dynalite's: the action
// runs dynalite's PutItem/UpdateItem/DeleteItem against a staging store that records the write instead of doing it.

const { db, validations, actions, actionValidations, itemKeyPrefix, indexKeyPrefix } = require('./dynaliteInternals')
const { ClientTokens } = require('./clientTokens')

const KINDS = [ 'ConditionCheck', 'Put', 'Delete', 'Update' ]

const RETURN_VALUES_ON_CONDITION_CHECK_FAILURE = { type: 'String', enum: [ 'ALL_OLD', 'NONE' ] }

function pick (types, names) {
  return names.reduce(function (picked, name) {
    picked[name] = types[name]
    return picked
  }, {})
}

function required (type) {
  return Object.assign({}, type, { notNull: true })
}

const EXPRESSION_PARAMS = [ 'ConditionExpression', 'ExpressionAttributeNames', 'ExpressionAttributeValues' ]

const putTypes = Object.assign(
  pick(actionValidations.putItem.types, [ 'TableName', 'Item' ].concat(EXPRESSION_PARAMS)),
  { ReturnValuesOnConditionCheckFailure: RETURN_VALUES_ON_CONDITION_CHECK_FAILURE })

const updateTypes = Object.assign(
  pick(actionValidations.updateItem.types, [ 'TableName', 'Key' ].concat(EXPRESSION_PARAMS)),
  {
    UpdateExpression: required(actionValidations.updateItem.types.UpdateExpression),
    ReturnValuesOnConditionCheckFailure: RETURN_VALUES_ON_CONDITION_CHECK_FAILURE,
  })

const deleteTypes = Object.assign(
  pick(actionValidations.deleteItem.types, [ 'TableName', 'Key' ].concat(EXPRESSION_PARAMS)),
  { ReturnValuesOnConditionCheckFailure: RETURN_VALUES_ON_CONDITION_CHECK_FAILURE })

const conditionCheckTypes = Object.assign({}, deleteTypes, {
  ConditionExpression: required(actionValidations.deleteItem.types.ConditionExpression),
})

// The request shape of the DynamoDB API reference, checked by dynalite's own type and constraint checker, so errors
// read like DynamoDB's ("Value null at 'transactItems.1.member.update.updateExpression' failed to satisfy ...").
const types = {
  ReturnConsumedCapacity: { type: 'String', enum: [ 'INDEXES', 'TOTAL', 'NONE' ] },
  ReturnItemCollectionMetrics: { type: 'String', enum: [ 'SIZE', 'NONE' ] },
  ClientRequestToken: { type: 'String', lengthGreaterThanOrEqual: 1, lengthLessThanOrEqual: 36 },
  TransactItems: {
    type: 'List',
    notNull: true,
    lengthGreaterThanOrEqual: 1,
    lengthLessThanOrEqual: 100,
    children: {
      type: 'ValueStruct<TransactWriteItem>',
      children: {
        ConditionCheck: { type: 'FieldStruct<ConditionCheck>', children: conditionCheckTypes },
        Put: { type: 'FieldStruct<Put>', children: putTypes },
        Delete: { type: 'FieldStruct<Delete>', children: deleteTypes },
        Update: { type: 'FieldStruct<Update>', children: updateTypes },
      },
    },
  },
}

// Per action, the checks dynalite runs for the matching single-item call (attribute values, expression syntax,
// unused names and values, item size); they also parse the expressions into _condition and _updates.
const actionChecks = {
  ConditionCheck: actionValidations.deleteItem.custom,
  Put: actionValidations.putItem.custom,
  Delete: actionValidations.deleteItem.custom,
  Update: actionValidations.updateItem.custom,
}

function custom (data, store) {
  for (let i = 0; i < data.TransactItems.length; i++) {
    const element = data.TransactItems[i]
    const kinds = KINDS.filter(function (kind) { return element[kind] != null })
    if (kinds.length > 1) return 'TransactItems can only contain one of Check, Put, Update or Delete'
    if (!kinds.length) return 'Invalid Request: TransactWriteRequest should contain Delete or Put or Update request'
    const msg = actionChecks[kinds[0]](element[kinds[0]], store)
    if (msg) return msg
  }
}

function transactionCanceled (reasons) {
  const err = new Error('Transaction cancelled')
  err.statusCode = 400
  err.body = {
    __type: 'com.amazonaws.dynamodb.v20120810#TransactionCanceledException',
    CancellationReasons: reasons,
    Message: 'Transaction cancelled, please refer cancellation reasons for specific reasons [' +
      reasons.map(function (reason) { return reason.Code }).join(', ') + ']',
  }
  return err
}

function getTable (store, name) {
  return new Promise(function (resolve, reject) {
    store.getTable(name, true, function (err, table) {
      if (err) reject(err)
      else resolve(table)
    })
  })
}

function getItem (itemDb, key) {
  return new Promise(function (resolve, reject) {
    itemDb.get(key, function (err, item) {
      if (err && err.name != 'NotFoundError') reject(err)
      else resolve(item || undefined)
    })
  })
}

/** The key-schema checks dynalite makes before it locks an item: a failure rejects the whole request. */
function validateAgainstTable (action) {
  const params = action.params, table = action.table
  switch (action.kind) {
  case 'Put':
    return db.validateItem(params.Item, table)
  case 'Update':
    return db.validateKey(params.Key, table) || db.validateUpdates(null, params._updates, table)
  default:
    return db.validateKey(params.Key, table)
  }
}

/**
 * Runs one of dynalite's single-item actions on a store that serves the already-read item and records the write.
 * Resolves to { err } when the action refused (condition failed, update not applicable) or { write } otherwise.
 */
function stage (action, existingItem, options) {
  const run = { Put: actions.putItem, Update: actions.updateItem, Delete: actions.deleteItem }[action.kind]
  return new Promise(function (resolve, reject) {
    let write = null
    const itemDb = {
      lock: function (key, exec) { exec(function (done) { return done }) },
      get: function (key, cb) { setImmediate(cb, null, existingItem) },
      put: function (key, item, cb) { write = { item: item }; setImmediate(cb, null) },
      del: function (key, cb) { write = { item: null }; setImmediate(cb, null) },
    }
    // Index entries are derived from the final items when the batch is built, as dynalite derives them.
    const indexDb = {
      put: function (key, item, cb) { setImmediate(cb, null) },
      del: function (key, cb) { setImmediate(cb, null) },
    }
    const staging = {
      options: options,
      getTable: function (name, checkStatus, cb) { setImmediate(typeof checkStatus == 'function' ? checkStatus : cb, null, action.table) },
      getItemDb: function () { return itemDb },
      getIndexDb: function () { return indexDb },
    }
    try {
      run(staging, action.params, function (err) {
        if (err && err.statusCode) return resolve({ err: err })
        if (err) return reject(err)
        if (!write) return reject(new Error(action.kind + ' finished without a write'))
        resolve({ write: write })
      })
    }
    catch (err) {
      reject(err)
    }
  })
}

function isConditionFailure (err) {
  return /ConditionalCheckFailedException$/.test(err.body.__type)
}

async function evaluate (action, existingItem, options) {
  let err = null, write = null
  if (action.kind == 'ConditionCheck') {
    err = db.checkConditional(action.params, existingItem)
  }
  else {
    const staged = await stage(action, existingItem, options)
    err = staged.err
    write = staged.write
  }
  if (!err) return { reason: { Code: 'None' }, write: write }
  if (isConditionFailure(err)) {
    const reason = { Code: 'ConditionalCheckFailed', Message: 'The conditional request failed' }
    if (existingItem && action.params.ReturnValuesOnConditionCheckFailure == 'ALL_OLD') reason.Item = existingItem
    return { reason: reason }
  }
  if (/ValidationException$/.test(err.body.__type)) {
    return { reason: { Code: 'ValidationError', Message: err.body.message } }
  }
  throw err
}

/** Item and index writes of the whole transaction, as full keys of dynalite's main database. */
function batchOperations (writes) {
  const deletes = [], puts = []
  writes.forEach(function (w) {
    const table = w.action.table, name = table.TableName
    if (w.item) puts.push({ type: 'put', key: itemKeyPrefix(name) + w.action.key, value: w.item })
    else deletes.push({ type: 'del', key: itemKeyPrefix(name) + w.action.key })
    ;[ 'Local', 'Global' ].forEach(function (indexType) {
      const indexes = table[indexType + 'SecondaryIndexes'] || []
      const indexActions = db.getIndexActions(indexes, w.existingItem, w.item, table)
      indexActions.deletes.forEach(function (a) {
        deletes.push({ type: 'del', key: indexKeyPrefix(indexType, name, a.index) + a.key })
      })
      indexActions.puts.forEach(function (a) {
        puts.push({ type: 'put', key: indexKeyPrefix(indexType, name, a.index) + a.key, value: a.item })
      })
    })
  })
  return deletes.concat(puts)
}

/**
 * Locks every item of the transaction on dynalite's own per-table item locks, the ones its single-item writes take,
 * so transactions and single writes exclude each other. All keys are queued in one synchronous pass: a transaction
 * that queued earlier is ahead in every queue it shares with a later one, so no two can wait on each other.
 * Resolves to a release function that is safe to call more than once.
 */
function lockAll (store, actionsToLock) {
  const byTable = new Map()
  actionsToLock.forEach(function (a) {
    if (!byTable.has(a.table.TableName)) byTable.set(a.table.TableName, [])
    byTable.get(a.table.TableName).push(a.key)
  })
  const releasers = []
  let released = false
  const release = function () {
    if (released) return
    released = true
    releasers.forEach(function (releaser) { releaser(function () {})() })
  }
  const ready = []
  byTable.forEach(function (keys, tableName) {
    ready.push(new Promise(function (resolve) {
      store.getItemDb(tableName).lock(keys, function (releaser) {
        releasers.push(releaser)
        resolve()
      })
    }))
  })
  return Promise.all(ready).then(function () { return release })
}

function consumedCapacity (data, actionList) {
  if (data.ReturnConsumedCapacity != 'TOTAL' && data.ReturnConsumedCapacity != 'INDEXES') return undefined
  const units = new Map()
  actionList.forEach(function (a) {
    // Transactional writes cost two write units per KB of item, as DynamoDB bills them.
    const item = a.kind == 'Put' ? a.params.Item : a.existingItem || a.params.Key
    const used = 2 * db.capacityUnits(item, false, false)
    units.set(a.table.TableName, (units.get(a.table.TableName) || 0) + used)
  })
  return Array.from(units, function ([ name, capacity ]) {
    const entry = { TableName: name, CapacityUnits: capacity, WriteCapacityUnits: capacity }
    if (data.ReturnConsumedCapacity == 'INDEXES') entry.Table = { CapacityUnits: capacity, WriteCapacityUnits: capacity }
    return entry
  })
}

function createTransactWriteItems () {
  const tokens = new ClientTokens()

  async function transactWriteItems (store, data, fingerprint) {
    const actionList = data.TransactItems.map(function (element, index) {
      const kind = KINDS.find(function (k) { return element[k] != null })
      return { index: index, kind: kind, params: Object.assign({}, element[kind]) }
    })

    const tables = new Map()
    for (const a of actionList) {
      if (!tables.has(a.params.TableName)) tables.set(a.params.TableName, await getTable(store, a.params.TableName))
      a.table = tables.get(a.params.TableName)
    }

    const seen = new Set()
    for (const a of actionList) {
      const invalid = validateAgainstTable(a)
      if (invalid) throw invalid
      a.key = db.createKey(a.kind == 'Put' ? a.params.Item : a.params.Key, a.table)
      const identity = a.table.TableName + '\u0000' + a.key
      if (seen.has(identity)) throw db.validationError('Transaction request cannot include multiple operations on one item')
      seen.add(identity)
    }

    const token = data.ClientRequestToken
    if (token != null) {
      const earlier = tokens.claim(token, fingerprint)
      if (earlier) return earlier
    }

    let committed = null, release = null
    try {
      release = await lockAll(store, actionList)
      for (const a of actionList) a.existingItem = await getItem(store.getItemDb(a.table.TableName), a.key)
      const outcomes = []
      for (const a of actionList) outcomes.push(await evaluate(a, a.existingItem, store.options))
      if (outcomes.some(function (o) { return o.reason.Code != 'None' })) {
        throw transactionCanceled(outcomes.map(function (o) { return o.reason }))
      }
      const writes = []
      outcomes.forEach(function (o, i) {
        if (o.write) writes.push({ action: actionList[i], existingItem: actionList[i].existingItem, item: o.write.item })
      })
      const operations = batchOperations(writes)
      if (operations.length) {
        await new Promise(function (resolve, reject) {
          store.db.batch(operations, function (err) { if (err) reject(err); else resolve() })
        })
      }
      committed = {}
      const capacity = consumedCapacity(data, actionList)
      if (capacity) committed.ConsumedCapacity = capacity
      return committed
    }
    finally {
      if (release) release()
      if (token != null) tokens.settle(token, committed)
    }
  }

  return transactWriteItems
}

module.exports = { types, custom, createTransactWriteItems, validations }
