package org.quotestance.quote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class QuoteMarkScannerTest {

    /** The one span of {@code text}, whose content must be {@code content} between the marks at its ends. */
    private static void assertOneQuote(String text, String content) {
        List<MarkedSpan> spans = QuoteMarkScanner.scan(text);
        assertEquals(1, spans.size(), text + " -> " + spans);
        MarkedSpan s = spans.get(0);
        assertEquals(content, text.substring(s.start(), s.end()), text);
        assertEquals(text.indexOf(content), s.start());
        assertTrue(s.open() < s.start() && s.end() <= s.close(), s.toString());
    }

    @Test
    void everyQuoteStyleIsFound() {
        assertOneQuote("He said “we will win” on Sunday.", "we will win");
        assertOneQuote("He said \"we will win\" on Sunday.", "we will win");
        assertOneQuote("He said ‘we will win’ on Sunday.", "we will win");
        assertOneQuote("He said 'we will win' on Sunday.", "we will win");
        assertOneQuote("Il a dit «nous gagnerons» dimanche.", "nous gagnerons");
        assertOneQuote("Er sagte „wir gewinnen“ am Sonntag.", "wir gewinnen");
    }

    @Test
    void contentIsTrimmedInsideSpacedMarks() {
        String text = "Il a dit « nous gagnerons » dimanche.";
        MarkedSpan s = QuoteMarkScanner.scan(text).get(0);
        assertEquals(text.indexOf('«'), s.open());
        assertEquals(text.indexOf('»'), s.close());
        assertEquals("nous gagnerons", text.substring(s.start(), s.end()));
    }

    @Test
    void apostrophesAreNotQuotes() {
        assertEquals(List.of(), QuoteMarkScanner.scan("I don't think the minister's plan works."));
        assertEquals(List.of(), QuoteMarkScanner.scan("I don’t think the minister’s plan works."));
        assertEquals(List.of(), QuoteMarkScanner.scan("He criticised the ministers' plan yesterday."));
    }

    @Test
    void pluralPossessiveDoesNotOpenButASingleQuotedPhraseDoes() {
        assertOneQuote("The ministers' plan was called 'a fair deal' by the union.", "a fair deal");
    }

    @Test
    void aTranscriptLabelAfterTheReopeningMarkStartsANewTurn() {
        String text = "\"HOST: Will the bridge open in May?\n\n\"MAYOR: It will open in June.\n\n\"HOST: Why the delay?";
        List<MarkedSpan> spans = QuoteMarkScanner.scan(text);
        assertEquals(3, spans.size(), spans.toString());
        assertEquals("MAYOR: It will open in June.", text.substring(spans.get(1).start(), spans.get(1).end()));
    }

    @Test
    void quoteOverSeveralParagraphsIsOneSpan() {
        String text = "The mayor said: “The first part of the plan is ready.\n\n"
                + "“The second part needs money.\n\n"
                + "“The last part comes in May,” she added.";
        List<MarkedSpan> spans = QuoteMarkScanner.scan(text);
        assertEquals(1, spans.size(), spans.toString());
        MarkedSpan s = spans.get(0);
        assertEquals(text.indexOf('“'), s.open());
        assertEquals(text.indexOf('”'), s.close());
        assertEquals(text.indexOf("The first"), s.start());
        assertEquals(text.indexOf("May,") + "May,".length(), s.end());
    }

    @Test
    void unbalancedOpeningMarkStopsAtItsParagraph() {
        String text = "She said “we will never give up.\n\n"
                + "The next paragraph has no marks at all.\n\n"
                + "A third one says “fine” and ends.";
        List<MarkedSpan> spans = QuoteMarkScanner.scan(text);
        assertEquals(2, spans.size(), spans.toString());
        MarkedSpan runaway = spans.get(0);
        assertEquals(-1, runaway.close());
        assertEquals("we will never give up.", text.substring(runaway.start(), runaway.end()));
        assertEquals("fine", text.substring(spans.get(1).start(), spans.get(1).end()));
    }

    @Test
    void twentyThousandStraightQuotesGiveNoSpan() {
        // the first mark opens, the second closes an empty quote, every later one "clearly closes"
        // (after a non-space, before a non-letter) and so never opens again
        assertEquals(List.of(), QuoteMarkScanner.scan("\"".repeat(20_000)));
    }

    @Test
    void randomTextNeverThrowsAndSpansStayInside() {
        String alphabet = "abcXYZ  \n\n\"“”‘’'«»„.,";
        Random random = new Random(20240611L);
        for (int n = 0; n < 500; n++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(300);
            for (int k = 0; k < length; k++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            List<MarkedSpan> spans = QuoteMarkScanner.scan(text);
            int previousEnd = 0;
            for (MarkedSpan s : spans) {
                String where = s + " in " + text.replace("\n", "\\n");
                assertTrue(0 <= s.open() && s.open() < s.start(), where);
                assertTrue(s.start() < s.end() && s.end() <= text.length(), where);
                assertTrue(s.close() == -1 || (s.end() <= s.close() && s.close() < text.length()), where);
                assertTrue(s.start() >= previousEnd, "overlapping spans: " + where);
                previousEnd = s.end();
            }
        }
    }
}
