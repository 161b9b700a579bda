package io.newsflow.enrich.evaluation;

import io.newsflow.enrich.topics.IptcTopics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * AG News test split ({@code label,title,description}, quoted CSV) with the mapping from IPTC to
 * AG's classes used for evaluation only (the classifier never trains on AG News and never sees this
 * mapping). The mapping is a function of the predicted topic, one AG class per IPTC topic at most,
 * chosen by the section of a general news site that carries a story of that topic, since AG's
 * classes are the source sites' sections (see {@link #AG_CLASS_OF_TOPIC}).
 */
public final class AgNewsCorpus {

    static final int WORLD = 0;
    static final int SPORTS = 1;
    static final int BUSINESS = 2;
    static final int SCI_TECH = 3;

    /**
     * Which AG class a best topic counts for. AG News was built from the four largest sections of
     * the ComeToMyHead crawl (World, Sports, Business, Sci/Tech); its other sections (Health,
     * Entertainment, U.S., Europe, Top News, ...) were left out. So:
     * <ul>
     *   <li>World, the general international news section, takes the hard-news topics no specialist
     *       section carries: politics; conflict, war and peace; crime, law and justice; disaster,
     *       accident and emergency incident; society; religion; education; human interest; weather.</li>
     *   <li>Sports = sport; Business = economy, business and finance, and labour (jobs, strikes and
     *       pay are business-page news); Sci/Tech = science and technology, and environment
     *       (news sites file it under science, as the BBC's "Science &amp; Environment" does).</li>
     *   <li>Health and arts, culture, entertainment and media were AG sections of their own, left
     *       out of the data set, and lifestyle and leisure has no AG section: a best topic among
     *       these counts as wrong whatever the item's class.</li>
     * </ul>
     */
    static final Map<String, Integer> AG_CLASS_OF_TOPIC = Map.ofEntries(
            Map.entry(IptcTopics.POLITICS, WORLD),
            Map.entry(IptcTopics.CONFLICT, WORLD),
            Map.entry(IptcTopics.CRIME, WORLD),
            Map.entry(IptcTopics.DISASTER, WORLD),
            Map.entry(IptcTopics.SOCIETY, WORLD),
            Map.entry(IptcTopics.RELIGION, WORLD),
            Map.entry(IptcTopics.EDUCATION, WORLD),
            Map.entry(IptcTopics.HUMAN_INTEREST, WORLD),
            Map.entry(IptcTopics.WEATHER, WORLD),
            Map.entry(IptcTopics.SPORT, SPORTS),
            Map.entry(IptcTopics.ECONOMY, BUSINESS),
            Map.entry(IptcTopics.LABOUR, BUSINESS),
            Map.entry(IptcTopics.SCIENCE_TECHNOLOGY, SCI_TECH),
            Map.entry(IptcTopics.ENVIRONMENT, SCI_TECH));

    private static final Pattern HTML_TAG = Pattern.compile("<[^>]*>");
    /** Other numeric character references ("#151;" an em dash, "#146;" a quote): punctuation, dropped. */
    private static final Pattern NUMERIC_REFERENCE = Pattern.compile("&?#\\d+;");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    static final List<String> LABELS = List.of("World", "Sports", "Business", "Sci/Tech");

    /** @param label 0..3: World, Sports, Business, Sci/Tech */
    public record Item(int label, String title, String description) {

        public boolean accepts(String topicCode) {
            return agClassOf(topicCode) == label;
        }

        public String labelName() {
            return LABELS.get(label);
        }
    }

    private AgNewsCorpus() {
    }

    /** The AG class (0..3) a best topic counts for, or -1 for a topic no AG class takes (health, arts, lifestyle). */
    public static int agClassOf(String topicCode) {
        return AG_CLASS_OF_TOPIC.getOrDefault(topicCode, -1);
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

    /**
     * AG News escapes: a backslash for a line break, "#36;" for "$", "#39;" for an apostrophe, "quot;",
     * and HTML escaped as "&amp;lt;b&amp;gt;" (bold, links with stock-quote URLs, paragraphs): the pipeline's
     * ingest hands the enricher text without markup, so the evaluation strips the tags too (a regex is
     * enough for these few tag kinds; no HTML parser on this module's classpath).
     */
    static String clean(String field) {
        String text = field.replace("\\", " ")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
                .replace("#36;", "$").replace("#39;", "'").replace("quot;", "\"").replace("amp;", "&");
        text = NUMERIC_REFERENCE.matcher(HTML_TAG.matcher(text).replaceAll(" ")).replaceAll(" ");
        return SPACES.matcher(text).replaceAll(" ").strip();
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
