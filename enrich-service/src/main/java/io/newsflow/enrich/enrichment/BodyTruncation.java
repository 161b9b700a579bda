package io.newsflow.enrich.enrichment;

/**
 * Caps the text handed to the tagger: CRF tagging time grows with length, and a 500 kB body (a
 * scraped page gone wrong, a full report) would hold a partition for seconds. The cut falls on a
 * paragraph, sentence or word boundary before the limit so no name is split in half.
 */
final class BodyTruncation {

    private BodyTruncation() {
    }

    static String truncate(String body, int maxChars) {
        if (body.length() <= maxChars) {
            return body;
        }
        int floor = maxChars * 3 / 4;
        for (String boundary : new String[] {"\n\n", ". ", " "}) {
            int cut = body.lastIndexOf(boundary, maxChars - boundary.length());
            if (cut >= floor) {
                return body.substring(0, cut + (boundary.equals(". ") ? 1 : 0));
            }
        }
        return body.substring(0, maxChars);
    }
}
