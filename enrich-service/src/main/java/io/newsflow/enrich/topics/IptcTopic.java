package io.newsflow.enrich.topics;

/** A top-level IPTC Media Topic, for example {@code medtop:15000000} "sport". */
public record IptcTopic(String code, String label) {
}
