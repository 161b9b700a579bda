package io.newsflow.enrich.tagging.canonical;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The comparison form of a name: case, dots, hyphens, curly apostrophes and a leading "the" do
 * not make a different entity ("U.S." = "US" = "us", "Nato" = "NATO", "al-Qaeda" = "Al Qaeda").
 */
public final class NameKey {

    private NameKey() {
    }

    public static String of(String name) {
        String key = Normalizer.normalize(name, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replace('’', '\'')
                .replace(".", "")
                .replace('-', ' ')
                .replaceAll("\\s+", " ")
                .strip();
        return key.startsWith("the ") ? key.substring(4) : key;
    }

    static String[] tokens(String key) {
        return key.isEmpty() ? new String[0] : key.split(" ");
    }
}
