package io.newsflow.publish.index;

/** Where the documents of one period are written, the index made sure of; null when the period is past retention. */
@FunctionalInterface
public interface IndexTarget {

    String forPeriod(String periodKey);
}
