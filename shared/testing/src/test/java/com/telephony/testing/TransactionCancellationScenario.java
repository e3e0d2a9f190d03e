package com.telephony.testing;

import static com.telephony.testing.ConformanceTable.item;
import static com.telephony.testing.ConformanceTable.s;
import static com.telephony.testing.ConformanceTable.uniquePartition;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * The transaction the stores depend on most: one failed condition among several actions cancels all of them, and the
 * reasons say which action failed, position by position. A reusable method, so the suite's own test
 * ({@link EngineConformanceTestFailsWithoutExtensionTest}) can show it fails on an engine without transactions.
 */
final class TransactionCancellationScenario {

    private TransactionCancellationScenario() {
    }

    static void run(ConformanceTable table) {
        String pk = uniquePartition("cancel");
        table.put(item(pk, "taken", "owner", s("first")));

        TransactionCanceledException cancelled = assertThrows(TransactionCanceledException.class,
                () -> table.client().transactWriteItems(request -> request.transactItems(
                        TransactWriteItem.builder().put(put -> put.tableName(table.name())
                                .item(item(pk, "free", "owner", s("second")))
                                .conditionExpression("attribute_not_exists(pk)")).build(),
                        TransactWriteItem.builder().put(put -> put.tableName(table.name())
                                .item(item(pk, "taken", "owner", s("second")))
                                .conditionExpression("attribute_not_exists(pk)")
                                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD))
                                .build(),
                        TransactWriteItem.builder().update(update -> update.tableName(table.name())
                                .key(ConformanceTable.key(pk, "counter"))
                                .updateExpression("ADD hits :one")
                                .expressionAttributeValues(java.util.Map.of(":one", ConformanceTable.n(1)))).build())));

        List<CancellationReason> reasons = cancelled.cancellationReasons();
        assertEquals(List.of("None", "ConditionalCheckFailed", "None"),
                reasons.stream().map(CancellationReason::code).toList(), "one reason per action, in order");
        assertEquals("The conditional request failed", reasons.get(1).message());
        assertEquals("first", reasons.get(1).item().get("owner").s(), "ALL_OLD returns the item as it was");
        assertTrue(cancelled.getMessage().contains("[None, ConditionalCheckFailed, None]"), cancelled.getMessage());

        assertTrue(table.read(pk, "free").isEmpty(), "the passing put was not applied");
        assertTrue(table.read(pk, "counter").isEmpty(), "the passing update was not applied");
        assertEquals("first", table.read(pk, "taken").get("owner").s(), "the failing put was not applied");
    }
}
