package io.newsflow.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * An IPTC Media Topic assigned to an article.
 *
 * @param code  IPTC code, for example {@code medtop:15000000}
 * @param label IPTC English name, for example {@code sport}
 * @param score 0..1 confidence; only topics above the classifier's threshold are emitted
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TopicScore(String code, String label, double score) {
}
