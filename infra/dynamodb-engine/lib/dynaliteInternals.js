'use strict'

// The one place that reaches into dynalite's modules. dynalite 4.0.0 exports only a server factory; its store,
// validations and single-item actions are plain CommonJS modules without an "exports" map, so they can be required
// by path. package.json pins dynalite exactly, and test/internals.test.js fails loudly if an upgrade moves any of
// the pieces used here.

const dynalite = require('dynalite')
const db = require('dynalite/db')
const validations = require('dynalite/validations')
const putItem = require('dynalite/actions/putItem')
const updateItem = require('dynalite/actions/updateItem')
const deleteItem = require('dynalite/actions/deleteItem')
const putItemValidation = require('dynalite/validations/putItem')
const updateItemValidation = require('dynalite/validations/updateItem')
const deleteItemValidation = require('dynalite/validations/deleteItem')
const version = require('dynalite/package.json').version
const crc32 = require(require.resolve('buffer-crc32', { paths: [ require.resolve('dynalite') ] }))

/**
 * Creates dynalite's HTTP server and hands back the store it created. dynalite builds its store inside the factory
 * with db.create(options) and keeps it private; the store is needed to answer our own actions on the same data, so
 * db.create is wrapped for the duration of the factory call only.
 */
function createServerWithStore (options) {
  const originalCreate = db.create
  let store
  db.create = function (createOptions) {
    store = originalCreate.call(this, createOptions)
    return store
  }
  let server
  try {
    server = dynalite(options)
  }
  finally {
    db.create = originalCreate
  }
  if (!store) throw new Error('dynalite ' + version + ' did not create its store through db.create')
  return { server, store }
}

// Sub-database key prefixes as dynalite's db/index.js builds them (getSubDb(name) prefixes keys with name + '~').
// A transaction writes items and index entries through the main database in one batch, so it needs the full keys.
function itemKeyPrefix (tableName) {
  return 'item-' + tableName + '~'
}

function indexKeyPrefix (indexType, tableName, indexName) {
  return 'index-' + indexType.toLowerCase() + '~' + tableName + '~' + indexName + '~'
}

module.exports = {
  version,
  db,
  validations,
  actions: { putItem, updateItem, deleteItem },
  actionValidations: { putItem: putItemValidation, updateItem: updateItemValidation, deleteItem: deleteItemValidation },
  crc32,
  createServerWithStore,
  itemKeyPrefix,
  indexKeyPrefix,
}
