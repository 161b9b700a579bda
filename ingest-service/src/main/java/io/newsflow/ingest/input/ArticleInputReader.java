package io.newsflow.ingest.input;

import io.newsflow.ingest.article.RejectedInputException;
import io.newsflow.ingest.article.RejectionReason;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an input of any supported format into inbound items, the same way for every transport.
 * HTML pages go through the extractor; text formats are decoded strictly.
 */
@Component
public class ArticleInputReader {

    private final HtmlArticleReader html;

    public ArticleInputReader(HtmlArticleReader html) {
        this.html = html;
    }

    public List<InboundItem> read(byte[] body, String contentType, InputHints hints) {
        InputFormat format = InputFormat.of(contentType);
        if (body == null || body.length == 0) {
            throw new RejectedInputException(RejectionReason.UNREADABLE, "the body is empty");
        }
        return switch (format) {
            case JSON -> JsonArticleReader.readOneOrMany(inUtf8(body, charsetOf(contentType)));
            case NDJSON -> ndjson(TextDecoder.decode(body, charsetOf(contentType)));
            case PLAIN_TEXT -> List.of(new InboundItem.Article(
                    PlainTextArticleReader.read(TextDecoder.decode(body, charsetOf(contentType)), hints)));
            case HTML -> List.of(new InboundItem.Article(html.read(body, charsetOf(contentType), hints)));
        };
    }

    private static List<InboundItem> ndjson(String text) {
        List<InboundItem> items = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            try {
                items.add(JsonArticleReader.item(JsonArticleReader.parse(line.getBytes(StandardCharsets.UTF_8))));
            } catch (RejectedInputException e) {
                // One broken line must not sink the other articles of the stream.
                items.add(new InboundItem.Unreadable(e.rejection()));
            }
        }
        return items;
    }

    /** JSON in a declared charset other than UTF-8 (RFC 8259 allows it in closed systems) decoded strictly. */
    private static byte[] inUtf8(byte[] json, Charset charset) {
        return charset == null || charset.equals(StandardCharsets.UTF_8) ? json : TextDecoder.decode(json, charset).getBytes(StandardCharsets.UTF_8);
    }

    private static Charset charsetOf(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        try {
            return InputFormat.parse(contentType).getCharset();
        } catch (IllegalArgumentException e) {
            throw new RejectedInputException(RejectionReason.UNSUPPORTED_TYPE, "unknown charset in '" + contentType + "'");
        }
    }
}
