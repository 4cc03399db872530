package org.quotestance.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameVariantsTest {

    @Test
    void transliterationVariantsAreCompatible() {
        assertTrue(NameVariants.compatible("Dmitri Orlov", "Dmitry Orlov"));
        assertTrue(NameVariants.compatible("Sergei Volkov", "Sergey Volkov"));
        assertTrue(NameVariants.compatible("Mikhail Khodorov", "Mihail Hodorov"));
    }

    @Test
    void droppedMiddleOrFirstNamesAreCompatible() {
        assertTrue(NameVariants.compatible("Dmitri Ivanovich Orlov", "Dmitry Orlov"));
        assertTrue(NameVariants.compatible("Orlov", "Dmitri Ivanovich Orlov"));
        assertTrue(NameVariants.compatible("Anna K. Berg", "Anna Berg"));
    }

    @Test
    void accentsCaseAndPossessiveAreIgnored() {
        assertTrue(NameVariants.compatible("José Ortega", "Jose Ortega"));
        assertTrue(NameVariants.compatible("Jürgen Müller", "JURGEN MULLER"));
        assertTrue(NameVariants.compatible("Ortega's", "José Ortega"));
    }

    @Test
    void differentSurnamesAreNotCompatible() {
        assertFalse(NameVariants.compatible("Anna Berg", "Anna Lind"));
        assertFalse(NameVariants.compatible("Dmitri Orlov", "Dmitri Orlova"));
        assertFalse(NameVariants.compatible("Berg Anna", "Anna Berg"));
    }

    @Test
    void differentFirstNamesWithTheSameSurnameAreNotCompatible() {
        assertFalse(NameVariants.compatible("Anna Berg", "Olaf Berg"));
        assertFalse(NameVariants.compatible("Anna Maria Berg", "Olaf Berg"));
    }

    @Test
    void emptyNamesAreNeverCompatible() {
        assertFalse(NameVariants.compatible("", "Anna Berg"));
        assertFalse(NameVariants.compatible("Anna Berg", " . "));
    }

    @Test
    void tokensAreFoldedSpellings() {
        // accents dropped, apostrophe splits, doubled letters merged, y -> i, kh -> h
        assertEquals(List.of("jose", "maria", "o", "neil"), NameVariants.tokens("José María O'Neill"));
        assertEquals(List.of("mihail", "orlov"), NameVariants.tokens("  Mikhail   Orlov's "));
        assertEquals(List.of("sergi", "sergi"), NameVariants.tokens("Sergei Sergey"));
    }

    @Test
    void britishAndAmericanSpellingsAndCurlyApostrophesAreCompatible() {
        assertTrue(NameVariants.compatible("Polish defence ministry", "Polish Defense Ministry"));
        assertTrue(NameVariants.compatible("Labour Party", "Labor Party"));
        assertTrue(NameVariants.compatible("Moshe Ba’alon", "Moshe Ba'alon"));
        assertFalse(NameVariants.compatible("Polish Defense Ministry", "Polish Justice Ministry"));
    }
}
