'use strict'

// Adds our operations to a dynalite server. dynalite's request handler rejects every operation outside its fixed
// list with UnknownOperationException, so requests for our operations are answered here, before it; all others go
// to dynalite's handler untouched. Responses are framed as dynalite frames its own (request id, CRC32, content type).

const crypto = require('crypto')
const { validations, crc32 } = require('./dynaliteInternals')
const transact = require('./transactWriteItems')
const ttl = require('./timeToLive')

const API_VERSION = 'DynamoDB_20120810'
const MAX_REQUEST_BYTES = 16 * 1024 * 1024

function operations () {
  const transactWriteItems = transact.createTransactWriteItems()
  return {
    TransactWriteItems: {
      types: transact.types,
      custom: transact.custom,
      run: function (store, data, raw) {
        // The fingerprint for ClientRequestToken: the request as sent, less the token itself.
        const withoutToken = Object.assign({}, raw)
        delete withoutToken.ClientRequestToken
        return transactWriteItems(store, data, JSON.stringify(withoutToken))
      },
    },
    UpdateTimeToLive: { types: ttl.updateTypes, run: ttl.updateTimeToLive },
    DescribeTimeToLive: { types: ttl.describeTypes, run: ttl.describeTimeToLive },
  }
}

function requestId () {
  return crypto.randomBytes(39).toString('base64').toUpperCase().replace(/\+|\//g, '0')
}

function send (res, contentType, body, statusCode) {
  const text = JSON.stringify(body)
  res.statusCode = statusCode || 200
  res.setHeader('x-amz-crc32', crc32.unsigned(text))
  res.setHeader('Content-Type', contentType)
  res.setHeader('Content-Length', Buffer.byteLength(text, 'utf8'))
  res.end(text)
}

function internalError (err) {
  return {
    __type: 'com.amazonaws.dynamodb.v20120810#InternalServerError',
    message: 'Internal server error: ' + (err && err.message ? err.message : String(err)),
  }
}

function answer (store, operation, req, res, body) {
  res.setHeader('x-amzn-RequestId', requestId())
  if (req.headers.origin) res.setHeader('Access-Control-Allow-Origin', '*')
  const contentType = (req.headers['content-type'] || '').split(';')[0].trim()
  if (body && contentType != 'application/json' && contentType != 'application/x-amz-json-1.0') {
    res.statusCode = 404
    return res.end('<UnknownOperationException/>\n')
  }
  const responseType = contentType != 'application/x-amz-json-1.0' ? 'application/json' : contentType
  let raw
  try {
    raw = body ? JSON.parse(body) : null
  }
  catch {
    return send(res, responseType, { __type: 'com.amazon.coral.service#SerializationException' }, 400)
  }
  if (!req.headers.authorization && !/[?&]X-Amz-Algorithm=/.test(req.url)) {
    return send(res, responseType, {
      __type: 'com.amazon.coral.service#MissingAuthenticationTokenException',
      message: 'Request is missing Authentication Token',
    }, 400)
  }
  if (raw == null || typeof raw != 'object' || Array.isArray(raw)) {
    return send(res, responseType, { __type: 'com.amazon.coral.service#SerializationException' }, 400)
  }
  let data
  try {
    data = validations.checkTypes(JSON.parse(body), operation.types)
    validations.checkValidations(data, operation.types, operation.custom, store)
  }
  catch (err) {
    if (err.statusCode) return send(res, responseType, err.body, err.statusCode)
    return send(res, responseType, internalError(err), 500)
  }
  let running
  try {
    running = Promise.resolve(operation.run(store, data, raw))
  }
  catch (err) {
    running = Promise.reject(err)
  }
  running.then(function (result) {
    send(res, responseType, result)
  }, function (err) {
    if (err && err.statusCode) return send(res, responseType, err.body, err.statusCode)
    console.error('[dynamodb-engine] internal error:', err)
    send(res, responseType, internalError(err), 500)
  })
}

/** Routes our operations on server (a dynalite server) to our handlers, over store (that server's store). */
function installExtensions (server, store) {
  const ours = operations()
  const dynaliteHandlers = server.listeners('request')
  server.removeAllListeners('request')
  server.on('request', function (req, res) {
    const target = (req.headers['x-amz-target'] || '').split('.')
    const operation = req.method == 'POST' && target.length == 2 && target[0] == API_VERSION ? ours[target[1]] : null
    if (!operation) {
      dynaliteHandlers.forEach(function (handler) { handler.call(server, req, res) })
      return
    }
    const chunks = []
    let size = 0, tooLarge = false
    req.on('data', function (chunk) {
      if (tooLarge) return
      size += chunk.length
      if (size > MAX_REQUEST_BYTES) {
        tooLarge = true
        res.statusCode = 413
        res.end()
        return
      }
      chunks.push(chunk)
    })
    req.on('end', function () {
      if (tooLarge) return
      answer(store, operation, req, res, Buffer.concat(chunks).toString())
    })
  })
  return Object.keys(ours)
}

module.exports = { installExtensions }
