package org.quotestance.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quotestance.text.BoilerplateDetector.Kind;

@Tag("unit")
class BoilerplateDetectorTest {
    private static final String TITLE = "Harbour Bridge Reopens After Long Repairs";
    private static final String MENU = "Home News Sport";
    private static final String P1 = "The old harbour bridge in Lindholm reopened to traffic on Tuesday after eight months of repairs.";
    private static final String CAPTION = "Workers paint the railings of the bridge on Monday. (AFP photo)";
    private static final String P2 = "Engineers replaced the rusted cables and strengthened the eastern pier, the city council said.";
    private static final String P3 = "Mayor Clara Lindqvist said the work had cost less than planned and was finished two weeks early.";
    private static final String DEAR = "Dear readers, our newsroom depends on you.";
    private static final String PLEASE = "Please support independent journalism with a small contribution today.";
    private static final String SUBSCRIBE = "Subscribe to our newsletter";

    private static String article(String... lines) {
        return String.join("\n", lines);
    }

    @Test
    void eachKindOfBoilerplateIsRecognised() {
        Kind[] kinds = BoilerplateDetector.load().classify(
                List.of(TITLE, MENU, P1, CAPTION, P2, P3, P1, DEAR, PLEASE, SUBSCRIBE));
        assertArrayEquals(new Kind[] {Kind.CONTENT, Kind.NAVIGATION, Kind.CONTENT, Kind.CAPTION, Kind.CONTENT,
                Kind.CONTENT, Kind.REPEATED, Kind.APPEAL, Kind.APPEAL, Kind.APPEAL}, kinds);
    }

    @Test
    void aLineOfLinkedHeadlinesIsNavigation() {
        String links = "Harbour fees to rise next year: council  \u2022 Ferry strike ends after two days  \u2022 Lindholm Insight: "
                + "how the bridge was paid for  \u2022 New museum opens on the quay";
        Kind[] kinds = BoilerplateDetector.load().classify(List.of(TITLE, P1, links, P2, P3));
        assertEquals(Kind.NAVIGATION, kinds[2]);
        assertEquals(Kind.CONTENT, BoilerplateDetector.load().classify(List.of(TITLE, P1, P2, P3))[2]);
    }

    @Test
    void aPartyLabelInAStoryParagraphIsNotAPhotoPosition() {
        String story = "Governor Ana Brill (R) said it would be \"improper\" to comment while the inquiry was open.";
        String caption = "Governor Ana Brill (R) greets the harbour workers in Dover on May 3, 2016. (AFP photo)";
        Kind[] kinds = BoilerplateDetector.load().classify(List.of(TITLE, story, caption, P2));
        assertArrayEquals(new Kind[] {Kind.CONTENT, Kind.CONTENT, Kind.CAPTION, Kind.CONTENT}, kinds);
    }

    @Test
    void cleanerDropsBoilerplateAndKeepsEveryRealParagraph() {
        String original = article(TITLE, MENU, P1, CAPTION, P2, P3, P1, DEAR, PLEASE, SUBSCRIBE);
        CleanText clean = TextCleaner.create().clean(original);
        assertEquals(String.join("\n\n", TITLE, P1, P2, P3), clean.text());
        assertEquals(TITLE, clean.title());
        assertEquals("", clean.outlet());

        // offsets still point into the original after paragraphs were dropped
        int i = clean.text().indexOf(P3);
        assertEquals(P3, original.substring(clean.originalStart(i), clean.originalEnd(i + P3.length())));
    }

    @Test
    void outletIsTheNameRepeatedInTwoAppeals() {
        String dear = "Dear readers, The Daily Harbinger depends on you.";
        String please = "Please support The Daily Harbinger and independent journalism with a contribution.";
        CleanText clean = TextCleaner.create().clean(article(TITLE, P1, P2, P3, dear, please, SUBSCRIBE));
        assertEquals("The Daily Harbinger", clean.outlet());
        assertEquals(String.join("\n\n", TITLE, P1, P2, P3), clean.text());
    }

    @Test
    void transcriptMarkersAndSpeakerLabelsAreNeverTheOutlet() {
        // short repeated transcript paragraphs look like menus to the boilerplate detector
        for (String marker : List.of("\"(CROSSTALK.)", "[LAUGHTER]", "(APPLAUSE)")) {
            List<String> paragraphs = List.of(marker, "Read more", marker);
            BoilerplateDetector.Kind[] kinds = new BoilerplateDetector.Kind[] {Kind.NAVIGATION, Kind.NAVIGATION,
                Kind.NAVIGATION};
            assertEquals("", BoilerplateDetector.load().outlet(paragraphs, kinds), marker);
        }
        List<String> labels = List.of("WALLACE: Yes.", "WALLACE: No.");
        assertEquals("", BoilerplateDetector.load().outlet(labels, new Kind[] {Kind.NAVIGATION, Kind.NAVIGATION}));
        List<String> shouts = List.of("BREAKING NEWS", "BREAKING NEWS");
        assertEquals("", BoilerplateDetector.load().outlet(shouts, new Kind[] {Kind.NAVIGATION, Kind.NAVIGATION}));
        // an acronym publisher is still found
        List<String> menus = List.of("CNN Politics", "CNN Video");
        assertEquals("CNN", BoilerplateDetector.load().outlet(menus, new Kind[] {Kind.NAVIGATION, Kind.NAVIGATION}));
    }

    @Test
    void theOutletsArticlesAndNonNamesAreBoilerplateJsons() {
        Kind[] kinds = {Kind.APPEAL, Kind.APPEAL};
        List<String> same = List.of("Donate to The Daily Harbinger now.", "Thanks from The Daily Harbinger team.");
        assertEquals("The Daily Harbinger", BoilerplateDetector.load().outlet(same, kinds));
        assertEquals("", new OutletDetector(List.of("The"), List.of("The Daily Harbinger", "The Daily")).detect(same, kinds));
        // "The" alone is an article, not a name the two outlets share
        List<String> two = List.of("Donate to The Daily Harbinger.", "Write to The Weekly Post.");
        assertEquals("", BoilerplateDetector.load().outlet(two, kinds));
        assertEquals("The", new OutletDetector(List.of(), List.of()).detect(two, kinds));
    }

    @Test
    void noOutletWhenTheNameAppearsInOneAppealOnly() {
        String dear = "Dear readers, The Daily Harbinger depends on you.";
        CleanText clean = TextCleaner.create().clean(article(TITLE, P1, P2, P3, dear, PLEASE, SUBSCRIBE));
        assertEquals("", clean.outlet());
    }

    @Test
    void longStoryParagraphWithOneAppealWordStays() {
        String donate = "The council will donate the old cables to a maritime museum in the northern district next spring.";
        CleanText clean = TextCleaner.create().clean(article(TITLE, P1, donate, P2));
        assertEquals(String.join("\n\n", TITLE, P1, donate, P2), clean.text());
    }

    @Test
    void quotedStoryParagraphMentioningSubscribersStays() {
        String quote = "“The streaming service lost half of its subscribers this year,” chief executive Nora Falk"
                + " told shareholders on Thursday.";
        Kind[] kinds = BoilerplateDetector.load().classify(List.of(TITLE, P1, quote, P2, P3));
        assertFalse(kinds[2].isBoilerplate(), kinds[2].toString());
    }

    @Test
    void aLetterFromTheOutletToItsReadersIsDroppedWithoutNamingTheOutlet() {
        // no phrase of the lexicon names this appeal: the outlet's "we" speaking to "you" marks it
        String intro = "A note from the newsroom:";
        String salutation = "Dear readers,";
        String voice = "We have reported from the valley for forty years, and we want you to read us for forty more.";
        String plea = "None of it happens without you. Every reader who joins us keeps our presses running.";
        String later = "Maybe later.";
        CleanText clean = TextCleaner.create().clean(article(TITLE, P1, P2, P3, intro, salutation, voice, plea, later));
        assertEquals(String.join("\n\n", TITLE, P1, P2, P3), clean.text());
    }

    @Test
    void theCountryInCapitalsIsNotThePronounUs() {
        String story = "Across the US, you could see the smoke on Monday.";
        Kind[] kinds = BoilerplateDetector.load().classify(List.of(TITLE, P1, story, P2));
        assertEquals(Kind.CONTENT, kinds[2]);
    }
}
