package io.newsflow.ingest.input;

import io.newsflow.contract.InboundArticle;
import io.newsflow.contract.Source;
import io.newsflow.ingest.article.ArticleDraft;
import io.newsflow.ingest.extract.ArticleExtractor;
import io.newsflow.ingest.extract.ExtractedPage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.stereotype.Component;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A whole HTML page: the extractor finds the article in it. The URL the feeder names wins over
 * the page's canonical link only for fetching; the id comes from the canonical URL when the
 * page declares one, so the same article reached by two addresses is one article.
 */
@Component
public class HtmlArticleReader {

    private final ArticleExtractor extractor;

    public HtmlArticleReader(ArticleExtractor extractor) {
        this.extractor = extractor;
    }

    public ArticleDraft read(byte[] page, Charset charset, InputHints hints) {
        Document document = parse(page, charset, hints.url());
        ExtractedPage extracted = extractor.extract(document);
        return new ArticleDraft(toArticle(extracted, hints), extracted.leadImage());
    }

    static Document parse(byte[] page, Charset charset, String url) {
        String base = url == null ? "" : url;
        if (charset == null) {
            // Bytes that are valid UTF-8 are read as UTF-8 even when the page's <meta> names another charset (saved and
            // re-served pages keep a stale declaration; multi-byte UTF-8 is almost never valid by accident).
            String utf8 = utf8(page);
            if (utf8 != null) {
                return Jsoup.parse(utf8, base);
            }
        }
        try {
            // Otherwise jsoup reads the page's BOM or <meta charset>, else UTF-8.
            return Jsoup.parse(new ByteArrayInputStream(page), charset == null ? null : charset.name(), base);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String utf8(byte[] page) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(page)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    static InboundArticle toArticle(ExtractedPage page, InputHints hints) {
        String url = page.canonicalUrl() != null ? page.canonicalUrl() : hints.url();
        String sourceName = hints.sourceNameOr(page.siteName(), url);
        Source source = sourceName == null ? null : new Source(sourceName, null);
        return new InboundArticle(url, source, page.title(), page.subtitle(), page.body(), page.authors(),
                page.language(), page.publishedAt(), page.modifiedAt());
    }
}
