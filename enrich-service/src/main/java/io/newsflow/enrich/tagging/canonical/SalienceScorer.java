package io.newsflow.enrich.tagging.canonical;

import io.newsflow.enrich.tagging.ArticleText;

/**
 * How central an entity is to its article, 0..1: how often it is mentioned (relative to the most
 * mentioned entity, on a log scale so one long list of mentions does not flatten the rest),
 * whether the title and the lead name it (editors put what the story is about there), and how
 * early it first appears.
 */
final class SalienceScorer {

    static final double MENTIONS_WEIGHT = 0.45;
    static final double TITLE_WEIGHT = 0.25;
    static final double LEAD_WEIGHT = 0.2;
    static final double POSITION_WEIGHT = 0.1;

    private SalienceScorer() {
    }

    static double score(MentionCluster cluster, int maxMentions, ArticleText article) {
        int mentions = cluster.mentions().size();
        double frequency = Math.log1p(mentions) / Math.log1p(Math.max(1, maxMentions));
        boolean inTitle = cluster.mentions().stream().anyMatch(m -> article.inTitle(m.begin()));
        boolean inLead = cluster.mentions().stream().anyMatch(m -> article.inLead(m.begin()));
        double position = 1.0 - (double) cluster.firstBegin() / Math.max(1, article.text().length());
        double score = MENTIONS_WEIGHT * frequency
                + (inTitle ? TITLE_WEIGHT : 0)
                + (inLead ? LEAD_WEIGHT : 0)
                + POSITION_WEIGHT * position;
        return Math.round(Math.min(1.0, score) * 1000) / 1000.0;
    }
}
