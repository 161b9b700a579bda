package io.newsflow.ingest.language;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageDetectionTest {

    private static final LanguageDetection LANGUAGES = new LanguageDetection();

    @Test
    void theTextDecidesEvenAgainstADeclaredLanguage() {
        assertThat(LANGUAGES.detect("Harbour reopens after storm",
                "Aberdeen harbour reopened on Friday morning after the storm forced its closure for three days.", null)).isEqualTo("en");
        assertThat(LANGUAGES.detect("Hafen nach Sturm wieder geöffnet",
                "Der Hafen von Aberdeen wurde am Freitagmorgen wieder geöffnet, nachdem der Sturm ihn drei Tage lang geschlossen hatte.", "en"))
                .isEqualTo("de");
        assertThat(LANGUAGES.detect("Le port rouvre après la tempête",
                "Le port d'Aberdeen a rouvert vendredi matin après trois jours de fermeture à cause de la tempête.", null)).isEqualTo("fr");
    }

    @Test
    void theDeclaredLanguageWhenTheTextTellsNothing() {
        assertThat(LANGUAGES.detect("", "42", "en-GB")).isEqualTo("en");
        assertThat(LANGUAGES.detect("", "42", null)).isNull();
    }
}
