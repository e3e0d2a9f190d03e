'use strict'

// Guards the pieces of dynalite the extension reaches into (lib/dynaliteInternals.js): an upgrade that moves them
// fails here, not as a subtle data error.

const test = require('node:test')
const assert = require('node:assert/strict')
const internals = require('../lib/dynaliteInternals')
const { withEngine, createTable, key } = require('./helpers')

test('dynalite is the pinned version and exposes what the extension uses', () => {
  assert.equal(internals.version, require('../package.json').dependencies.dynalite)
  for (const fn of [ 'validateItem', 'validateKey', 'validateUpdates', 'createKey', 'checkConditional', 'getIndexActions',
    'validationError', 'capacityUnits' ]) {
    assert.equal(typeof internals.db[fn], 'function', fn)
  }
  for (const fn of [ 'checkTypes', 'checkValidations' ]) assert.equal(typeof internals.validations[fn], 'function', fn)
})

test('a batch written under our key prefixes is what dynalite reads back', () => withEngine({}, async (call, engine) => {
  const t = await createTable(call)
  const { store } = engine
  const table = await new Promise((resolve, reject) => store.getTable(t, (err, tbl) => err ? reject(err) : resolve(tbl)))
  const item = Object.assign(key('direct', '1'), { v: { S: 'through the main db' } })
  await store.db.batch([ { type: 'put', key: internals.itemKeyPrefix(t) + internals.db.createKey(item, table), value: item } ])
  assert.deepEqual((await call('GetItem', { TableName: t, Key: key('direct', '1') })).body.Item, item)
}))
