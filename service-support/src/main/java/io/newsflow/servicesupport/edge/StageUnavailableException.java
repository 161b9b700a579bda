package io.newsflow.servicesupport.edge;

/**
 * The stage cannot process any record (a model that did not load, an index mapping refused, the
 * broker refusing this service's credentials): no retry of a record and no dead letter helps, so
 * the stage stops consuming and readiness goes DOWN until an operator fixes the cause and restarts it.
 */
public class StageUnavailableException extends RuntimeException {

    public StageUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
