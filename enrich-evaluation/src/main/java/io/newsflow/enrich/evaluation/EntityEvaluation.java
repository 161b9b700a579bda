package io.newsflow.enrich.evaluation;

import io.newsflow.contract.EntityType;
import io.newsflow.enrich.tagging.ner.EntityRecognizer;
import io.newsflow.enrich.tagging.ner.Mention;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Entity-level precision/recall/F1 with exact spans (type and both boundaries must match), per
 * type and for PER+ORG+LOC together, the CoNLL-2003 convention. Each document goes to the
 * recogniser as one text, one sentence per line, tokens joined by spaces, so predicted character
 * offsets map back onto the gold tokens exactly.
 */
public final class EntityEvaluation {

    private static final Set<EntityType> PER_ORG_LOC = Set.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION);

    private final Map<EntityType, PrecisionRecall> byType = new EnumMap<>(EntityType.class);
    private final PrecisionRecall perOrgLoc = new PrecisionRecall();
    private final PrecisionRecall all = new PrecisionRecall();

    public EntityEvaluation() {
        for (EntityType type : EntityType.values()) {
            byType.put(type, new PrecisionRecall());
        }
    }

    public void add(ConllCorpus.Document document, EntityRecognizer recognizer) {
        StringBuilder text = new StringBuilder();
        List<int[]> tokenPositions = new ArrayList<>();
        for (int s = 0; s < document.sentences().size(); s++) {
            List<String> tokens = document.sentences().get(s);
            for (int t = 0; t < tokens.size(); t++) {
                if (t > 0) {
                    text.append(' ');
                }
                tokenPositions.add(new int[] {text.length(), s, t});
                text.append(tokens.get(t));
            }
            text.append('\n');
        }
        Set<ConllCorpus.Span> predicted = new HashSet<>();
        for (Mention mention : recognizer.recognize(text.toString())) {
            predicted.add(span(mention, tokenPositions));
        }
        score(new HashSet<>(document.gold()), predicted);
    }

    private static ConllCorpus.Span span(Mention mention, List<int[]> tokenPositions) {
        int[] first = null;
        int[] last = null;
        for (int[] position : tokenPositions) {
            if (position[0] >= mention.begin() && position[0] < mention.end()) {
                first = first == null ? position : first;
                last = position;
            }
        }
        if (first == null || first[1] != last[1]) {
            throw new IllegalStateException("mention does not align with gold tokens: " + mention);
        }
        return new ConllCorpus.Span(first[1], first[2], last[2], mention.type());
    }

    private void score(Set<ConllCorpus.Span> gold, Set<ConllCorpus.Span> predicted) {
        for (EntityType type : EntityType.values()) {
            Set<ConllCorpus.Span> g = filter(gold, Set.of(type));
            Set<ConllCorpus.Span> p = filter(predicted, Set.of(type));
            byType.get(type).add(intersection(g, p), p.size(), g.size());
        }
        Set<ConllCorpus.Span> g = filter(gold, PER_ORG_LOC);
        Set<ConllCorpus.Span> p = filter(predicted, PER_ORG_LOC);
        perOrgLoc.add(intersection(g, p), p.size(), g.size());
        all.add(intersection(gold, predicted), predicted.size(), gold.size());
    }

    private static Set<ConllCorpus.Span> filter(Set<ConllCorpus.Span> spans, Set<EntityType> types) {
        Set<ConllCorpus.Span> kept = new HashSet<>();
        spans.stream().filter(s -> types.contains(s.type())).forEach(kept::add);
        return kept;
    }

    private static long intersection(Set<ConllCorpus.Span> a, Set<ConllCorpus.Span> b) {
        return a.stream().filter(b::contains).count();
    }

    public PrecisionRecall type(EntityType type) {
        return byType.get(type);
    }

    public PrecisionRecall perOrgLoc() {
        return perOrgLoc;
    }

    public PrecisionRecall all() {
        return all;
    }
}
