package io.newsflow.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/**
 * One entity an article mentions, with all its mentions merged under one canonical name.
 *
 * @param salience     0..1, how central the entity is to the article (mentions, presence in title and lead)
 * @param surfaceForms the distinct ways the article wrote it ("Mr Putin", "Vladimir Putin")
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Entity(String name, EntityType type, int mentions, double salience, List<String> surfaceForms) {

    public Entity {
        surfaceForms = surfaceForms == null ? List.of() : List.copyOf(surfaceForms);
    }
}
