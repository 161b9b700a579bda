package io.newsflow.enrich.kafka;

import java.util.List;

/** Plausible news text made up from an id, so fault tests need no external corpus. */
final class SyntheticNews {

    private static final List<String> PEOPLE = List.of("Angela Merkel", "Tony Blair", "Kofi Annan", "Vladimir Putin", "Gordon Brown");
    private static final List<String> PLACES = List.of("Berlin", "London", "Geneva", "Moscow", "Paris", "Nairobi");
    private static final List<String> BODIES = List.of("the European Union", "the United Nations", "Nato", "the World Bank");

    private SyntheticNews() {
    }

    static String title(String id) {
        int n = Math.abs(id.hashCode());
        return pick(PEOPLE, n) + " meets " + pick(BODIES, n + 1) + " leaders in " + pick(PLACES, n + 2);
    }

    static String body(String id) {
        int n = Math.abs(id.hashCode());
        String person = pick(PEOPLE, n);
        String surname = person.substring(person.indexOf(' ') + 1);
        return (person + " arrived in " + pick(PLACES, n + 2) + " on Tuesday for talks with " + pick(BODIES, n + 1)
                + " about trade, security and the budget. Officials said the meeting would focus on economic growth.\n\n"
                + "Mr " + surname + " told reporters that the talks were constructive. Ministers from "
                + pick(PLACES, n + 3) + " and " + pick(PLACES, n + 4) + " are expected to join later in the week, "
                + "and " + pick(BODIES, n + 2) + " will publish a statement on Friday.\n\n").repeat(2);
    }

    private static String pick(List<String> values, int n) {
        return values.get(n % values.size());
    }
}
