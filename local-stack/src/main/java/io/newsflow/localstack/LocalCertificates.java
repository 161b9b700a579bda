package io.newsflow.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A private certificate authority and one server certificate it signed, for {@code localhost} and
 * {@code 127.0.0.1}, made fresh the way an operator makes them: with the JDK's {@code keytool}, for
 * the broker's SASL_SSL listener ({@link KafkaSaslSsl}) and for tests of secured clients. Nothing is
 * committed: they live in the directory given, under a test's {@code target/}. The server keystore
 * holds the whole chain (server, then CA), as Elasticsearch and Kafka send it. Valid for two days.
 *
 * @param caCertificate PEM file of the CA: what clients trust (an SSL bundle's truststore, Kafka's PEM truststore)
 * @param keyStore      PKCS#12 file with the server's key and chain, protected by {@code password}
 * @param password      password of {@code keyStore}
 * @param caFingerprint SHA-256 of the CA certificate, lowercase hex, as Elasticsearch prints it at first start
 */
public record LocalCertificates(Path caCertificate, Path keyStore, String password, String caFingerprint) {

    /** Writes a new CA and server certificate for {@code localhost} and {@code 127.0.0.1} into {@code directory}. */
    public static LocalCertificates generate(Path directory) {
        return generate(directory, "dns:localhost", "ip:127.0.0.1");
    }

    /**
     * Writes a new CA and a server certificate for the given names into {@code directory} (created if needed).
     *
     * @param names subject alternative names in keytool's notation: {@code dns:localhost}, {@code ip:127.0.0.1}
     */
    public static LocalCertificates generate(Path directory, String... names) {
        try {
            Files.createDirectories(directory);
            String password = UUID.randomUUID().toString();
            Path ca = directory.resolve("ca.p12");
            Path caPem = directory.resolve("ca.pem");
            Path server = directory.resolve("server.p12");
            Path request = directory.resolve("server.csr");
            Path signed = directory.resolve("server.pem");
            Path chain = directory.resolve("server-chain.pem");
            keytool("-genkeypair", "-alias", "ca", "-keyalg", "EC", "-groupname", "secp256r1",
                    "-dname", "CN=Newsflow local CA", "-ext", "bc:c", "-validity", "2",
                    "-keystore", ca.toString(), "-storetype", "PKCS12", "-storepass", password);
            keytool("-exportcert", "-rfc", "-alias", "ca", "-keystore", ca.toString(), "-storepass", password,
                    "-file", caPem.toString());
            keytool("-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1",
                    "-dname", "CN=localhost", "-validity", "2",
                    "-keystore", server.toString(), "-storetype", "PKCS12", "-storepass", password);
            keytool("-certreq", "-alias", "server", "-keystore", server.toString(), "-storepass", password,
                    "-file", request.toString());
            keytool("-gencert", "-rfc", "-alias", "ca", "-keystore", ca.toString(), "-storepass", password,
                    "-infile", request.toString(), "-outfile", signed.toString(), "-validity", "2",
                    "-ext", "SAN=" + String.join(",", names), "-ext", "KU=digitalSignature", "-ext", "EKU=serverAuth,clientAuth");
            Files.writeString(chain, Files.readString(signed) + Files.readString(caPem));
            keytool("-importcert", "-noprompt", "-alias", "server", "-keystore", server.toString(), "-storepass", password,
                    "-file", chain.toString());
            return new LocalCertificates(caPem, server, password, fingerprint(caPem));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write test certificates under " + directory, e);
        }
    }

    /** A server-side TLS context presenting the server certificate and its chain. */
    public SSLContext serverContext() {
        try (InputStream in = Files.newInputStream(keyStore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password.toCharArray());
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, password.toCharArray());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot load " + keyStore, e);
        }
    }

    private static String fingerprint(Path pem) throws IOException {
        try (InputStream in = Files.newInputStream(pem)) {
            X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read " + pem, e);
        }
    }

    private static void keytool(String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("keytool " + arguments[0] + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run keytool", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
