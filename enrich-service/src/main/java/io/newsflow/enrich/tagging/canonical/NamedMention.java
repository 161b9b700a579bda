package io.newsflow.enrich.tagging.canonical;

import io.newsflow.contract.EntityType;

/**
 * A mention after cleaning.
 *
 * @param name    the name alone ("Putin"), used to group mentions
 * @param surface how the article wrote it, with an honorific if one came first ("Mr Putin")
 * @param begin   offset of the mention in the tagged text
 */
record NamedMention(String name, String surface, EntityType type, int begin) {

    String key() {
        return NameKey.of(name);
    }
}
