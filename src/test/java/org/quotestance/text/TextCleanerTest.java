package org.quotestance.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class TextCleanerTest {
    private static final TextCleaner CLEANER = TextCleaner.create();

    @Test
    void lossyMojibakeQuoteOpensAfterSpaceAndClosesAfterAWord() {
        assertEquals("He said “we will stay” today.", CLEANER.clean("He said ?€?we will stay?€? today.").text());
        // at the very start and after "(" it opens
        assertEquals("“Stay calm” (“for now”) he said.", CLEANER.clean("?€?Stay calm?€? (?€?for now?€?) he said.").text());
    }

    @Test
    void windows1252MojibakeIsRepaired() {
        String original = "She called it â€œa fair dealâ€\u009d and the mayorâ€™s aide JosÃ© agreed.";
        assertEquals("She called it “a fair deal” and the mayor’s aide José agreed.", CLEANER.clean(original).text());
    }

    @Test
    void windows1252MojibakeWithLeadByteC4IsRepaired() {
        // ş = C5 9F -> "ÅŸ" (repaired today), ğ = C4 9F -> "ÄŸ", ı = C4 B1 -> "Ä±"
        assertEquals("The lawyer Ayşe Doğan from Kırıkkale spoke.",
                CLEANER.clean("The lawyer AyÅŸe DoÄŸan from KÄ±rÄ±kkale spoke.").text());
    }

    @Test
    void whitespaceIsCollapsedAndParagraphsJoinedByABlankLine() {
        String original = "  The   council\u00A0met\ton\u200B Monday.  \r\n\n\n   It   voted twice.   \r\n";
        CleanText clean = CLEANER.clean(original);
        assertEquals("The council met on Monday.\n\nIt voted twice.", clean.text());
        assertEquals(original.length(), clean.originalLength());
        assertEquals(clean.text().length(), clean.toOriginal().length);
    }

    @Test
    void cleanedSubstringMapsBackToTheSameWordsInTheOriginal() {
        String original = "Harbour Works Begin Soon\n\n  The  mayor said ?€?we  will   rebuild?€?  the  wall.";
        CleanText clean = CLEANER.clean(original);
        assertEquals("Harbour Works Begin Soon\n\nThe mayor said “we will rebuild” the wall.", clean.text());

        int i = clean.text().indexOf("will rebuild");
        int j = i + "will rebuild".length();
        assertEquals("will   rebuild", original.substring(clean.originalStart(i), clean.originalEnd(j)));

        int k = clean.text().indexOf("mayor");
        assertEquals("mayor", original.substring(clean.originalStart(k), clean.originalEnd(k + 5)));

        int w = clean.text().indexOf("wall.");
        assertEquals("wall.", original.substring(clean.originalStart(w), clean.originalEnd(w + 5)));

        // the repaired opening mark maps to the start of its three original characters
        int open = clean.text().indexOf('“');
        assertEquals(original.indexOf("?€?we"), clean.originalStart(open));
    }

    @Test
    void spanEndingInARepairedCharacterCoversItsWholeOriginalSequence() {
        String original = "The aide JosÃ© agreed.";
        CleanText clean = CLEANER.clean(original);
        assertEquals("The aide José agreed.", clean.text());
        int i = clean.text().indexOf("José");
        assertEquals("JosÃ©", original.substring(clean.originalStart(i), clean.originalEnd(i + 4)));

        String quoted = "He said ?€?we stay?€? today.";
        CleanText q = CLEANER.clean(quoted);
        int open = q.text().indexOf('“');
        int close = q.text().indexOf('”') + 1;
        assertEquals("?€?we stay?€?", quoted.substring(q.originalStart(open), q.originalEnd(close)));
    }

    @Test
    void titleIsTheFirstLongLineWithoutFinalFullStop() {
        assertEquals("Harbour Works Begin Soon",
                CLEANER.clean("Harbour Works Begin Soon\nThe mayor said the works begin in May.").title());
        // a first paragraph that is a sentence is no headline
        assertEquals("", CLEANER.clean("The mayor said the works begin in May.\nThe council agreed on Monday.").title());
    }
}
