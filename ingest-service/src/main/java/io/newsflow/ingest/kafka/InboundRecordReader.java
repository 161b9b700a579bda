package io.newsflow.ingest.kafka;

import io.newsflow.ingest.article.ArticleDraft;
import io.newsflow.contract.NewsHeaders;
import io.newsflow.ingest.article.RejectedInputException;
import io.newsflow.ingest.article.RejectionReason;
import io.newsflow.ingest.input.ArticleInputReader;
import io.newsflow.ingest.input.InboundItem;
import io.newsflow.ingest.input.InputHints;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns a news.inbound record into one inbound article, or says why it cannot. The value is JSON
 * unless header {@code content-type} says text/html or text/plain; headers {@code newsflow-url} and
 * {@code newsflow-source} name what a page or text cannot carry. One record is one article.
 */
@Component
class InboundRecordReader {

    private final ArticleInputReader reader;

    InboundRecordReader(ArticleInputReader reader) {
        this.reader = reader;
    }

    ArticleDraft read(ConsumerRecord<String, byte[]> record) {
        InputHints hints = new InputHints(header(record, NewsHeaders.URL), header(record, NewsHeaders.SOURCE), null);
        List<InboundItem> items = reader.read(record.value(), header(record, NewsHeaders.CONTENT_TYPE), hints);
        if (items.size() != 1) {
            throw new RejectedInputException(RejectionReason.UNREADABLE,
                    "a record must hold exactly one article, this one holds " + items.size());
        }
        return switch (items.getFirst()) {
            case InboundItem.Article article -> article.draft();
            case InboundItem.Unreadable unreadable ->
                    throw new RejectedInputException(unreadable.rejection().reason(), unreadable.rejection().detail());
        };
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        if (header == null || header.value() == null) {
            return null;
        }
        String value = new String(header.value(), StandardCharsets.UTF_8).strip();
        return value.isEmpty() ? null : value;
    }
}
