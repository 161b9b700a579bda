package io.newsflow.contract;

/** The kinds of named entity the enrich service tags. */
public enum EntityType {
    PERSON,
    ORGANIZATION,
    LOCATION,
    MISC
}
