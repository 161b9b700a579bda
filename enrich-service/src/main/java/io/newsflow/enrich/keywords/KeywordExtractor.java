package io.newsflow.enrich.keywords;

import io.newsflow.contract.Entity;
import io.newsflow.contract.EntityType;
import io.newsflow.contract.Keyword;
import io.newsflow.enrich.tagging.ArticleText;
import io.newsflow.enrich.text.Stopwords;
import io.newsflow.enrich.text.Words;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranked key phrases. Candidates are runs of up to three content words that punctuation and
 * function words do not interrupt (as in RAKE); each is scored by how often it occurs, how rare its
 * words are in news generally (inverse document frequency from the topic model's training corpus),
 * whether the title has it, and its length. A phrase the title has but the text never repeats is
 * left out, so headline wording alone ("Blair defends policy") does not become a key phrase. A phrase
 * overlapping a better one is dropped, and so are names (a phrase made only of entity names, or
 * holding a person's name): the entities already carry them.
 */
public final class KeywordExtractor {

    private static final int MAX_WORDS = 3;
    private static final double TITLE_BOOST = 1.0;

    private final WordRarity rarity;
    private final int maxKeywords;

    public KeywordExtractor(WordRarity rarity, int maxKeywords) {
        this.rarity = rarity;
        this.maxKeywords = maxKeywords;
    }

    public List<Keyword> extract(ArticleText article, List<Entity> entities) {
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        for (List<Words.Token> run : contentRuns(article.text())) {
            for (int n = 1; n <= MAX_WORDS; n++) {
                for (int i = 0; i + n <= run.size(); i++) {
                    List<Words.Token> phrase = run.subList(i, i + n);
                    String key = String.join(" ", phrase.stream().map(Words.Token::word).toList());
                    candidates.computeIfAbsent(key, k -> new Candidate(phrase, article.text()))
                            .occurred(article.inTitle(phrase.getFirst().begin()));
                }
            }
        }
        Set<String> nameWords = new HashSet<>();
        Set<String> personWords = new HashSet<>();
        for (Entity entity : entities) {
            Set<String> words = wordsOf(entity);
            nameWords.addAll(words);
            if (entity.type() == EntityType.PERSON) {
                personWords.addAll(words);
            }
        }
        List<Candidate> ranked = candidates.values().stream()
                .filter(c -> c.count > (c.inTitle ? 1 : 0))
                .filter(c -> !nameWords.containsAll(c.words()) && c.words().stream().noneMatch(personWords::contains))
                .peek(c -> c.score = score(c))
                .sorted(Comparator.comparingDouble((Candidate c) -> c.score).reversed())
                .toList();
        return best(ranked);
    }

    private double score(Candidate candidate) {
        double idf = candidate.words().stream().mapToDouble(rarity::idf).average().orElse(0);
        double length = 1 + 0.25 * (candidate.words().size() - 1);
        return (candidate.count + (candidate.inTitle ? TITLE_BOOST : 0)) * idf * length;
    }

    /** The top phrases, skipping any that overlaps one already chosen. */
    private List<Keyword> best(List<Candidate> ranked) {
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate candidate : ranked) {
            if (chosen.size() == maxKeywords) {
                break;
            }
            if (chosen.stream().noneMatch(c -> overlaps(c, candidate))) {
                chosen.add(candidate);
            }
        }
        double top = chosen.isEmpty() ? 1 : chosen.getFirst().score;
        return chosen.stream()
                .map(c -> new Keyword(c.text, Math.round(c.score / top * 1000) / 1000.0))
                .toList();
    }

    private static boolean overlaps(Candidate a, Candidate b) {
        return a.words().stream().anyMatch(b.words()::contains);
    }

    /** Runs of content words: consecutive tokens with only spaces between them and no function word. */
    private static List<List<Words.Token>> contentRuns(String text) {
        List<List<Words.Token>> runs = new ArrayList<>();
        List<Words.Token> run = new ArrayList<>();
        Words.Token previous = null;
        for (Words.Token token : Words.tokens(text).stream().map(KeywordExtractor::withoutPossessive).toList()) {
            boolean joined = previous != null && text.substring(previous.end(), token.begin()).equals(" ");
            if (!joined && !run.isEmpty()) {
                runs.add(run);
                run = new ArrayList<>();
            }
            if (isContent(token.word())) {
                run.add(token);
            } else if (!run.isEmpty()) {
                runs.add(run);
                run = new ArrayList<>();
            }
            previous = token;
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }

    /** "Juninho's" counts as "Juninho". */
    private static Words.Token withoutPossessive(Words.Token token) {
        if (!token.word().endsWith("'s")) {
            return token;
        }
        int cut = token.word().length() - 2;
        return new Words.Token(token.word().substring(0, cut), token.original().substring(0, cut), token.begin(), token.begin() + cut);
    }

    private static boolean isContent(String word) {
        return word.length() > 2 && !Stopwords.contains(word) && word.chars().noneMatch(Character::isDigit);
    }

    private static Set<String> wordsOf(Entity entity) {
        Set<String> words = new HashSet<>(Words.of(entity.name()));
        entity.surfaceForms().forEach(form -> words.addAll(Words.of(form)));
        return words;
    }

    /** A phrase with its first written form (proper nouns keep their capitals) and where it occurs. */
    private static final class Candidate {
        private final List<String> words;
        private final String text;
        private int count;
        private boolean inTitle;
        private double score;

        Candidate(List<Words.Token> phrase, String articleText) {
            this.words = phrase.stream().map(Words.Token::word).toList();
            String written = articleText.substring(phrase.getFirst().begin(), phrase.getLast().end());
            boolean proper = phrase.stream().allMatch(t -> Character.isUpperCase(t.original().charAt(0)));
            this.text = proper ? written : String.join(" ", words);
        }

        void occurred(boolean title) {
            count++;
            inTitle |= title;
        }

        List<String> words() {
            return words;
        }
    }
}
