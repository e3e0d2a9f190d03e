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
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The local API's HTTP front on raw sockets: what API Gateway refuses, and requests in parallel. */
class HttpFrontTest {
    private static String exchange(int port, byte[] request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    private static byte[] request(String target, String extraHeaders) {
        byte[] head = ("GET ").getBytes(StandardCharsets.ISO_8859_1);
        byte[] tail = (" HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n" + extraHeaders + "\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] middle = target.getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[head.length + middle.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(middle, 0, all, head.length, middle.length);
        System.arraycopy(tail, 0, all, head.length + middle.length, tail.length);
        return all;
    }

    private static HttpFront echo() throws IOException {
        return new HttpFront("127.0.0.1", 0, request -> new HttpFront.Response(200,
                Map.of("Content-Type", "text/plain"), (request.method() + " " + request.rawPath() + "?"
                + request.rawQuery()).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void refusesWhatApiGatewayRefusesWithJson() throws IOException {
        try (HttpFront front = echo()) {
            front.start();
            for (String target : List.of("/rest/%zz", "/rest/%e2%82(/x?a=%", "/rest/\u00e2\u0082(", "/rest/\u00e9",
                    "/rest/../etc/passwd", "/rest/%2e%2e/x", "/rest/./x", "/a/..", "*", "http://h/x",
                    "/rest/x?a=%zz", "/rest/x\u0001", "/rest/x#frag")) {
                String answer = exchange(front.port(), request(target, ""));
                assertTrue(answer.startsWith("HTTP/1.1 400 Bad Request\r\n"), target + " → " + answer);
                assertTrue(answer.contains("Content-Type: application/json"), answer);
                assertTrue(answer.endsWith("\r\n\r\n{\"message\":\"Bad Request\"}"), answer);
            }
            String longTarget = exchange(front.port(), request("/" + "a".repeat(HttpFront.MAX_REQUEST_LINE), ""));
            assertTrue(longTarget.startsWith("HTTP/1.1 414 ") && longTarget.endsWith("{\"message\":\"Request-URI Too Long\"}"),
                    longTarget);
            String bigHeaders = exchange(front.port(), request("/rest/x", ("X-Big: " + "b".repeat(4000) + "\r\n").repeat(3)));
            assertTrue(bigHeaders.startsWith("HTTP/1.1 431 ")
                    && bigHeaders.endsWith("{\"message\":\"Request Header Fields Too Large\"}"), bigHeaders);
            String garbage = exchange(front.port(), "NOT HTTP AT ALL\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            assertTrue(garbage.startsWith("HTTP/1.1 400 ") && garbage.endsWith("{\"message\":\"Bad Request\"}"), garbage);
            String fine = exchange(front.port(), request("/rest/1/x%20y/voximplant.sip.get?FILTER[ID]=1&a=%C3%A9", ""));
            assertTrue(fine.endsWith("GET /rest/1/x%20y/voximplant.sip.get?FILTER[ID]=1&a=%C3%A9"), fine);
        }
    }

    @Test
    void servesEightConnectionsAtOnce() throws Exception {
        int clients = 8;
        CyclicBarrier allInside = new CyclicBarrier(clients);
        // Every request waits inside the handler until all eight are inside: a front that served one connection
        // at a time would never get there, and the barrier's timeout would fail the requests.
        try (HttpFront front = new HttpFront("127.0.0.1", 0, request -> {
            try {
                allInside.await(30, TimeUnit.SECONDS);
                return new HttpFront.Response(200, Map.of(), request.rawPath().getBytes(StandardCharsets.UTF_8));
            } catch (Exception e) {
                return new HttpFront.Response(500, Map.of(), e.toString().getBytes(StandardCharsets.UTF_8));
            }
        })) {
            front.start();
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            try {
                List<Future<String>> answers = new ArrayList<>();
                for (int i = 0; i < clients; i++) {
                    String path = "/function-" + i;
                    answers.add(pool.submit(() -> exchange(front.port(), request(path, ""))));
                }
                for (int i = 0; i < clients; i++) {
                    String answer = answers.get(i).get(60, TimeUnit.SECONDS);
                    assertTrue(answer.startsWith("HTTP/1.1 200 "), answer);
                    assertTrue(answer.endsWith("/function-" + i), answer);
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void keepsConnectionsAliveAndReadsChunkedAndContinuedBodies() throws IOException {
        try (HttpFront front = new HttpFront("127.0.0.1", 0, request -> new HttpFront.Response(200, Map.of(),
                request.body()))) {
            front.start();
            String two = exchange(front.port(), ("POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc"
                    + "POST /b HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                    + "2\r\nde\r\n1;ext=1\r\nf\r\n0\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            assertTrue(two.contains("Connection: keep-alive\r\n\r\nabc"), two);
            assertTrue(two.endsWith("Connection: close\r\n\r\ndef"), two);
            String continued = exchange(front.port(), ("POST /c HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\n"
                    + "Content-Length: 2\r\nConnection: close\r\n\r\nok").getBytes(StandardCharsets.US_ASCII));
            assertTrue(continued.startsWith("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK"), continued);
            assertEquals("ok", continued.substring(continued.length() - 2));
        }
    }
}
