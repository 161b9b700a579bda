package io.newsflow.servicesupport.edge;

/** What kind of failure a record's processing met, which decides what the edge does (docs/stage-edge.md). */
public enum FailureKind {
    /** The record's own fault, declared by its exception: dead-lettered at once, never retried. */
    RECORD,
    /** The broker or the network: retried with back-off, without limit; never dead-lettered. */
    TRANSIENT,
    /** The stage cannot work at all: it stops consuming, readiness DOWN; nothing is dead-lettered. */
    STAGE,
    /**
     * Nobody declared it: dead-lettered as {@code processing-failed} while other records succeed;
     * the same on many records in a row counts as {@link #STAGE}.
     */
    UNDECLARED
}
