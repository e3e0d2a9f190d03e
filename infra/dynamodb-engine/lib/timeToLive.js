'use strict'

// UpdateTimeToLive and DescribeTimeToLive: the setting is stored and described as DynamoDB does; expiry itself is
// not implemented (nothing ever deletes expired items). Upstream dynalite answers DescribeTimeToLive with DISABLED
// always and does not know UpdateTimeToLive.

const { db } = require('./dynaliteInternals')

const TABLE_NAME = { type: 'String', required: true, tableName: true, regex: '[a-zA-Z0-9_.-]+' }

const updateTypes = {
  TableName: TABLE_NAME,
  TimeToLiveSpecification: {
    type: 'FieldStruct<TimeToLiveSpecification>',
    notNull: true,
    children: {
      Enabled: { type: 'Boolean', notNull: true },
      AttributeName: { type: 'String', notNull: true, lengthGreaterThanOrEqual: 1, lengthLessThanOrEqual: 255 },
    },
  },
}

const describeTypes = { TableName: TABLE_NAME }

// Kept in dynalite's main database beside its own sub-databases ("table~", "item-…", "index-…", "tag-…"), so an
// on-disk store (--path) keeps it across restarts. The table's creation time is part of the record: a table deleted
// and created again under the same name starts with TTL disabled, as in DynamoDB.
function settingKey (tableName) {
  return 'ttl~' + tableName
}

function getTable (store, name) {
  return new Promise(function (resolve, reject) {
    store.getTable(name, false, function (err, table) {
      if (err) reject(err)
      else resolve(table)
    })
  })
}

function readSetting (store, table) {
  return new Promise(function (resolve, reject) {
    store.db.get(settingKey(table.TableName), function (err, setting) {
      if (err && err.name != 'NotFoundError') return reject(err)
      if (setting && setting.CreationDateTime === table.CreationDateTime) return resolve(setting)
      resolve(null)
    })
  })
}

function writeSetting (store, setting) {
  return new Promise(function (resolve, reject) {
    store.db.put(settingKey(setting.TableName), setting, function (err) {
      if (err) reject(err)
      else resolve()
    })
  })
}

async function updateTimeToLive (store, data) {
  const table = await getTable(store, data.TableName)
  const wanted = data.TimeToLiveSpecification
  const current = await readSetting(store, table)
  const enabled = Boolean(current && current.Enabled)
  if (wanted.Enabled && enabled) throw db.validationError('TimeToLive is already enabled')
  if (!wanted.Enabled && !enabled) throw db.validationError('TimeToLive is already disabled')
  await writeSetting(store, {
    TableName: table.TableName,
    CreationDateTime: table.CreationDateTime,
    AttributeName: wanted.AttributeName,
    Enabled: wanted.Enabled,
  })
  return { TimeToLiveSpecification: { AttributeName: wanted.AttributeName, Enabled: wanted.Enabled } }
}

async function describeTimeToLive (store, data) {
  const table = await getTable(store, data.TableName)
  const current = await readSetting(store, table)
  if (current && current.Enabled) {
    return { TimeToLiveDescription: { TimeToLiveStatus: 'ENABLED', AttributeName: current.AttributeName } }
  }
  return { TimeToLiveDescription: { TimeToLiveStatus: 'DISABLED' } }
}

module.exports = { updateTypes, describeTypes, updateTimeToLive, describeTimeToLive }
