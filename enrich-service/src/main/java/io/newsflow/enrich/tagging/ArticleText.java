package io.newsflow.enrich.tagging;

/**
 * The parts of an article the taggers read, joined into one text with blank lines between them
 * (so that CoreNLP never runs a headline into the first sentence), and where each part lies in it:
 * salience needs to know whether a mention is in the title or the lead.
 */
public record ArticleText(String text, int titleEnd, int leadEnd) {

    /** Characters of the body's first paragraph that count as its lead. */
    static final int MAX_LEAD_CHARS = 600;

    public static ArticleText of(String title, String subtitle, String body) {
        StringBuilder text = new StringBuilder();
        append(text, title);
        int titleEnd = text.length();
        append(text, subtitle);
        int bodyStart = text.isEmpty() ? 0 : text.length() + 2;
        append(text, body);
        int leadEnd = body == null || body.isBlank() ? text.length() : bodyStart + leadLength(body);
        return new ArticleText(text.toString(), titleEnd, leadEnd);
    }

    private static void append(StringBuilder text, String part) {
        if (part == null || part.isBlank()) {
            return;
        }
        if (!text.isEmpty()) {
            text.append("\n\n");
        }
        text.append(part.strip());
    }

    private static int leadLength(String body) {
        if (body == null || body.isBlank()) {
            return 0;
        }
        String stripped = body.strip();
        int paragraphEnd = stripped.indexOf("\n\n");
        int end = paragraphEnd < 0 ? stripped.length() : paragraphEnd;
        return Math.min(end, MAX_LEAD_CHARS);
    }

    public String title() {
        return text.substring(0, titleEnd);
    }

    public boolean inTitle(int offset) {
        return offset < titleEnd;
    }

    /** The lead is the subtitle and the body's first paragraph (at most {@value #MAX_LEAD_CHARS} characters of it). */
    public boolean inLead(int offset) {
        return offset >= titleEnd && offset < leadEnd;
    }
}
