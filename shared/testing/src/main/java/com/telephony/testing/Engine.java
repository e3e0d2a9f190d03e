package com.telephony.testing;

import java.net.URI;

/**
 * A DynamoDB engine for the test JVM.
 *
 * @param external run by someone else (DYNAMODB_ENDPOINT): LocalStack started by hand, or AWS itself
 * @param stopper what stops the engine at JVM exit
 */
record Engine(URI endpoint, String description, boolean external, AutoCloseable stopper) {
}
