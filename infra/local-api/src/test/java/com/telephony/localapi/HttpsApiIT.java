package com.telephony.localapi;

import org.junit.jupiter.api.Test;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code --https}: the same API over TLS with a self-signed certificate made on first run. A client that trusts only
 * the printed certificate (and checks the host name, as every client does) gets answers; one that does not trust it
 * is refused at the handshake.
 */
class HttpsApiIT {
    @Test
    void theApiAnswersOverTlsToAClientThatTrustsThePrintedCertificate() throws Exception {
        LocalApi plain = LocalApiSupport.api();
        Path tlsDir = Path.of("target", "https-it-tls").toAbsolutePath();
        // Same engine, table and configuration as the plain API (handlers read them from this JVM's properties).
        LocalApi.Options options = new LocalApi.Options("127.0.0.1", 0, LocalApi.findTemplateFrom(plain), null,
                plain.dynamoDbEndpoint(), 0, plain.table(), "us-east-1").withHttps(tlsDir);
        try (LocalApi https = LocalApi.start(options)) {
            assertTrue(https.baseUrl().startsWith("https://127.0.0.1:"), https.baseUrl());
            Path pem = https.certificate();
            assertTrue(Files.isRegularFile(pem) && Files.readString(pem).startsWith("-----BEGIN CERTIFICATE-----"));

            HttpClient trusting = HttpClient.newBuilder().sslContext(trusting(pem)).build();
            HttpResponse<String> answer = trusting.send(HttpRequest.newBuilder(
                            URI.create(https.webhookUrl() + "server.time"))
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), answer.body());
            assertTrue(answer.body().startsWith("{\"result\":\""), answer.body());

            HttpResponse<String> oauth = trusting.send(HttpRequest.newBuilder(URI.create(https.baseUrl()
                    + "/oauth/token/?grant_type=refresh_token&client_id=x&client_secret=y&refresh_token=z")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(401, oauth.statusCode(), oauth.body());

            HttpClient untrusting = HttpClient.newHttpClient();
            assertThrows(SSLHandshakeException.class, () -> untrusting.send(HttpRequest.newBuilder(
                    URI.create(https.webhookUrl() + "server.time")).build(), HttpResponse.BodyHandlers.ofString()));
        }
        // A second start keeps the certificate clients already trust.
        String first = Files.readString(tlsDir.resolve("local-api.pem"));
        LocalTls.ensure(tlsDir);
        assertEquals(first, Files.readString(tlsDir.resolve("local-api.pem")));
    }

    private static SSLContext trusting(Path pem) throws Exception {
        Certificate certificate;
        try (InputStream in = Files.newInputStream(pem)) {
            certificate = CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        trust.setCertificateEntry("local-api", certificate);
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context;
    }
}
