package io.newsflow.localstack.esplugin;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.tartarus.snowball.ext.EnglishStemmer;

import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The {@code stemmer} token filter for the English languages, mapped to the same Lucene filters Elasticsearch
 * uses. Other languages are refused at index creation, so a mapping that needs them fails loudly here rather
 * than analysing differently from production.
 */
final class StemmerTokenFilterFactory extends AbstractTokenFilterFactory {

    private final UnaryOperator<TokenStream> stemmer;

    StemmerTokenFilterFactory(IndexSettings indexSettings, Environment environment, String name, Settings settings) {
        super(name);
        // Elasticsearch accepts the language under "language" and, for historic reasons, under "name".
        stemmer = stemmerFor(settings.get("language", settings.get("name", "english")));
    }

    static UnaryOperator<TokenStream> stemmerFor(String language) {
        return switch (language) {
            case "english", "porter" -> PorterStemFilter::new;
            case "light_english", "lightEnglish", "kstem" -> KStemFilter::new;
            case "minimal_english", "minimalEnglish" -> EnglishMinimalStemFilter::new;
            case "possessive_english", "possessiveEnglish" -> EnglishPossessiveFilter::new;
            case "porter2" -> stream -> new SnowballFilter(stream, new EnglishStemmer());
            default -> throw new IllegalArgumentException(String.format(
                Locale.ROOT,
                "stemmer language [%s] is not available on the local node; it supports english, light_english, "
                    + "minimal_english, possessive_english, porter and porter2",
                language
            ));
        };
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return stemmer.apply(tokenStream);
    }
}
