'use strict'

const fs = require('fs')
const { createServerWithStore, version } = require('./dynaliteInternals')
const { installExtensions } = require('./extensions')

// Tables leave CREATING/DELETING/UPDATING at once: tests create tables per class, and nothing here needs DynamoDB's
// provisioning delays (dynalite's default is 500 ms each).
const TABLE_STATE_MS = 0

/**
 * A dynalite server with (unless extensions is false) our TransactWriteItems and TTL settings, in memory unless path
 * names a LevelDB directory. Resolves once the store is open (so a locked or unreadable directory fails here, not at
 * the first request) and the server listens.
 */
async function startEngine ({ port = 0, host = '127.0.0.1', path = null, extensions = true } = {}) {
  const options = { createTableMs: TABLE_STATE_MS, deleteTableMs: TABLE_STATE_MS, updateTableMs: TABLE_STATE_MS }
  if (path) {
    fs.mkdirSync(path, { recursive: true })
    options.path = path
  }
  const { server, store } = createServerWithStore(options)
  await store.db.open()
  const operations = extensions ? installExtensions(server, store) : []
  await new Promise(function (resolve, reject) {
    server.once('error', reject)
    server.listen(port, host, function () {
      server.removeListener('error', reject)
      resolve()
    })
  })
  return {
    server,
    store,
    port: server.address().port,
    host,
    path,
    extensions: operations,
    version,
    /** Stops accepting requests, ends idle keep-alive connections, waits for writes, closes the store. */
    close () {
      return new Promise(function (resolve, reject) {
        server.close(function (err) { if (err) reject(err); else resolve() })
        if (server.closeIdleConnections) server.closeIdleConnections()
      })
    },
  }
}

module.exports = { startEngine, dynaliteVersion: version }
