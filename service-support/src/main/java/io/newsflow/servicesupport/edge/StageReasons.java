package io.newsflow.servicesupport.edge;

import io.newsflow.contract.DeadLetterReason;
import io.newsflow.contract.ReasonCode;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The dead-letter reasons a stage can give, declared by the stage as a bean so that each one's
 * counter exists, at zero, from start-up ({@code rate()} and absent-series alerts see a fresh
 * instance). {@code processing-failed} is always among them: the edge gives it to undeclared failures.
 */
public record StageReasons(List<ReasonCode> reasons) {

    public StageReasons {
        Set<ReasonCode> all = new LinkedHashSet<>(reasons);
        all.add(DeadLetterReason.PROCESSING_FAILED);
        reasons = List.copyOf(all);
    }

    public static StageReasons of(ReasonCode... reasons) {
        return new StageReasons(List.of(reasons));
    }
}
