package com.telephony.localapi;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The local API's TLS identity for {@code --https}: a self-signed certificate for {@code 127.0.0.1} and
 * {@code localhost}, made on first use with the JDK's own {@code keytool} (nothing to download) and kept in a folder,
 * so clients can trust it once: {@code local-api.pem} for {@code NODE_EXTRA_CA_CERTS} or {@code curl --cacert},
 * {@code local-api.p12} (the key; password {@value #PASSWORD}, a local development secret only).
 */
final class LocalTls {
    static final String PASSWORD = "localapi";
    private static final String ALIAS = "local-api";

    private final Path keyStore;
    private final Path certificate;

    private LocalTls(Path keyStore, Path certificate) {
        this.keyStore = keyStore;
        this.certificate = certificate;
    }

    /** The identity in {@code dir}, generated there first if it is not there yet. */
    static LocalTls ensure(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path keyStore = dir.resolve("local-api.p12");
        Path certificate = dir.resolve("local-api.pem");
        if (!Files.isRegularFile(keyStore)) {
            keytool("-genkeypair", "-alias", ALIAS, "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "825",
                    "-dname", "CN=localhost, O=Telephony functions local API",
                    "-ext", "SAN=ip:127.0.0.1,ip:0:0:0:0:0:0:0:1,dns:localhost", "-ext", "EKU=serverAuth",
                    "-storetype", "PKCS12", "-keystore", keyStore.toString(), "-storepass", PASSWORD);
            Files.deleteIfExists(certificate);
        }
        if (!Files.isRegularFile(certificate)) {
            keytool("-exportcert", "-rfc", "-alias", ALIAS, "-keystore", keyStore.toString(), "-storepass", PASSWORD,
                    "-file", certificate.toString());
        }
        return new LocalTls(keyStore, certificate);
    }

    Path certificate() {
        return certificate;
    }

    SSLContext sslContext() throws IOException {
        try (InputStream in = Files.newInputStream(keyStore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, PASSWORD.toCharArray());
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, PASSWORD.toCharArray());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot load " + keyStore + ": " + e.getMessage(), e);
        }
    }

    private static void keytool(String... args) throws IOException {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        List<String> command = new java.util.ArrayList<>(List.of(keytool.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException("keytool failed: " + output.trim());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running keytool", e);
        }
    }
}
