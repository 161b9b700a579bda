package io.newsflow.servicesupport.edge;

import io.newsflow.contract.DeadLetterCause;
import io.newsflow.contract.DeadLetterReason;
import io.newsflow.contract.ReasonCode;
import org.apache.kafka.common.errors.NetworkException;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.TransactionAbortableException;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.support.serializer.DeserializationException;

import java.net.ConnectException;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class FailurePolicyTest {

    private static final class Poison extends RuntimeException implements DeadLetterCause {
        @Override
        public ReasonCode reasonCode() {
            return DeadLetterReason.INVALID_JSON;
        }
    }

    @Test
    void theRecordsOwnFaultIsDeclaredByTypeAnywhereInTheCauseChain() {
        assertThat(FailurePolicy.classify(new Poison())).isEqualTo(FailureKind.RECORD);
        assertThat(FailurePolicy.classify(new ListenerExecutionFailedException("listener failed", new Poison())))
                .isEqualTo(FailureKind.RECORD);
        assertThat(FailurePolicy.classify(new DeserializationException("bad", new byte[] {1}, false, null)))
                .isEqualTo(FailureKind.RECORD);
    }

    @Test
    void brokerAndNetworkFailuresAreTransientEvenWhenWrappedBySpring() {
        assertThat(FailurePolicy.classify(new KafkaException("send failed", new TimeoutException("expired")))).isEqualTo(FailureKind.TRANSIENT);
        assertThat(FailurePolicy.classify(new NotLeaderOrFollowerException("moved"))).isEqualTo(FailureKind.TRANSIENT);
        assertThat(FailurePolicy.classify(new NetworkException("lost"))).isEqualTo(FailureKind.TRANSIENT);
        assertThat(FailurePolicy.classify(new TransactionAbortableException("abort and retry"))).isEqualTo(FailureKind.TRANSIENT);
        assertThat(FailurePolicy.classify(new IllegalStateException(new ConnectException("refused")))).isEqualTo(FailureKind.TRANSIENT);
    }

    @Test
    void aKafkaExceptionThatRetryingCannotFixIsNotTransient() {
        // Spring's KafkaException says which library failed, not whether a retry helps.
        assertThat(FailurePolicy.classify(new KafkaException("no cause"))).isEqualTo(FailureKind.UNDECLARED);
        assertThat(FailurePolicy.classify(new KafkaException("denied", new TopicAuthorizationException(Set.of("news.raw")))))
                .isEqualTo(FailureKind.STAGE);
    }

    @Test
    void aStageThatCannotWorkIsToldApartFromOneBadRecord() {
        assertThat(FailurePolicy.classify(new StageUnavailableException("model not loaded", null))).isEqualTo(FailureKind.STAGE);
        assertThat(FailurePolicy.classify(new OutOfMemoryError())).isEqualTo(FailureKind.STAGE);
        assertThat(FailurePolicy.classify(new NoClassDefFoundError("model"))).isEqualTo(FailureKind.STAGE);
        // Deep nesting in one input overflows a parser's recursion: that input's problem, not the stage's.
        assertThat(FailurePolicy.classify(new StackOverflowError())).isEqualTo(FailureKind.UNDECLARED);
        assertThat(FailurePolicy.classify(new NullPointerException())).isEqualTo(FailureKind.UNDECLARED);
    }

    @Test
    void aDeclarationOfTheStageWinsOverTheRecordAndTheRecordOverTransience() {
        assertThat(FailurePolicy.classify(new StageUnavailableException("broken", new Poison()))).isEqualTo(FailureKind.STAGE);
        Poison poison = new Poison();
        poison.initCause(new TimeoutException("while reading it"));
        assertThat(FailurePolicy.classify(poison)).isEqualTo(FailureKind.RECORD);
    }
}
