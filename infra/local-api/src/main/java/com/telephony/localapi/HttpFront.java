package com.telephony.localapi;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import javax.net.ssl.SSLContext;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The local API's HTTP/1.1 server: reads requests off the socket itself, so a request API Gateway's HTTP API would
 * refuse is answered the way it answers, with JSON {@code {"message": ...}} (docs/operations.md, "Local API"): a
 * malformed request line or target (bad percent escapes, raw non-ASCII bytes or control characters, {@code .}
 * and {@code ..} segments) 400, a request line over 10,240 bytes 414, headers over 10,240 bytes 431, a body over
 * 10 MB 413. Every connection has a thread of its own (keep-alive honoured), so requests run in parallel; how
 * they then reach the functions is {@link LocalFunction}'s business.
 */
final class HttpFront implements AutoCloseable {
    /** API Gateway HTTP API: request line and header values at most 10,240 bytes; payloads at most 10 MB. */
    static final int MAX_REQUEST_LINE = 10_240;
    static final int MAX_HEADER_BYTES = 10_240;
    static final int MAX_BODY_BYTES = 10 * 1024 * 1024;
    private static final int IDLE_TIMEOUT_MS = 30_000;

    /** A request as read off the wire, target already checked. */
    record Request(String method, String rawPath, String rawQuery, String protocol, Map<String, List<String>> headers,
                   byte[] body, InetSocketAddress remote, int localPort) {
        String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? null : String.join(",", values);
        }
    }

    record Response(int status, Map<String, String> headers, byte[] body) {
    }

    interface Handler {
        Response handle(Request request);
    }

    /** A request that API Gateway would refuse before any route: its status and message. */
    private static final class Refused extends Exception {
        final int status;

        Refused(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }

    private final ServerSocket socket;
    private final Handler handler;
    private final ExecutorService connections = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "local-api-connection");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean open = true;

    HttpFront(String host, int port, Handler handler) throws IOException {
        this(host, port, handler, null);
    }

    /** With {@code tls} non-null every connection is TLS (HTTPS only, as API Gateway serves). */
    HttpFront(String host, int port, Handler handler, SSLContext tls) throws IOException {
        this.socket = tls == null ? new ServerSocket() : tls.getServerSocketFactory().createServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getByName(host), port), 128);
        this.handler = handler;
    }

    int port() {
        return socket.getLocalPort();
    }

    void start() {
        Thread acceptor = new Thread(this::accept, "local-api-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void accept() {
        while (open) {
            try {
                Socket connection = socket.accept();
                connections.execute(() -> serve(connection));
            } catch (IOException e) {
                if (open) {
                    System.err.println("[local-api] accept failed: " + e);
                }
            }
        }
    }

    private void serve(Socket connection) {
        try (connection) {
            connection.setSoTimeout(IDLE_TIMEOUT_MS);
            InputStream in = new BufferedInputStream(connection.getInputStream());
            OutputStream out = connection.getOutputStream();
            boolean keepAlive = true;
            while (keepAlive && open) {
                Request request;
                try {
                    request = read(in, out, connection);
                    if (request == null) {
                        return; // the client closed the connection between requests
                    }
                } catch (Refused refused) {
                    write(out, "GET", refused.status, json(refused.getMessage()), false);
                    return;
                }
                Response response = handler.handle(request);
                keepAlive = keepAlive(request);
                write(out, request.method(), response.status(), response, keepAlive);
            }
        } catch (SocketTimeoutException | SocketException closed) {
            // idle or gone: nothing to answer
        } catch (IOException e) {
            System.err.println("[local-api] connection failed: " + e);
        }
    }

    private static boolean keepAlive(Request request) {
        String connection = request.header("connection");
        if (connection != null && connection.toLowerCase(Locale.ROOT).contains("close")) {
            return false;
        }
        return request.protocol().equals("HTTP/1.1")
                || connection != null && connection.toLowerCase(Locale.ROOT).contains("keep-alive");
    }

    /** The next request, or {@code null} at a clean end of the connection. */
    private static Request read(InputStream in, OutputStream out, Socket connection) throws IOException, Refused {
        String line = readLine(in, MAX_REQUEST_LINE, 414, "Request-URI Too Long");
        if (line == null) {
            return null;
        }
        String[] parts = line.split(" ", -1);
        if (parts.length != 3 || !parts[2].matches("HTTP/1\\.[01]") || !parts[0].matches("[A-Za-z]{1,20}")) {
            throw new Refused(400, "Bad Request");
        }
        String target = parts[1];
        checkTarget(target);
        int question = target.indexOf('?');
        String rawPath = question < 0 ? target : target.substring(0, question);
        String rawQuery = question < 0 ? "" : target.substring(question + 1);

        Map<String, List<String>> headers = new LinkedHashMap<>();
        int headerBytes = 0;
        for (String header = readLine(in, MAX_HEADER_BYTES, 431, "Request Header Fields Too Large");
             header != null && !header.isEmpty();
             header = readLine(in, MAX_HEADER_BYTES, 431, "Request Header Fields Too Large")) {
            headerBytes += header.length() + 2;
            if (headerBytes > MAX_HEADER_BYTES) {
                throw new Refused(431, "Request Header Fields Too Large");
            }
            int colon = header.indexOf(':');
            if (colon <= 0 || header.charAt(0) == ' ' || header.charAt(0) == '\t'
                    || !header.substring(0, colon).matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+")) {
                throw new Refused(400, "Bad Request");
            }
            headers.computeIfAbsent(header.substring(0, colon).toLowerCase(Locale.ROOT), name -> new ArrayList<>())
                    .add(header.substring(colon + 1).trim());
        }
        Request headersOnly = new Request(parts[0], rawPath, rawQuery, parts[2], headers, new byte[0],
                (InetSocketAddress) connection.getRemoteSocketAddress(), connection.getLocalPort());
        String expect = headersOnly.header("expect");
        if (expect != null && expect.equalsIgnoreCase("100-continue")) {
            out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }
        byte[] body = body(in, headersOnly);
        return new Request(parts[0], rawPath, rawQuery, parts[2], headers, body, headersOnly.remote(),
                headersOnly.localPort());
    }

    /**
     * Origin form only, printable ASCII, well-formed percent escapes, no {@code .} or {@code ..} path segment
     * (also when percent-encoded): what API Gateway routes. Anything else is 400.
     */
    static void checkTarget(String target) throws Refused {
        if (target.isEmpty() || target.charAt(0) != '/') {
            throw new Refused(400, "Bad Request");
        }
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c <= 0x20 || c >= 0x7F || c == '#' || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^'
                    || c == '`' || c == '{' || c == '|' || c == '}') {
                throw new Refused(400, "Bad Request");
            }
            if (c == '%' && (i + 2 >= target.length() || hex(target.charAt(i + 1)) < 0 || hex(target.charAt(i + 2)) < 0)) {
                throw new Refused(400, "Bad Request");
            }
        }
        int question = target.indexOf('?');
        String path = question < 0 ? target : target.substring(0, question);
        for (String segment : path.split("/", -1)) {
            String decoded = segment.replaceAll("(?i)%2e", ".");
            if (decoded.equals(".") || decoded.equals("..") || segment.toLowerCase(Locale.ROOT).contains("%2f")
                    && decoded.contains("..")) {
                throw new Refused(400, "Bad Request");
            }
        }
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }

    private static byte[] body(InputStream in, Request request) throws IOException, Refused {
        String transferEncoding = request.header("transfer-encoding");
        if (transferEncoding != null && transferEncoding.toLowerCase(Locale.ROOT).contains("chunked")) {
            return chunked(in);
        }
        String length = request.header("content-length");
        if (length == null) {
            return new byte[0];
        }
        long size;
        try {
            size = Long.parseLong(length.trim());
        } catch (NumberFormatException malformed) {
            throw new Refused(400, "Bad Request");
        }
        if (size < 0) {
            throw new Refused(400, "Bad Request");
        }
        if (size > MAX_BODY_BYTES) {
            throw new Refused(413, "Request Entity Too Large");
        }
        byte[] body = in.readNBytes((int) size);
        if (body.length < size) {
            throw new SocketException("body ended early");
        }
        return body;
    }

    private static byte[] chunked(InputStream in) throws IOException, Refused {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String sizeLine = readLine(in, 1024, 400, "Bad Request");
            if (sizeLine == null) {
                throw new SocketException("chunked body ended early");
            }
            int semicolon = sizeLine.indexOf(';');
            int size;
            try {
                size = Integer.parseInt((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
            } catch (NumberFormatException malformed) {
                throw new Refused(400, "Bad Request");
            }
            if (size < 0 || body.size() + (long) size > MAX_BODY_BYTES) {
                throw new Refused(413, "Request Entity Too Large");
            }
            if (size == 0) {
                for (String trailer = readLine(in, MAX_HEADER_BYTES, 431, "Request Header Fields Too Large");
                     trailer != null && !trailer.isEmpty();
                     trailer = readLine(in, MAX_HEADER_BYTES, 431, "Request Header Fields Too Large")) {
                    // trailers are not passed on, as API Gateway does not pass them
                }
                return body.toByteArray();
            }
            body.write(in.readNBytes(size));
            readLine(in, 2, 400, "Bad Request");
        }
    }

    /**
     * One line as ISO-8859-1 (bytes 1:1, so raw non-ASCII bytes stay visible to the checks), without its CRLF;
     * {@code null} at the end of the stream before any byte.
     */
    private static String readLine(InputStream in, int max, int tooLongStatus, String tooLongMessage)
            throws IOException, Refused {
        StringBuilder line = new StringBuilder();
        for (int b = in.read(); ; b = in.read()) {
            if (b < 0) {
                if (line.length() == 0) {
                    return null;
                }
                throw new SocketException("line ended early");
            }
            if (b == '\n') {
                int end = line.length();
                return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
            }
            if (line.length() >= max) {
                throw new Refused(tooLongStatus, tooLongMessage);
            }
            line.append((char) b);
        }
    }

    static Response json(String message) {
        return new Response(0, Map.of("Content-Type", "application/json"),
                ("{\"message\":\"" + message + "\"}").getBytes(StandardCharsets.UTF_8));
    }

    private static void write(OutputStream out, String method, int status, Response response, boolean keepAlive)
            throws IOException {
        boolean noBody = status == 204 || status == 304 || "HEAD".equalsIgnoreCase(method);
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(' ').append(reason(status))
                .append("\r\n");
        response.headers().forEach((name, value) -> {
            if (!name.equalsIgnoreCase("content-length") && !name.equalsIgnoreCase("connection")
                    && !name.equalsIgnoreCase("transfer-encoding")) {
                head.append(name).append(": ").append(value.replace("\r", "").replace("\n", "")).append("\r\n");
            }
        });
        head.append("Content-Length: ").append(noBody ? 0 : response.body().length).append("\r\n");
        head.append("Connection: ").append(keepAlive ? "keep-alive" : "close").append("\r\n\r\n");
        out.write(head.toString().getBytes(StandardCharsets.UTF_8));
        if (!noBody) {
            out.write(response.body());
        }
        out.flush();
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 201 -> "Created";
            case 204 -> "No Content";
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 413 -> "Payload Too Large";
            case 414 -> "URI Too Long";
            case 422 -> "Unprocessable Entity";
            case 429 -> "Too Many Requests";
            case 431 -> "Request Header Fields Too Large";
            case 500 -> "Internal Server Error";
            case 503 -> "Service Unavailable";
            default -> "Status";
        };
    }

    @Override
    public void close() {
        open = false;
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        connections.shutdownNow();
    }
}
