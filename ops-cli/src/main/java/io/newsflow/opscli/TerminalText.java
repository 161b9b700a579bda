package io.newsflow.opscli;

/**
 * Untrusted text made safe for the operator's terminal: a dead letter is whatever a feeder sent, and
 * printed raw its escape sequences would recolour, retitle or clear the terminal, its carriage
 * returns overwrite what was printed, its bidi overrides reorder it, and its line breaks fake further
 * output lines. Each such character is shown as a visible escape ({@code \n}, {@code \e}, {@code \u202e}).
 */
final class TerminalText {

    private TerminalText() {
    }

    static String escape(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder safe = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> safe.append("\\n");
                case '\r' -> safe.append("\\r");
                case '\t' -> safe.append("\\t");
                case 0x1B -> safe.append("\\e");
                case '\\' -> safe.append("\\\\");
                default -> {
                    if (Character.isISOControl(c) || isInvisibleReordering(c)) {
                        safe.append("\\u%04x".formatted(c));
                    } else {
                        safe.appendCodePoint(c);
                    }
                }
            }
        });
        return safe.toString();
    }

    /** Bidi embeddings, overrides and isolates, and the line and paragraph separators. */
    private static boolean isInvisibleReordering(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029
                || c == 0x200E || c == 0x200F || c == 0x061C;
    }
}
