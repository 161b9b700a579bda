package io.newsflow.ingest.identity;

import io.newsflow.contract.Source;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Stable article ids and content hashes. The id is a hash of the canonical URL, so every copy of
 * an URL (with or without tracking parameters) is the same article; without a URL it hashes the
 * source and the normalised title and body, so a re-sent text is recognised too. 128 bits of
 * SHA-256 in hex: short enough for a Kafka key and an Elasticsearch id, with no collisions in practice.
 */
public final class ArticleIdentity {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private ArticleIdentity() {
    }

    public static String fromUrl(String canonicalUrl) {
        return sha256("url\n" + canonicalUrl).substring(0, 32);
    }

    public static String fromText(Source source, String title, String body) {
        String sourceKey = source.domain() != null ? source.domain() : source.name().toLowerCase(Locale.ROOT);
        return sha256("text\n" + sourceKey + "\n" + comparable(title) + "\n" + comparable(body)).substring(0, 32);
    }

    /** Equal for texts that differ only in case, punctuation or spacing. */
    static String comparable(String text) {
        return NOT_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** Hash of what a reader sees; equal hashes mean the same content. */
    public static String contentHash(String title, String subtitle, String body) {
        return sha256(title + "\n" + (subtitle == null ? "" : subtitle) + "\n" + body);
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
