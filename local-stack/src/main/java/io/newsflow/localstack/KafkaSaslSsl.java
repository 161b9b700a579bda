package io.newsflow.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A second listener on the broker, {@code SASL_SSL} with SCRAM-SHA-512, as a secured production broker
 * has: TLS with the server certificate in {@code keyStore}, and the users in {@code scramUsers}. The
 * users' credentials are written into the KRaft metadata when the storage is formatted, that is on the
 * first start on a data directory; a later start keeps the ones it has. The plaintext listener stays, on
 * 127.0.0.1, for the broker's own use and for tests that do not care.
 *
 * @param keyStore         PKCS#12 keystore with the broker's key and certificate chain
 * @param keyStorePassword its password (also the key's, as PKCS#12 has it)
 * @param scramUsers       user name to password
 */
public record KafkaSaslSsl(Path keyStore, String keyStorePassword, Map<String, String> scramUsers) {

    public static final String MECHANISM = "SCRAM-SHA-512";

    /** Kafka's format tool reads {@code [name=...,password=...]}: these characters would end a value early. */
    private static final Pattern PLAIN = Pattern.compile("[^\\[\\],=\"\\s]+");

    public KafkaSaslSsl {
        Objects.requireNonNull(keyStore, "keyStore");
        Objects.requireNonNull(keyStorePassword, "keyStorePassword");
        keyStore = keyStore.toAbsolutePath().normalize();
        if (!Files.isRegularFile(keyStore)) {
            throw new IllegalArgumentException("No keystore at " + keyStore);
        }
        if (scramUsers == null || scramUsers.isEmpty()) {
            throw new IllegalArgumentException("A SASL_SSL listener needs at least one SCRAM user");
        }
        scramUsers.forEach((user, password) -> {
            if (!PLAIN.matcher(user).matches() || !PLAIN.matcher(password).matches()) {
                throw new IllegalArgumentException("SCRAM user names and passwords may not contain brackets, commas, '=', quotes or spaces: " + user);
            }
        });
        scramUsers = Map.copyOf(scramUsers);
    }
}
