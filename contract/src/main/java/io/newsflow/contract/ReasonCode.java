package io.newsflow.contract;

/**
 * Why a record went to a dead-letter topic, as the short machine-readable code in header
 * {@link NewsHeaders#DLT_REASON} and in the {@code reason} label of each stage's
 * {@code newsflow_<stage>_dead_letters_total}. The codes every stage shares are {@link DeadLetterReason};
 * a stage with a vocabulary of its own (ingest's rejection reasons, which feeders also see over HTTP)
 * implements this type too, so the edge in service-support reads every code the same way.
 * docs/stage-edge.md lists them all.
 */
public interface ReasonCode {

    /** Lower-case words joined by hyphens, for example {@code invalid-json}. */
    String code();
}
