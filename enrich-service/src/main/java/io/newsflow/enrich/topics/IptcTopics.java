package io.newsflow.enrich.topics;

import io.newsflow.enrich.text.ResourceLines;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The 17 top-level IPTC Media Topics with their English labels, from the service's own resource
 * {@code topics/iptc-top-level.tsv} (the service never reads the shared evaluation data at run time).
 */
public final class IptcTopics {

    public static final String ARTS = "medtop:01000000";
    public static final String CRIME = "medtop:02000000";
    public static final String DISASTER = "medtop:03000000";
    public static final String ECONOMY = "medtop:04000000";
    public static final String EDUCATION = "medtop:05000000";
    public static final String ENVIRONMENT = "medtop:06000000";
    public static final String HEALTH = "medtop:07000000";
    public static final String HUMAN_INTEREST = "medtop:08000000";
    public static final String LABOUR = "medtop:09000000";
    public static final String LIFESTYLE = "medtop:10000000";
    public static final String POLITICS = "medtop:11000000";
    public static final String RELIGION = "medtop:12000000";
    public static final String SCIENCE_TECHNOLOGY = "medtop:13000000";
    public static final String SOCIETY = "medtop:14000000";
    public static final String SPORT = "medtop:15000000";
    public static final String CONFLICT = "medtop:16000000";
    public static final String WEATHER = "medtop:17000000";

    private static final Map<String, IptcTopic> BY_CODE = load();

    private IptcTopics() {
    }

    private static Map<String, IptcTopic> load() {
        Map<String, IptcTopic> byCode = new LinkedHashMap<>();
        for (String line : ResourceLines.read("/topics/iptc-top-level.tsv")) {
            String[] columns = line.split("\t");
            byCode.put(columns[0], new IptcTopic(columns[0], columns[1]));
        }
        return Map.copyOf(byCode);
    }

    public static IptcTopic byCode(String code) {
        IptcTopic topic = BY_CODE.get(code);
        if (topic == null) {
            throw new IllegalArgumentException("not a top-level IPTC Media Topic: " + code);
        }
        return topic;
    }

    public static List<IptcTopic> all() {
        return BY_CODE.values().stream().sorted(Comparator.comparing(IptcTopic::code)).toList();
    }
}
