package io.newsflow.enrich.kafka;

import io.newsflow.contract.ArticleJson;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes contract records with the shared {@link ArticleJson} mapping. Byte arrays pass through
 * unchanged: the dead-letter recoverer sends an unreadable record's original bytes through the
 * same (transactional) producer.
 */
public class ArticleJsonSerializer implements Serializer<Object> {

    @Override
    public byte[] serialize(String topic, Object value) {
        if (value == null || value instanceof byte[]) {
            return (byte[]) value;
        }
        return ArticleJson.write(value);
    }
}
