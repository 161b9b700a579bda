package io.newsflow.ingest.clean;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * Learns, per source, the short paragraphs that recur across its articles (a house appeal, a
 * standing correction notice, a programme plug) and removes them once seen in enough different
 * articles. No rule can know every site's own lines; repetition across articles gives them away.
 *
 * <p>Memory is bounded twice: at most {@code maxSources} sources and {@code maxParagraphsPerSource}
 * paragraph fingerprints per source, both evicting the least recently seen. Memory of this kind is
 * a cache of a heuristic: it is kept per instance and relearned after a restart.
 */
public final class RecurringParagraphs {

    /** Longer paragraphs that recur are syndicated or quoted text, not boilerplate. */
    static final int MAX_PARAGRAPH_CHARS = 300;

    private final int threshold;
    private final int maxParagraphsPerSource;
    private final Map<String, Map<Long, Sightings>> sources;

    public RecurringParagraphs(int threshold, int maxSources, int maxParagraphsPerSource) {
        this.threshold = threshold;
        this.maxParagraphsPerSource = maxParagraphsPerSource;
        this.sources = lru(maxSources);
    }

    /** The paragraphs without those learned as boilerplate for this source; never all of them. */
    public synchronized List<String> remove(String source, List<String> paragraphs) {
        Map<Long, Sightings> seen = sources.get(source);
        if (seen == null) {
            return paragraphs;
        }
        List<String> kept = new ArrayList<>(paragraphs.size());
        for (String paragraph : paragraphs) {
            Sightings sightings = paragraph.length() <= MAX_PARAGRAPH_CHARS ? seen.get(fingerprint(paragraph)) : null;
            if (sightings == null || sightings.count() < threshold) {
                kept.add(paragraph);
            }
        }
        return kept.isEmpty() ? paragraphs : kept;
    }

    /** Records the short paragraphs of one article of this source. */
    public synchronized void learn(String source, String articleId, List<String> paragraphs) {
        Map<Long, Sightings> seen = sources.computeIfAbsent(source, s -> lru(maxParagraphsPerSource));
        long article = fingerprint(articleId);
        for (String paragraph : paragraphs) {
            if (paragraph.length() <= MAX_PARAGRAPH_CHARS) {
                seen.computeIfAbsent(fingerprint(paragraph), f -> new Sightings(threshold)).add(article);
            }
        }
    }

    private static long fingerprint(String text) {
        CRC32C low = new CRC32C();
        byte[] bytes = text.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
        low.update(bytes);
        // Two different checksums make one 64-bit fingerprint; collisions are harmless (a kept paragraph) and rare.
        return (low.getValue() << 32) | (Integer.toUnsignedLong(java.util.Arrays.hashCode(bytes)));
    }

    private static <K, V> Map<K, V> lru(int capacity) {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The distinct articles a paragraph was seen in, up to the threshold (more need not be told apart). */
    private static final class Sightings {
        private final long[] articles;
        private int count;

        Sightings(int threshold) {
            this.articles = new long[threshold];
        }

        void add(long article) {
            for (int i = 0; i < count; i++) {
                if (articles[i] == article) {
                    return;
                }
            }
            if (count < articles.length) {
                articles[count++] = article;
            }
        }

        int count() {
            return count;
        }
    }
}
