package io.newsflow.localstack;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** How a child process tells that it is ready, read from its output one byte at a time. */
interface ReadySignal {

    /** Takes the next byte of output; answers whether the byte belongs in the log. */
    boolean accept(int b);

    boolean seen();

    /** A control byte the child writes once (Elasticsearch writes 0x18 to stderr); it is kept out of the log. */
    static ReadySignal controlByte(int marker) {
        return new ReadySignal() {
            private volatile boolean seen;

            @Override
            public boolean accept(int b) {
                if (b == marker) {
                    seen = true;
                    return false;
                }
                return true;
            }

            @Override
            public boolean seen() {
                return seen;
            }
        };
    }

    /** A log line containing the given text (Kafka logs "Kafka Server started"). */
    static ReadySignal lineContaining(String text) {
        return new ReadySignal() {
            private static final int LONGEST_LINE_CHECKED = 4096;
            private final ByteArrayOutputStream line = new ByteArrayOutputStream();
            private volatile boolean seen;

            @Override
            public boolean accept(int b) {
                if (seen) {
                    return true;
                }
                if (b == '\n') {
                    seen = line.toString(StandardCharsets.UTF_8).contains(text);
                    line.reset();
                } else if (line.size() < LONGEST_LINE_CHECKED) {
                    line.write(b);
                }
                return true;
            }

            @Override
            public boolean seen() {
                return seen;
            }
        };
    }
}
