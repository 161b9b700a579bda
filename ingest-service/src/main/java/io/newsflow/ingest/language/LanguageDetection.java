package io.newsflow.ingest.language;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * The language of an article, detected from its text with optimaize language-detector (n-gram
 * profiles of 71 languages, built in). Pages and feeders often declare a language that is wrong
 * (a template's {@code lang="en"} on a German article), so the text decides when the detector is
 * confident, and the declared language is used only when it is not (very short texts). One detector
 * serves all threads: its profiles are immutable and detection keeps no state (the library's
 * "safe to use multi-threaded").
 */
@Component
public class LanguageDetection {

    /** Enough text for a stable answer; more only costs time. */
    private static final int SAMPLE_CHARS = 3000;
    private static final double MIN_PROBABILITY = 0.80;

    private final LanguageDetector detector;
    private final TextObjectFactory texts = CommonTextObjectFactories.forDetectingOnLargeText();

    public LanguageDetection() {
        try {
            this.detector = LanguageDetectorBuilder.create(NgramExtractors.standard())
                    .withProfiles(new LanguageProfileReader().readAllBuiltIn())
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException("language profiles missing from the classpath", e);
        }
    }

    /** ISO 639-1 code (e.g. "en"), or null when neither the text nor the declaration tells. */
    public String detect(String title, String body, String declared) {
        String sample = (title + "\n" + body);
        sample = sample.length() > SAMPLE_CHARS ? sample.substring(0, SAMPLE_CHARS) : sample;
        List<DetectedLanguage> candidates = detector.getProbabilities(texts.forText(sample));
        if (!candidates.isEmpty() && candidates.getFirst().getProbability() >= MIN_PROBABILITY) {
            return candidates.getFirst().getLocale().getLanguage().toLowerCase(Locale.ROOT);
        }
        return primaryCode(declared);
    }

    /** "en-GB" and "en_US" are English: the event carries ISO 639-1 codes. Null for null or nonsense. */
    public static String primaryCode(String language) {
        if (language == null || language.isBlank()) {
            return null;
        }
        String primary = language.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
        return primary.matches("[a-z]{2,3}") ? primary : null;
    }
}
