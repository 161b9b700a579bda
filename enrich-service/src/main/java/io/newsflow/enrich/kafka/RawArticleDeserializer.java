package io.newsflow.enrich.kafka;

import io.newsflow.contract.ArticleJson;
import io.newsflow.contract.RawArticle;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads {@link RawArticle} JSON with the shared mapping (unknown fields ignored). A null value is a
 * tombstone and stays null. Configured as the delegate of Spring Kafka's ErrorHandlingDeserializer,
 * so a value it cannot read reaches the listener as a header carrying the original bytes.
 */
public class RawArticleDeserializer implements Deserializer<RawArticle> {

    @Override
    public RawArticle deserialize(String topic, byte[] data) {
        return data == null ? null : ArticleJson.read(data, RawArticle.class);
    }
}
