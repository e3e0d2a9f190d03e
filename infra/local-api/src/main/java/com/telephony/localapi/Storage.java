package com.telephony.localapi;

import com.telephony.domain.fabric.ProjectProvisioning;
import com.telephony.domain.tenancy.OAuthTokens;
import com.telephony.domain.tenancy.Provisioning;
import com.telephony.store.dynamodb.DynamoDbOAuthStore;
import com.telephony.store.dynamodb.DynamoDbProjectStore;
import com.telephony.store.dynamodb.DynamoDbTenancyStore;
import com.telephony.store.dynamodb.TableLayout;
import com.telephony.store.dynamodb.TelephonyTable;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;

import java.net.URI;
import java.time.Clock;

/** The table the local API and the provisioning CLI work on: on a local engine, or on AWS when no endpoint is given. */
final class Storage implements ProvisioningTarget {
    private final DynamoDbClient client;
    private final String tableName;

    Storage(String endpoint, String region, String tableName) {
        DynamoDbClientBuilder builder = DynamoDbClient.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .region(Region.of(region));
        if (endpoint == null || endpoint.isBlank()) {
            builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
        } else {
            builder.endpointOverride(URI.create(endpoint))
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")));
        }
        this.client = builder.build();
        this.tableName = tableName;
    }

    /** Creates the table with the code's key schema unless it is there already. */
    void ensureTable() {
        try {
            client.createTable(TableLayout.createTableRequest(tableName));
        } catch (ResourceInUseException exists) {
            return;
        }
        client.waiter().waitUntilTableExists(request -> request.tableName(tableName));
    }

    @Override
    public Provisioning provisioning() {
        return new Provisioning(new DynamoDbTenancyStore(client, new TelephonyTable(tableName)), Clock.systemUTC());
    }

    /** Client secrets and refresh tokens of applications. */
    @Override
    public OAuthTokens oAuthTokens() {
        TelephonyTable table = new TelephonyTable(tableName);
        return new OAuthTokens(new DynamoDbTenancyStore(client, table), new DynamoDbOAuthStore(client, table),
                Clock.systemUTC());
    }

    /** SignalWire projects and API tokens. */
    @Override
    public ProjectProvisioning projectProvisioning() {
        return new ProjectProvisioning(new DynamoDbProjectStore(client, new TelephonyTable(tableName)));
    }

    @Override
    public void close() {
        client.close();
    }
}
