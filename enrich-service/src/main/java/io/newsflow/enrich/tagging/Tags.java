package io.newsflow.enrich.tagging;

import io.newsflow.contract.Entity;
import io.newsflow.contract.Keyword;
import io.newsflow.contract.TopicScore;

import java.util.List;

/** What the tagger found in one article. */
public record Tags(List<Entity> entities, List<TopicScore> topics, List<Keyword> keywords) {

    public static final Tags NONE = new Tags(List.of(), List.of(), List.of());

    public Tags {
        entities = List.copyOf(entities);
        topics = List.copyOf(topics);
        keywords = List.copyOf(keywords);
    }
}
