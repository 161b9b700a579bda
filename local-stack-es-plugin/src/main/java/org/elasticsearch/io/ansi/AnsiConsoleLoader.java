package org.elasticsearch.io.ansi;

import java.util.function.Supplier;

/**
 * Stands in for the distribution's unpublished ansi-console tool, which the server loads by this exact name from
 * {@code lib/tools/ansi-console/}. The local node never writes to a terminal, so there is no console to offer.
 */
public class AnsiConsoleLoader implements Supplier<Object> {

    @Override
    public Object get() {
        return null;
    }
}
