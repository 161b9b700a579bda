package io.newsflow.contract;

/**
 * Implemented by the exceptions that say a record is at fault (it can never be processed, so it is
 * dead-lettered at once, without retries). The edge finds it anywhere in a failure's cause chain;
 * a failure without one is not the record's fault by declaration (see docs/stage-edge.md).
 */
public interface DeadLetterCause {

    ReasonCode reasonCode();
}
