package com.telephony.store.memory;

/**
 * One set of in-memory stores, for unit tests of use cases and protocol methods: what a function gets from the
 * DynamoDB adapter, without an engine. Each instance is empty and independent of every other.
 */
public record InMemoryStores(
        InMemorySipLineStore sipLines,
        InMemorySipConnectorStore sipConnectors,
        InMemoryExternalLineStore externalLines,
        InMemorySipEndpointStore sipEndpoints,
        InMemoryTenancyStore tenancy,
        InMemoryProjectStore projects,
        InMemoryOAuthStore oauth) {

    public static InMemoryStores create() {
        InMemoryTenancyStore tenancy = new InMemoryTenancyStore();
        return new InMemoryStores(new InMemorySipLineStore(), new InMemorySipConnectorStore(),
                new InMemoryExternalLineStore(), new InMemorySipEndpointStore(), tenancy,
                new InMemoryProjectStore(), new InMemoryOAuthStore(tenancy));
    }
}
