package io.newsflow.ingest.kafka;

import io.newsflow.ingest.identity.ArticleState;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class StateJsonTest {

    @Test
    void aStateRecordWrittenBeforeAFieldExistedIsStillRead() {
        byte[] older = "{\"revision\":2,\"fingerprint\":42,\"simhash\":7,\"sketched\":true}".getBytes(StandardCharsets.UTF_8);

        assertThat(StateJson.read(older, ArticleState.class)).isEqualTo(new ArticleState(2, 42, 7, true, null, 0));
    }

    @Test
    void statesRoundTrip() {
        ArticleState state = new ArticleState(3, -5, Long.MIN_VALUE, true, "first", 1_764_000_000_000L);

        assertThat(StateJson.read(StateJson.write(state), ArticleState.class)).isEqualTo(state);
    }
}
