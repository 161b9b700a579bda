package io.newsflow.servicesupport.edge;

import io.newsflow.contract.DeadLetterCause;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.InvalidProducerEpochException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.TransactionAbortableException;
import org.apache.kafka.common.errors.TransactionAbortedException;
import org.springframework.kafka.support.serializer.DeserializationException;

import java.net.SocketException;
import java.util.concurrent.TimeoutException;

/**
 * The one fatal-versus-transient policy of every stage, by exception type anywhere in the cause
 * chain (never by message text). In order of precedence:
 * <ol>
 *   <li>{@link StageUnavailableException}, Kafka authentication and authorisation errors, and any
 *       {@link Error} but a stack overflow: {@link FailureKind#STAGE};</li>
 *   <li>a {@link DeadLetterCause} or a deserialisation failure: {@link FailureKind#RECORD};</li>
 *   <li>Kafka's {@link RetriableException} (timeouts, connection loss, leader changes), a fenced, aborted or
 *       abortable transaction (an abort, a new producer and a retry fix it), timeouts and socket errors:
 *       {@link FailureKind#TRANSIENT};</li>
 *   <li>everything else: {@link FailureKind#UNDECLARED}.</li>
 * </ol>
 */
public final class FailurePolicy {

    private FailurePolicy() {
    }

    public static FailureKind classify(Throwable failure) {
        if (any(failure, FailurePolicy::stopsTheStage)) {
            return FailureKind.STAGE;
        }
        if (any(failure, t -> t instanceof DeadLetterCause || t instanceof DeserializationException)) {
            return FailureKind.RECORD;
        }
        if (any(failure, FailurePolicy::isTransient)) {
            return FailureKind.TRANSIENT;
        }
        return FailureKind.UNDECLARED;
    }

    private static boolean stopsTheStage(Throwable t) {
        return t instanceof StageUnavailableException
                || t instanceof AuthenticationException || t instanceof AuthorizationException
                // A stack overflow is one input's nesting (a parser's recursion); other errors leave the JVM unfit.
                || (t instanceof Error && !(t instanceof StackOverflowError));
    }

    private static boolean isTransient(Throwable t) {
        return t instanceof RetriableException
                || t instanceof ProducerFencedException || t instanceof InvalidProducerEpochException
                || t instanceof TransactionAbortedException || t instanceof TransactionAbortableException
                || t instanceof TimeoutException || t instanceof SocketException;
    }

    private static boolean any(Throwable failure, java.util.function.Predicate<Throwable> test) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 32; t = t.getCause(), depth++) {
            if (test.test(t)) {
                return true;
            }
        }
        return false;
    }
}
