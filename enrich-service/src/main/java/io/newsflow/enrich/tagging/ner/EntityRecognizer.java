package io.newsflow.enrich.tagging.ner;

import java.util.List;

/** Finds named-entity mentions in English text. Implementations are thread-safe and loaded once. */
public interface EntityRecognizer {

    /** Mentions in the order they occur, with offsets into {@code text}. */
    List<Mention> recognize(String text);
}
