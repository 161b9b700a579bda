package io.newsflow.ingest.clean;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BoilerplateFilterTest {

    private static List<String> clean(String... paragraphs) {
        return BoilerplateFilter.clean(List.of(paragraphs), "Harbour reopens", List.of("Fiona MacLeod"));
    }

    @Test
    void appealGluedToTheFirstSentenceAfterAFullStop() {
        assertThat(clean("Support independent journalism. Donate today.The harbour reopened on Friday."))
                .containsExactly("The harbour reopened on Friday.");
        assertThat(clean("Become a Courier member today.A storm closed the harbour.")).containsExactly("A storm closed the harbour.");
        assertThat(clean("Subscribe to our newsletter.\"It was chaos,\" a ferryman said.")).containsExactly("\"It was chaos,\" a ferryman said.");
        assertThat(clean("Become a member today.2004 was a record year for the port.")).containsExactly("2004 was a record year for the port.");
        assertThat(clean("Support our reporting.'Slow ferries' are back, the council said.")).containsExactly("'Slow ferries' are back, the council said.");
    }

    @Test
    void promptGluedWithoutAnyPunctuation() {
        assertThat(clean("Sign up for our daily newsletterThe harbour reopened on Friday after a storm."))
                .containsExactly("The harbour reopened on Friday after a storm.");
        assertThat(clean("By Fiona MacLeodThe harbour reopened.")).containsExactly("The harbour reopened.");
    }

    @Test
    void wholeBoilerplateParagraphsOfEveryKind() {
        assertThat(clean(
                "We use cookies to improve your experience.",
                "Share this article",
                "Facebook Twitter WhatsApp Email",
                "Follow us on Instagram",
                "Join the conversation",
                "Comments are closed.",
                "Download the free Courier app",
                "Advertisement",
                "Story continues below advertisement",
                "Read more: Storm closes harbour",
                "Image copyright Getty Images",
                "© 2026 North Sea Courier",
                "Published 27 November 2026",
                "The harbour reopened.")).containsExactly("The harbour reopened.");
    }

    @Test
    void galleryLabelsScriptNoticesShortcodesCreditsAndDisclaimersGo() {
        assertThat(clean(
                "Image 1 of 5",
                "Photo 3 of 12: Ferries wait at the quay",
                "3/12",
                "This slideshow requires JavaScript.",
                "[button link=\"/subscribe\" color=\"red\"]",
                "[/caption]",
                "We may earn a commission when you buy through links on our site.",
                "This article contains affiliate links.",
                "Find out more about our editorial standards.",
                "Getty Images",
                "Photo: Colin Rennie",
                "The harbour reopened.")).containsExactly("The harbour reopened.");
    }

    @Test
    void reportingThatMentionsGalleriesCommissionsAndStandardsStays() {
        List<String> reporting = List.of(
                "The gallery, which requires visitors to book, opened 3 of its 12 rooms on Friday.",
                "Agents may earn a commission of up to 5%, the regulator said.",
                "The council's code of conduct was breached, the inquiry found.");

        assertThat(clean(reporting.toArray(String[]::new))).isEqualTo(reporting);
    }

    @Test
    void repeatedHeadlineAndBylinesGo() {
        assertThat(clean("Harbour reopens", "By Fiona MacLeod", "Fiona MacLeod, Highlands reporter", "By Jo Lee and Sam Porter",
                "The harbour reopened.")).containsExactly("The harbour reopened.");
    }

    @Test
    void linkListUnderARelatedHeadingGoes() {
        assertThat(clean("The harbour reopened.", "More on this story", "Storm closes harbour", "Ferry timetable cut",
                "Ministers promise repairs.")).containsExactly("The harbour reopened.", "Ministers promise repairs.");
    }

    @Test
    void reportingThatMentionsTheSameSubjectsStays() {
        List<String> reporting = List.of(
                "Shares in the company fell after it said subscribers had dropped by 8%.",
                "Related companies also suffered losses.",
                "By any measure, the harbour is the busiest in the region.",
                "Video game sales rose by a fifth last year.",
                "Copyright infringement cases doubled, the court said.",
                "Published figures show a rise in exports.",
                "The firm will launch its app in the spring, chief executive Jane Roe said. Download numbers are expected to double.",
                "Users can download the app and subscribe to alerts, the council said.");
        assertThat(BoilerplateFilter.clean(reporting, "Title", List.of())).containsExactlyElementsOf(reporting);
    }

    @Test
    void boilerplateInTheMiddleOfAParagraphIsLeftAlone() {
        String paragraph = "The council met on Monday. Share this article, the leader joked, before the vote. It passed.";
        assertThat(clean(paragraph)).containsExactly(paragraph);
    }
}
