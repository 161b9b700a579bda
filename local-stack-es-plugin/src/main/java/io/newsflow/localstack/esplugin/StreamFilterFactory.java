package io.newsflow.localstack.esplugin;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;

import java.util.function.UnaryOperator;

/** A token filter without options: wraps the stream in one Lucene filter. */
final class StreamFilterFactory extends AbstractTokenFilterFactory {

    private final UnaryOperator<TokenStream> filter;

    StreamFilterFactory(String name, UnaryOperator<TokenStream> filter) {
        super(name);
        this.filter = filter;
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return filter.apply(tokenStream);
    }
}
