package io.newsflow.enrich.topics;

import io.newsflow.enrich.tagging.ArticleText;

import java.util.Map;

/** Scores an article against IPTC topics: 0..1 per topic, topics it has no opinion on left out. */
public interface TopicScorer {

    Map<IptcTopic, Double> score(ArticleText article);
}
