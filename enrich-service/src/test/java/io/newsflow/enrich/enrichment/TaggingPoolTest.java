package io.newsflow.enrich.enrichment;

import io.newsflow.contract.DeadLetterReason;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TaggingPoolTest {

    @Test
    void resultsComeBackInSubmissionOrder() {
        try (TaggingPool pool = new TaggingPool(2)) {
            List<Future<Integer>> results = IntStream.range(0, 50).mapToObj(i -> pool.submit(() -> i * i)).toList();

            assertThat(results.stream().map(TaggingPool::await).toList())
                    .isEqualTo(IntStream.range(0, 50).map(i -> i * i).boxed().toList());
        }
    }

    @Test
    void whatATaskThrowsIsThrownAsItWasSoTheListenerCanDeadLetterIt() {
        try (TaggingPool pool = new TaggingPool(1)) {
            Future<Object> failed = pool.submit(() -> {
                throw new UnenrichableArticleException(DeadLetterReason.MISSING_ID, "article has no id");
            });

            assertThatThrownBy(() -> TaggingPool.await(failed))
                    .isInstanceOf(UnenrichableArticleException.class)
                    .hasMessage("article has no id");
        }
    }
}
