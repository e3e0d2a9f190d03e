#!/usr/bin/env node
'use strict'

// The project's DynamoDB engine: dynalite plus our TransactWriteItems and TTL settings (see README.md).
//   node server.js --port <n> [--host 127.0.0.1] [--path <dir>] [--no-extensions]
// Prints one line when listening (launchers wait for it), the reason on stderr and a non-zero exit if it cannot
// start, and closes the store cleanly on SIGTERM/SIGINT, so an on-disk store (--path) is intact for the next start.

const path = require('path')

const USAGE = 'usage: node server.js --port <n> [--host 127.0.0.1] [--path <dir>] [--no-extensions]'
const SHUTDOWN_GRACE_MS = 5000

function fail (message) {
  process.stderr.write('dynamodb-engine: ' + message + '\n')
  process.exit(1)
}

function parseArgs (args) {
  const options = { host: '127.0.0.1', path: null, extensions: true, port: null }
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]
    const value = function () {
      if (i + 1 >= args.length || args[i + 1].startsWith('--')) throw new Error(arg + ' needs a value')
      return args[++i]
    }
    if (arg == '--port') options.port = value()
    else if (arg == '--host') options.host = value()
    else if (arg == '--path') options.path = path.resolve(value())
    else if (arg == '--no-extensions') options.extensions = false
    else if (arg == '--help' || arg == '-h') {
      process.stdout.write(USAGE + '\n')
      process.exit(0)
    }
    else throw new Error('unknown argument ' + arg)
  }
  if (options.port == null) throw new Error('--port is required')
  if (!/^\d+$/.test(options.port) || Number(options.port) > 65535) throw new Error('invalid --port ' + options.port)
  options.port = Number(options.port)
  return options
}

async function main () {
  let options
  try {
    options = parseArgs(process.argv.slice(2))
  }
  catch (err) {
    fail(err.message + '\n' + USAGE)
  }

  const { startEngine } = require('./lib/engine')
  let engine
  try {
    engine = await startEngine(options)
  }
  catch (err) {
    fail('cannot start on ' + options.host + ':' + options.port +
      (options.path ? ' with data in ' + options.path : '') + ': ' + (err && err.message ? err.message : err) +
      (err && err.cause && err.cause.message ? ' (' + err.cause.message + ')' : ''))
  }

  let stopping = false
  const stop = function (signal) {
    if (stopping) {
      process.stderr.write('dynamodb-engine: second ' + signal + ', exiting without waiting\n')
      process.exit(1)
    }
    stopping = true
    // Requests still running get a grace period; then their connections are cut so the store can close.
    const cut = setTimeout(function () { engine.server.closeAllConnections() }, SHUTDOWN_GRACE_MS)
    cut.unref()
    engine.close().then(function () {
      process.exit(0)
    }, function (err) {
      process.stderr.write('dynamodb-engine: error while stopping: ' + (err && err.message ? err.message : err) + '\n')
      process.exit(1)
    })
  }
  process.on('SIGTERM', function () { stop('SIGTERM') })
  process.on('SIGINT', function () { stop('SIGINT') })

  process.stdout.write('dynamodb-engine listening on port ' + engine.port + ' (dynalite ' + engine.version + ', ' +
    (engine.path ? 'data in ' + engine.path : 'in memory') + ', extensions ' + (options.extensions ? 'on' : 'off') +
    ')\n')
}

main()
