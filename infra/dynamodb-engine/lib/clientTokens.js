'use strict'

const crypto = require('crypto')

// DynamoDB remembers a ClientRequestToken for 10 minutes after the request that used it completed.
const TOKEN_LIFETIME_MS = 10 * 60 * 1000

function serviceError (type, message) {
  const err = new Error(message)
  err.statusCode = 400
  err.body = { __type: 'com.amazonaws.dynamodb.v20120810#' + type, message: message }
  return err
}

/**
 * ClientRequestToken idempotency of TransactWriteItems, in memory: a committed transaction's token answers a repeat
 * of the same request with the first answer and writes nothing; a different request with the same token is refused.
 * A cancelled or failed transaction forgets its token, so a retry runs again. Tokens do not survive a restart.
 */
class ClientTokens {
  constructor (now) {
    this.now = now || Date.now
    this.entries = new Map()
    // Committed tokens in the order they expire (settle times only grow), so pruning looks at the oldest only.
    this.expiring = []
  }

  /** The earlier answer for a repeat of request (its JSON text), or null after registering it as running. */
  claim (token, request) {
    this.prune()
    const fingerprint = crypto.createHash('sha256').update(request).digest('hex')
    const entry = this.entries.get(token)
    if (entry) {
      if (entry.fingerprint !== fingerprint) {
        throw serviceError('IdempotentParameterMismatchException',
          'The request uses the same client token as a previous, but non-identical request.')
      }
      if (entry.result == null) {
        throw serviceError('TransactionInProgressException', 'The transaction with the given request token is already in progress.')
      }
      return entry.result
    }
    this.entries.set(token, { token: token, fingerprint: fingerprint, result: null, expiresAt: Infinity })
    return null
  }

  /** Called on every path once the request finished: remembers a commit, forgets anything else. */
  settle (token, result) {
    const entry = this.entries.get(token)
    if (!entry || entry.result != null) return
    if (result == null) {
      this.entries.delete(token)
      return
    }
    entry.result = result
    entry.expiresAt = this.now() + TOKEN_LIFETIME_MS
    this.expiring.push(token)
  }

  prune () {
    const now = this.now()
    while (this.expiring.length) {
      const entry = this.entries.get(this.expiring[0])
      if (entry && entry.expiresAt > now) break
      this.expiring.shift()
      if (entry) this.entries.delete(entry.token)
    }
  }
}

module.exports = { ClientTokens, TOKEN_LIFETIME_MS, serviceError }
