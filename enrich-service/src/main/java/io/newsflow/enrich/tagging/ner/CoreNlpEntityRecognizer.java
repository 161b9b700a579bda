package io.newsflow.enrich.tagging.ner;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.newsflow.contract.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Stanford CoreNLP with only tokenize, ssplit and the CoNLL 4-class CRF: the measured best
 * accuracy/speed trade-off here (see shared notes: POS, lemmas, SUTime and the fine-grained
 * gazetteers cost 2x to 40x for no gain in PER/ORG/LOC). The pipeline is built once and shared:
 * {@link StanfordCoreNLP#annotate} is thread-safe.
 */
public final class CoreNlpEntityRecognizer implements EntityRecognizer {

    public static final String MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

    private final StanfordCoreNLP pipeline;

    private CoreNlpEntityRecognizer(Properties properties) {
        this.pipeline = new StanfordCoreNLP(properties);
    }

    /** For running text: PTB tokenisation, sentences split on punctuation and on blank lines. */
    public static CoreNlpEntityRecognizer forArticles() {
        return new CoreNlpEntityRecognizer(baseProperties());
    }

    /**
     * For text that is already tokenised, one sentence per line, tokens separated by spaces (the
     * CoNLL evaluation), so that the spans compared are exactly the gold tokens.
     */
    public static CoreNlpEntityRecognizer forPretokenizedLines() {
        Properties properties = baseProperties();
        properties.setProperty("tokenize.whitespace", "true");
        properties.setProperty("ssplit.eolonly", "true");
        return new CoreNlpEntityRecognizer(properties);
    }

    private static Properties baseProperties() {
        Properties properties = new Properties();
        properties.setProperty("annotators", "tokenize,ssplit,ner");
        properties.setProperty("ner.model", MODEL);
        properties.setProperty("ner.useSUTime", "false");
        properties.setProperty("ner.applyNumericClassifiers", "false");
        properties.setProperty("ner.applyFineGrained", "false");
        // Mentions are built from token tags below; CoreNLP's own mention builder adds work and pronoun mentions.
        properties.setProperty("ner.buildEntityMentions", "false");
        properties.setProperty("ssplit.newlineIsSentenceBreak", "two");
        return properties;
    }

    @Override
    public List<Mention> recognize(String text) {
        CoreDocument document = new CoreDocument(text);
        pipeline.annotate(document);
        List<Mention> mentions = new ArrayList<>();
        document.sentences().forEach(sentence -> collectMentions(text, sentence.tokens(), mentions));
        return mentions;
    }

    /** Joins consecutive tokens with the same tag: the CoNLL model tags IO, not BIO. */
    private static void collectMentions(String text, List<CoreLabel> tokens, List<Mention> out) {
        int start = -1;
        EntityType current = null;
        for (int i = 0; i <= tokens.size(); i++) {
            EntityType type = i < tokens.size() ? typeOf(tokens.get(i).ner()) : null;
            if (type != current) {
                if (current != null) {
                    out.add(mention(text, tokens, start, i - 1, current));
                }
                start = i;
                current = type;
            }
        }
    }

    private static Mention mention(String text, List<CoreLabel> tokens, int first, int last, EntityType type) {
        int begin = tokens.get(first).get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = tokens.get(last).get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        return new Mention(text.substring(begin, end), type, begin, end);
    }

    static EntityType typeOf(String nerTag) {
        if (nerTag == null) {
            return null;
        }
        return switch (nerTag) {
            case "PERSON" -> EntityType.PERSON;
            case "ORGANIZATION" -> EntityType.ORGANIZATION;
            case "LOCATION" -> EntityType.LOCATION;
            case "MISC" -> EntityType.MISC;
            default -> null;
        };
    }
}
