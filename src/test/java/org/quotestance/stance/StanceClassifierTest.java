package org.quotestance.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quotestance.stance.Stance.Label;

/**
 * Rule checks against the turkey-daesh-oil claim file. Every sentence is invented; the comment above
 * each case says which rule of {@link StanceClassifier#classify} must fire and why no earlier one does.
 */
@Tag("unit")
class StanceClassifierTest {
    private static StanceClassifier classifier;

    @BeforeAll
    static void loadClaim() throws Exception {
        classifier = new StanceClassifier(Claim.parse(Files.readAllBytes(Path.of("pipelines/turkey-daesh-oil.json"))));
    }

    private static Stance classify(String quote, String frame, String cueLemma, boolean articleAboutClaim) {
        Stance s = classifier.classify(new StanceInput(quote, frame, cueLemma, articleAboutClaim));
        assertFalse(s.evidence().isBlank(), "evidence");
        assertTrue(s.confidence() > 0 && s.confidence() <= 1, "confidence " + s.confidence());
        return s;
    }

    @Test
    void rejectingCueDenies() {
        // relevant through the reference "allegations" in an article about the claim; no proof/consequence
        // words; the cue lemma "reject" is a deny verb
        Stance s = classify("Our country has nothing to do with this trade",
                "Foreign Minister Leyla Kaya rejected the allegations against Ankara, saying … .", "reject", true);
        assertEquals(Label.DENY, s.label());
        assertTrue(s.evidence().contains("'reject'"), s.evidence());
    }

    @Test
    void conditionalChallengeToProveDenies() {
        // "prove" (proof) + "resign" (consequence) + "If" (condition); relevant via "claims" + article about claim
        Stance s = classify("If anyone can prove these claims, I will resign",
                "The Turkish president told reporters … .", "tell", true);
        assertEquals(Label.DENY, s.label());
        assertTrue(s.evidence().contains("prove") && s.evidence().contains("resign"), s.evidence());
    }

    @Test
    void accusingCueSupports() {
        // target Ankara, object ISIS, relation buy/oil; no deny word and no negation before "buying"/"oil";
        // cue "accuse" is a support verb
        Stance s = classify("Ankara of buying oil from ISIS", "Envoy Boris Volkov accused … in an interview.",
                "accuse", false);
        assertEquals(Label.SUPPORT, s.label());
        assertTrue(s.evidence().contains("'accuse'"), s.evidence());
    }

    @Test
    void assertionOfTheRelationSupports() {
        // target Turkish, object Islamic State, relation oil; neutral cue; nothing negated or rejected
        Stance s = classify("Turkish trucks carry Islamic State oil across the border",
                "Colonel Ivan Sokolov told reporters … .", "tell", false);
        assertEquals(Label.SUPPORT, s.label());
        assertTrue(s.evidence().contains("'carry'"), s.evidence()); // an exchange word of the claim
    }

    @Test
    void negatedRelationDenies() {
        // "never" is at most three words before the relation word "bought"
        Stance s = classify("Turkey has never bought oil from ISIS", "Foreign Minister Leyla Kaya said … .", "say", false);
        assertEquals(Label.DENY, s.label());
        assertTrue(s.evidence().contains("'bought'"), s.evidence());
    }

    @Test
    void negationWithContractedNotDenies() {
        // "didn't" ends in "n't" and stands right before the relation word "buy"
        Stance s = classify("Turkey didn't buy oil from ISIS", "Foreign Minister Leyla Kaya said … .", "say", false);
        assertEquals(Label.DENY, s.label());
    }

    @Test
    void negationWithTypographicApostropheDenies() {
        Stance s = classify("Turkey didn’t buy oil from ISIS", "Foreign Minister Leyla Kaya said … .", "say", false);
        assertEquals(Label.DENY, s.label());
    }

    @Test
    void lexiconStemsDoNotFireInsideUnrelatedWords() {
        // same quote as assertionOfTheRelationSupports, only the speaker's rank differs
        assertEquals(Label.SUPPORT, classify("Turkish trucks carry Islamic State oil across the border",
                "Lieutenant General Marko Petrov told reporters … .", "tell", false).label());
        // same quote as topicWithoutASideIsDiscuss; "aides" are people, not aid
        assertEquals(Label.DISCUSS, classify("Ankara and ISIS were discussed at the border talks",
                "Presidential aides said … on Friday.", "say", false).label());
    }

    @Test
    void topicWithoutASideIsDiscuss() {
        // target "Ankara" and object "ISIS" make it relevant; none of the relation stems (oil, buy, aid,
        // ties, support, ...) occurs in "were discussed at the border talks" nor in the frame, so neither the
        // negation rule nor the assertion rule can fire, and there is no deny/support cue or word: DISCUSS
        Stance s = classify("Ankara and ISIS were discussed at the border talks", "A diplomat in Vienna said … on Friday.",
                "say", false);
        assertEquals(Label.DISCUSS, s.label());
    }

    @Test
    void unrelatedQuote() {
        Stance s = classify("The weather in Vienna was cold", "A spokesman said … .", "say", true);
        assertEquals(Label.UNRELATED, s.label());
    }

    @Test
    void upperCaseISIsTheObjectButTheVerbIsIsNot() {
        assertEquals(Label.DISCUSS, classify("Ankara and IS are neighbours now", "A diplomat said … .", "say", false).label());
        assertEquals(Label.UNRELATED, classify("Ankara is the problem now", "A diplomat said … .", "say", false).label());
        assertTrue(classifier.isAbout("Ankara watches IS closely"));
        assertFalse(classifier.isAbout("Ankara is watching closely"));
    }

    @Test
    void mentionsTargetOrObject() {
        assertTrue(classifier.mentionsTargetOrObject("Ankara said nothing on Monday."));
        assertTrue(classifier.mentionsTargetOrObject("the turkish side stayed silent"));
        assertTrue(classifier.mentionsTargetOrObject("Daesh fighters crossed the river."));
        assertTrue(classifier.mentionsTargetOrObject("IS fighters left the town."));
        assertFalse(classifier.mentionsTargetOrObject("The weather in Vienna was cold."));
        assertFalse(classifier.mentionsTargetOrObject("This is the end of the road."));
        // aliases are whole words: the birds are not the country
        assertFalse(classifier.mentionsTargetOrObject("We roasted two turkeys for the feast."));
    }

    @Test
    void unrelatedIsLessSureInAnArticleAboutTheClaim() {
        // no claim words: elsewhere surely unrelated; in an article about the claim it may refer to it
        Stance away = classify("The weather was fine all week", "… the minister said.", "say", false);
        Stance about = classify("The weather was fine all week", "… the minister said.", "say", true);
        assertEquals(Label.UNRELATED, away.label());
        assertEquals(Label.UNRELATED, about.label());
        assertTrue(about.confidence() < 0.8 && away.confidence() >= 0.8, about + " / " + away);
    }
}
