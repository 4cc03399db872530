package org.quotestance.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
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
        // accents dropped, apostrophe joins, doubled letters merged, y -> i, kh -> h
        assertEquals(List.of("jose", "maria", "oneil"), NameVariants.tokens("José María O'Neill"));
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

    @Test
    void everyApostropheFormJoinsTheNameItIsIn() {
        assertTrue(NameVariants.compatible("Moshe Ya’alon", "Moshe Ya'alon"));
        assertTrue(NameVariants.compatible("Yaʼalon", "Moshe Ya'alon"));
        assertEquals(List.of("ialon"), NameVariants.tokens("Ya‘alon’s"));
        // split at the apostrophe, "Alon" would be the surname of "Ya'alon"
        assertFalse(NameVariants.compatible("Ya'alon", "Alon"));
    }

    @Test
    void lettersWithoutADecompositionAreFoldedToTheirBase() {
        assertTrue(NameVariants.compatible("Recep Tayyip Erdoğan", "Recep Tayyip Erdogan"));
        assertTrue(NameVariants.compatible("Kılıç", "Kilic"));
        assertTrue(NameVariants.compatible("KILIÇDAROĞLU", "Kılıçdaroğlu"));
        assertTrue(NameVariants.compatible("İsmail Kılıç", "Ismail Kilic"));
        assertTrue(NameVariants.compatible("Łukasz Søren", "Lukasz Soren"));
        assertEquals(List.of("kilic"), NameVariants.tokens("Kılıç"));
        assertFalse(NameVariants.compatible("Kılıç", "Kulic"));
    }

    @Test
    void namesInOtherScriptsKeepTheirLetters() {
        assertEquals(List.of("сергеи", "лавров"), NameVariants.tokens("Сергей Лавров"));
        assertTrue(NameVariants.compatible("Лавров", "Сергей Лавров"));
        assertFalse(NameVariants.compatible("Сергей Лавров", "Сергей Шойгу"));
        assertFalse(NameVariants.compatible("Αλέξης Τσίπρας", "Κυριάκος Μητσοτάκης"));
        assertTrue(NameVariants.compatible("Αλέξης Τσίπρας", "ΑΛΕΞΗΣ ΤΣΙΠΡΑΣ"));
        assertFalse(NameVariants.compatible("Лавров", "Τσίπρας"));
    }
}
