package com.telephony.localapi;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The running local API, over real sockets: API Gateway's JSON refusals, and eight functions at once. */
class LocalApiFrontIT {
    private static String raw(int port, String requestLine) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write((requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void malformedTargetsAndUnknownPathsGetApiGatewaysJson() throws IOException {
        LocalApi api = LocalApiSupport.api();
        String webhook = api.webhookUrl().substring(api.baseUrl().length());
        for (String target : List.of(webhook + "voximplant.sip.get%zz", webhook + "voximplant.sip.get\u00e2\u0082(",
                "/rest/../rest/voximplant.sip.get", "/rest/%2e%2e/api/fabric/resources/sip_endpoints")) {
            String answer = raw(api.port(), "GET " + target + " HTTP/1.1");
            assertTrue(answer.startsWith("HTTP/1.1 400 "), target + " → " + answer);
            assertTrue(answer.endsWith("{\"message\":\"Bad Request\"}"), answer);
            assertTrue(!answer.contains("Exception") && !answer.contains("<h1>"), answer);
        }
        String unknown = raw(api.port(), "GET /nowhere/at/all HTTP/1.1");
        assertTrue(unknown.startsWith("HTTP/1.1 404 ") && unknown.endsWith("{\"message\":\"Not Found\"}"), unknown);
    }

    @Test
    void eightClientsOnDifferentFunctionsAreServedTogether() throws Exception {
        LocalApi api = LocalApiSupport.api();
        String webhook = api.webhookUrl();
        String token = "?auth=" + api.appToken();
        String fabric = api.baseUrl() + "/api/fabric/resources/sip_endpoints";
        List<String> urls = List.of(webhook + "voximplant.sip.get", webhook + "voximplant.sip.connector.status",
                webhook + "voximplant.sip.status", webhook + "voximplant.sip.delete",
                api.baseUrl() + "/rest/telephony.externalLine.get" + token,
                api.baseUrl() + "/rest/telephony.externalLine.delete" + token, fabric, fabric + "/nonexistent");
        ExecutorService clients = Executors.newFixedThreadPool(urls.size());
        try {
            List<Future<LocalApiSupport.Answer>> answers = new ArrayList<>();
            for (String url : urls) {
                answers.add(clients.submit(() -> LocalApiSupport.send("GET", url, (String) null, null)));
            }
            for (int i = 0; i < urls.size(); i++) {
                LocalApiSupport.Answer answer = answers.get(i).get(120, TimeUnit.SECONDS);
                assertTrue(answer.status() < 500, urls.get(i) + " → " + answer);
                assertTrue(answer.contentType().startsWith("application/json"), urls.get(i) + " → " + answer);
            }
        } finally {
            clients.shutdownNow();
        }
        assertEquals(8, urls.size());
    }
}
