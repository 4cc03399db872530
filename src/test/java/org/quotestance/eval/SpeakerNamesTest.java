package org.quotestance.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class SpeakerNamesTest {

    @Test
    void transliterationVariantsAreTheSamePerson() {
        assertTrue(SpeakerNames.sameSpeaker("Sergei Lavrov", "Sergey Lavrov"));
        assertTrue(SpeakerNames.sameSpeaker("Mikhail Gorbachev", "Mihail Gorbachev"));
    }

    @Test
    void partialNamesSharingTheSurnameMatch() {
        assertTrue(SpeakerNames.sameSpeaker("Recep Erdogan", "Recep Tayyip Erdogan"));
        assertTrue(SpeakerNames.sameSpeaker("Lavrov", "Sergei Lavrov"));
        assertTrue(SpeakerNames.sameSpeaker("Foreign Minister Sergey Lavrov", "Sergei Lavrov"));
    }

    @Test
    void anIntensifyingReflexiveIsNoPartOfTheName() {
        assertTrue(SpeakerNames.sameSpeaker("Clinton herself", "Hillary Clinton"));
        assertTrue(SpeakerNames.sameSpeaker("the senator himself", "the senator"));
        assertFalse(SpeakerNames.sameSpeaker("Clinton herself", "Bill Roe"));
    }

    @Test
    void britishAndAmericanSpellingsOfABodyAreOneBody() {
        assertTrue(SpeakerNames.sameSpeaker("Norwegian Defence Ministry", "Norwegian Defense Ministry"));
        assertTrue(SpeakerNames.sameSpeaker("Centre for Coastal Studies", "Center for Coastal Studies"));
        assertTrue(SpeakerNames.sameSpeaker("World Health Organisation", "World Health Organization"));
        assertFalse(SpeakerNames.sameSpeaker("Norwegian Defence Ministry", "Norwegian Interior Ministry"));
    }

    @Test
    void differentPeopleDoNotMatch() {
        assertFalse(SpeakerNames.sameSpeaker("Vladimir Putin", "Sergei Lavrov"));
        assertFalse(SpeakerNames.sameSpeaker("Recep Tayyip Erdogan", "Recep Mehmet"));
        assertFalse(SpeakerNames.sameSpeaker("he", "she"));
        // a shared first name is not enough: the last token must agree
        assertFalse(SpeakerNames.sameSpeaker("Sergei", "Sergei Lavrov"));
    }

    @Test
    void accentsCasePunctuationAndPossessivesAreIgnored() {
        assertTrue(SpeakerNames.sameSpeaker("Mevlüt Çavuşoğlu", "mevlut cavusoglu"));
        assertTrue(SpeakerNames.sameSpeaker("Lavrov's", "LAVROV"));
        assertTrue(SpeakerNames.sameSpeaker("U.S. State Department", "US State Department"));
    }

    @Test
    void everyApostropheFormAndStrokedLetterFoldsLikeThePipeline() {
        assertTrue(SpeakerNames.sameSpeaker("Moshe Yaʼalon", "Moshe Ya'alon"));
        assertTrue(SpeakerNames.sameSpeaker("Ya‘alon", "Moshe Ya’alon"));
        assertFalse(SpeakerNames.sameSpeaker("Yaʼalon", "Alon"));
        assertTrue(SpeakerNames.sameSpeaker("Kılıç", "Kilic"));
        assertTrue(SpeakerNames.sameSpeaker("Łukasz Søren", "Lukasz Soren"));
        assertFalse(SpeakerNames.sameSpeaker("Сергей Лавров", "Сергей Шойгу"));
    }

    @Test
    void mentionsLikePolNearSourcesMatchTheirVariants() {
        assertTrue(SpeakerNames.sameSpeaker("The New York Post", "New York Post"));
        assertTrue(SpeakerNames.sameSpeaker("The Post", "The New York Post"));
        assertTrue(SpeakerNames.sameSpeaker("a source", "source"));
        assertTrue(SpeakerNames.sameSpeaker("he", "He"));
    }

    @Test
    void blankAndUnknownNamesNeverMatch() {
        assertFalse(SpeakerNames.sameSpeaker("", ""));
        assertFalse(SpeakerNames.sameSpeaker(null, "Lavrov"));
        assertFalse(SpeakerNames.sameSpeaker("-", "-"));
        assertFalse(SpeakerNames.isKnown("unknown"));
        assertFalse(SpeakerNames.isKnown("-"));
        assertTrue(SpeakerNames.isKnown("Lavrov"));
    }

    @org.junit.jupiter.api.Test
    void goldMentionWithAppositionMatchesItsHead() {
        org.junit.jupiter.api.Assertions.assertTrue(SpeakerNames.sameSpeaker("Nadia Fell, a former city adviser,", "Nadia Fell"));
        org.junit.jupiter.api.Assertions.assertTrue(SpeakerNames.sameSpeaker("Rep. Omar Diallo (D-Vt.)", "Omar Diallo"));
        org.junit.jupiter.api.Assertions.assertFalse(SpeakerNames.sameSpeaker("Nadia Fell, a former adviser to Omar Diallo", "Omar Diallo"));
        // an apposition set off by a typewriter dash, two hyphens, as by an em dash
        org.junit.jupiter.api.Assertions.assertTrue(SpeakerNames.sameSpeaker("Fell -- co-author of a book on Omar Diallo --", "Nadia Fell"));
        org.junit.jupiter.api.Assertions.assertFalse(SpeakerNames.sameSpeaker("Fell -- co-author of a book on Omar Diallo --", "Omar Diallo"));
    }

    @Test
    void aNameAfterTheDescriptionKeepsItsHeadBeforeOf() {
        assertTrue(SpeakerNames.sameSpeaker("Another pollster, Dana Quill of Bergen University,", "Dana Quill"));
        assertFalse(SpeakerNames.sameSpeaker("Another pollster, Dana Quill of Bergen University,", "Bergen University"));
    }

    @Test
    void aNameAfterTheDescriptionAlsoNamesTheSpeaker() {
        org.junit.jupiter.api.Assertions.assertTrue(SpeakerNames.sameSpeaker("A lawyer for the outlets, Dana Quill,", "Dana Quill"));
        org.junit.jupiter.api.Assertions.assertFalse(SpeakerNames.sameSpeaker("A lawyer for the outlets, Dana Quill,", "Omar Diallo"));
    }

    @Test
    void courtesyTitlesAreNotPartOfTheName() {
        org.junit.jupiter.api.Assertions.assertTrue(SpeakerNames.sameSpeaker("Mr. Quill", "Dana Quill"));
        org.junit.jupiter.api.Assertions.assertTrue(SpeakerNames.sameSpeaker("Ms. Dana Quill", "Dana Quill"));
        org.junit.jupiter.api.Assertions.assertFalse(SpeakerNames.sameSpeaker("Mr. Quill", "Dana Diallo"));
    }

    @Test
    void aPostmodifierAfterANameIsNotItsHead() {
        // "of Utah" modifies the person: the place is not the speaker, the person is
        org.junit.jupiter.api.Assertions.assertTrue(SpeakerNames.sameSpeaker("Representative Jane Roe of Utah", "Jane Roe"));
        org.junit.jupiter.api.Assertions.assertFalse(SpeakerNames.sameSpeaker("Representative Jane Roe of Utah", "Utah"));
        org.junit.jupiter.api.Assertions.assertTrue(SpeakerNames.sameSpeaker("Mr. Roe of the Acme Institute", "Jane Roe"));
        // a title before a name still ends on the name; a quantity has no name before its "of"
        org.junit.jupiter.api.Assertions.assertTrue(SpeakerNames.sameSpeaker("Secretary of State Jane Roe", "Jane Roe"));
        org.junit.jupiter.api.Assertions.assertTrue(SpeakerNames.sameSpeaker("Only 52 percent of registered voters",
            "Only 52 percent of registered voters"));
    }

    @Test
    void anArticleBeforeABodysNameIsNoWordOfIt() {
        // "the Bureau" is one word of a name: its "of" belongs to the name, as in "Bureau of …"
        org.junit.jupiter.api.Assertions.assertTrue(SpeakerNames.sameSpeaker("the Bureau of Fisheries Statistics", "Bureau of Fisheries Statistics"));
        org.junit.jupiter.api.Assertions.assertFalse(SpeakerNames.sameSpeaker("the Bureau of Fisheries Statistics", "Bureau of Mines"));
        org.junit.jupiter.api.Assertions.assertTrue(SpeakerNames.sameSpeaker("the Jane Roe of Utah", "Jane Roe"));
    }
}
