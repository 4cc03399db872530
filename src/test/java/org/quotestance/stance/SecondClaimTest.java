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
 * A second, unrelated claim written only as a file (pipelines/clinton-health-cover-up.json): the
 * same classifier takes sides on it without a code change. The sentences are invented for the test.
 * The tests that read a sentence's parse are integration tests (CoreNLP).
 */
class SecondClaimTest {
  private static StanceClassifier classifier;

  @BeforeAll
  static void load() throws Exception {
    classifier = new StanceClassifier(Claim.parse(Files.readAllBytes(Path.of("pipelines/clinton-health-cover-up.json"))));
  }

  private static Stance classify(String quote, String frame, String cue) {
    return classifier.classify(new StanceInput(quote, frame, cue, true));
  }

  @Test
  @Tag("unit")
  void anAccusationOfHidingIllnessSupportsIt() {
    Stance s = classify("The Clinton campaign is hiding her pneumonia from voters,", "… the senator said.", "say");
    assertEquals(Label.SUPPORT, s.label(), s.evidence());
  }

  @Test
  @Tag("unit")
  void rejectingTheAllegationsDeniesIt() {
    Stance s = classify("the allegations that Clinton concealed an illness", "Her spokesman rejected …", "reject");
    assertEquals(Label.DENY, s.label(), s.evidence());
  }

  @Test
  @Tag("unit")
  void callingTheHealthRumoursAHoaxDeniesIt() {
    Stance s = classify("The whole story about her health is a hoax,", "… her spokesman said.", "say");
    assertEquals(Label.DENY, s.label(), s.evidence());
  }

  @Test
  @Tag("unit")
  void nothingToHideDeniesIt() {
    Stance s = classify("Hillary is healthy and has nothing to hide,", "… her physician told reporters.", "tell");
    assertEquals(Label.DENY, s.label(), s.evidence());
  }

  @Test
  @Tag("unit")
  void talkingAboutHerHealthWithoutTakingASideDiscussesIt() {
    Stance s = classify("Voters want to know more about Clinton's health before November,", "… the pollster said.", "say");
    assertEquals(Label.DISCUSS, s.label(), s.evidence());
  }

  @Test
  @Tag("unit")
  void theOtherClaimsWordsMeanNothingHere() {
    Stance s = classify("Turkey buys oil from ISIS,", "… the analyst said.", "say");
    assertEquals(Label.UNRELATED, s.label(), s.evidence());
    assertTrue(classifier.mentionsTargetOrObject("Clinton spoke in Ohio."));
    assertFalse(classifier.mentionsTargetOrObject("Turkey buys oil from ISIS."));
  }

  private static final org.quotestance.speaker.Speaker DOCTOR = new org.quotestance.speaker.Speaker("Ana Ruiz", "Ruiz", "");

  @Test
  @Tag("integration") // parsed by CoreNLP
  void veryFewKnewOfTheIllnessSupportsIt() {
    // a negating quantifier on the subject of a contrary ("knew"): the illness was kept hidden
    Stance s = ClaimReaderTest.classify(classifier,
        "Ruiz said ⟦very few people knew of Clinton's pneumonia at the time⟧.", "say", DOCTOR, true);
    assertEquals(Label.SUPPORT, s.label(), s.toString());
    assertTrue(s.evidence().contains("few people"), s.evidence());
  }

  @Test
  @Tag("integration") // parsed by CoreNLP
  void aFewKnewOfTheIllnessDoesNotSupportIt() {
    Stance s = ClaimReaderTest.classify(classifier,
        "Ruiz said ⟦a few people knew of Clinton's pneumonia at the time⟧.", "say", DOCTOR, true);
    assertFalse(s.label() == Label.SUPPORT, s.toString());
  }

  @Test
  @Tag("integration") // parsed by CoreNLP
  void theCampaignStandsForTheTargetInAnArticleAboutTheClaim() {
    // targetReferences: "the campaign" is the candidate's, once the article is about her health
    Stance s = ClaimReaderTest.classify(classifier,
        "Ruiz said ⟦the campaign had concealed her illness for a week⟧.", "say", DOCTOR, true);
    assertEquals(Label.SUPPORT, s.label(), s.toString());
    Stance away = ClaimReaderTest.classify(classifier,
        "Ruiz said ⟦the campaign had concealed her illness for a week⟧.", "say", DOCTOR, false);
    assertFalse(away.label() == Label.SUPPORT, away.toString());
  }

  @Test
  @Tag("integration") // parsed by CoreNLP
  void aProformAfterThePrepositionOfARelationPhraseIsItsObject() {
    // "sat on it": "it" is the object of the relation phrase's own preposition
    Stance s = ClaimReaderTest.classify(classifier, "\"⟦The campaign sat on it all weekend.⟧\" Ruiz said.", "say", DOCTOR, true);
    assertEquals(Label.SUPPORT, s.label(), s.toString());
    // a preposition that is no part of the phrase opens a circumstance, not the object
    Stance near = ClaimReaderTest.classify(classifier, "\"⟦The campaign sat near it all weekend.⟧\" Ruiz said.", "say", DOCTOR, true);
    assertFalse(near.label() == Label.SUPPORT, near.toString());
  }

  @Test
  @Tag("integration") // parsed by CoreNLP
  void aQuestionThatTakesTheCoverUpAsGivenSupportsIt() {
    Stance why = ClaimReaderTest.classify(classifier, "\"⟦Why did the campaign hide her pneumonia for two days?⟧\" Ruiz asked.",
        "ask", DOCTOR, true);
    assertEquals(Label.SUPPORT, why.label(), why.toString());
    assertTrue(why.evidence().startsWith(ClaimReader.PRESUPPOSED), why.evidence());
    Stance what = ClaimReaderTest.classify(classifier, "\"⟦So what else is the campaign sitting on?⟧\" Ruiz asked.", "ask", DOCTOR, true);
    assertEquals(Label.SUPPORT, what.label(), what.toString());
    // a yes-no question asks; it takes nothing as given
    Stance asks = ClaimReaderTest.classify(classifier, "\"⟦Did the campaign hide her pneumonia for two days?⟧\" Ruiz asked.",
        "ask", DOCTOR, true);
    assertFalse(asks.label() == Label.SUPPORT, asks.toString());
  }
}
