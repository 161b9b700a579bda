package io.newsflow.localstack.esplugin;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StemmerTokenFilterFactoryTest {

    @Test
    void englishIsPorter() throws IOException {
        assertThat(analyze("english", "Running runs ponies")).containsExactly("run", "run", "poni");
    }

    @Test
    void lightEnglishIsKStem() throws IOException {
        assertThat(analyze("light_english", "Running ponies")).containsExactly("running", "pony");
    }

    @Test
    void possessiveEnglishDropsTheApostropheS() throws IOException {
        assertThat(analyze("possessive_english", "Reuters's report")).containsExactly("reuters", "report");
    }

    @Test
    void otherLanguagesAreRefusedByName() {
        assertThatThrownBy(() -> StemmerTokenFilterFactory.stemmerFor("german"))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("[german]");
    }

    private static List<String> analyze(String language, String text) throws IOException {
        UnaryOperator<TokenStream> stemmer = StemmerTokenFilterFactory.stemmerFor(language);
        StandardTokenizer tokenizer = new StandardTokenizer();
        tokenizer.setReader(new StringReader(text));
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = stemmer.apply(new LowerCaseFilter(tokenizer))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }
}
