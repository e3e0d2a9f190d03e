'use strict'

// The CLI contract launchers rely on: the one "listening" line, errors on stderr with a non-zero exit, a clean stop
// on SIGTERM that leaves an on-disk store readable by the next start.

const test = require('node:test')
const assert = require('node:assert/strict')
const fs = require('fs')
const os = require('os')
const path = require('path')
const { spawn } = require('child_process')
const { client, createTable, key } = require('./helpers')

const SERVER = path.join(__dirname, '..', 'server.js')
const LISTENING = /^dynamodb-engine listening on port (\d+) \(dynalite 4\.0\.0, (in memory|data in .+), extensions (on|off)\)$/

function start (args) {
  const child = spawn(process.execPath, [ SERVER ].concat(args), { stdio: [ 'ignore', 'pipe', 'pipe' ] })
  let stdout = '', stderr = ''
  child.stdout.on('data', (d) => { stdout += d })
  child.stderr.on('data', (d) => { stderr += d })
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr })))
  const listening = new Promise((resolve, reject) => {
    child.stdout.on('data', () => {
      const line = stdout.split('\n')[0]
      const match = stdout.includes('\n') && LISTENING.exec(line)
      if (match) resolve({ port: Number(match[1]), line })
    })
    exited.then((e) => reject(new Error('exited before listening: ' + JSON.stringify(e))))
  })
  listening.catch(() => {}) // a test that expects a start failure waits on exited only
  return { child, listening, exited }
}

test('prints the listening line, keeps on-disk data across a SIGTERM restart', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dynamodb-engine-'))
  try {
    const first = start([ '--port', '0', '--path', dir ])
    const { port, line } = await first.listening
    assert.match(line, /data in .+, extensions on\)$/)
    const call = client({ port })
    const t = await createTable(call)
    await call('TransactWriteItems', { TransactItems: [ { Put: { TableName: t, Item: Object.assign(key('kept', '1'), { v: { S: 'yes' } }) } } ] })
    await call('UpdateTimeToLive', { TableName: t, TimeToLiveSpecification: { Enabled: true, AttributeName: 'exp' } })
    first.child.kill('SIGTERM')
    const firstExit = await first.exited
    assert.equal(firstExit.code, 0, firstExit.stderr)
    assert.equal(firstExit.stdout.trim().split('\n').length, 1)

    const second = start([ '--port', '0', '--path', dir ])
    const again = client(await second.listening)
    assert.equal((await again('GetItem', { TableName: t, Key: key('kept', '1') })).body.Item.v.S, 'yes')
    assert.equal((await again('DescribeTimeToLive', { TableName: t })).body.TimeToLiveDescription.TimeToLiveStatus, 'ENABLED')
    second.child.kill('SIGINT')
    assert.equal((await second.exited).code, 0)
  }
  finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
})

test('--no-extensions says so and runs plain dynalite', async () => {
  const plain = start([ '--port', '0', '--no-extensions' ])
  const { port, line } = await plain.listening
  assert.match(line, /in memory, extensions off\)$/)
  const res = await client({ port })('TransactWriteItems', { TransactItems: [] })
  assert.equal(res.body.__type, 'com.amazon.coral.service#UnknownOperationException')
  plain.child.kill('SIGTERM')
  assert.equal((await plain.exited).code, 0)
})

test('a start error goes to stderr with a non-zero exit', async () => {
  const holder = start([ '--port', '0' ])
  const { port } = await holder.listening
  try {
    const clash = await start([ '--port', String(port) ]).exited
    assert.notEqual(clash.code, 0)
    assert.match(clash.stderr, /EADDRINUSE/)
    assert.equal(clash.stdout, '')
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dynamodb-engine-'))
    const owner = start([ '--port', '0', '--path', dir ])
    await owner.listening
    const locked = await start([ '--port', '0', '--path', dir ]).exited
    owner.child.kill('SIGTERM')
    await owner.exited
    fs.rmSync(dir, { recursive: true, force: true })
    assert.notEqual(locked.code, 0)
    assert.match(locked.stderr, /Database failed to open/)
    const bad = await start([ '--port', 'x' ]).exited
    assert.notEqual(bad.code, 0)
    assert.match(bad.stderr, /invalid --port/)
  }
  finally {
    holder.child.kill('SIGTERM')
    await holder.exited
  }
})
