package io.newsflow.enrich.eval;

import io.newsflow.enrich.topics.IptcTopics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * AG News test split ({@code label,title,description}, quoted CSV) with the mapping to IPTC used
 * for evaluation only (the model never trains on it): World counts as right when the classifier
 * says politics or conflict, war and peace (AG's "World" is foreign news, mostly one or the other);
 * Sports, Business and Sci/Tech map to sport, economy and science and technology.
 */
public final class AgNewsCorpus {

    private static final List<Set<String>> ACCEPTED = List.of(
            Set.of(IptcTopics.POLITICS, IptcTopics.CONFLICT),
            Set.of(IptcTopics.SPORT),
            Set.of(IptcTopics.ECONOMY),
            Set.of(IptcTopics.SCIENCE_TECHNOLOGY));
    static final List<String> LABELS = List.of("World", "Sports", "Business", "Sci/Tech");

    /** @param label 0..3: World, Sports, Business, Sci/Tech */
    public record Item(int label, String title, String description) {

        public boolean accepts(String topicCode) {
            return ACCEPTED.get(label).contains(topicCode);
        }

        public String labelName() {
            return LABELS.get(label);
        }
    }

    private AgNewsCorpus() {
    }

    public static List<Item> read(Path file) {
        try {
            List<Item> items = new ArrayList<>();
            List<String> lines = Files.readAllLines(file);
            for (String line : lines.subList(1, lines.size())) {
                List<String> fields = csvFields(line);
                items.add(new Item(Integer.parseInt(fields.get(0)) - 1, clean(fields.get(1)), clean(fields.get(2))));
            }
            return items;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** AG News escapes: a backslash for a line break, "#36;" for "$", "#39;" for an apostrophe. */
    private static String clean(String field) {
        return field.replace("\\", " ").replace("#36;", "$").replace("#39;", "'").replace("quot;", "\"").strip();
    }

    static List<String> csvFields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
