package org.quotestance.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quotestance.nlp.NlpAnnotator;
import org.quotestance.nlp.ParsedText;
import org.quotestance.quote.QuoteSpan;
import org.quotestance.speaker.Speaker;
import org.quotestance.stance.Stance.Label;

/**
 * The structural stance reader on sentences written for these tests (none is from the seeds or the
 * development data): each frame and polarity construction of the issue "Stance that reads who
 * claims what", parsed by CoreNLP, classified through {@link StanceClassifier#classify(ClaimReader.Context,
 * StanceInput)} against the turkey-daesh-oil claim file. The quote is the text between ⟦ and ⟧.
 */
@Tag("integration")
class ClaimReaderTest {
  private static StanceClassifier classifier;
  private static final Speaker TURKISH = new Speaker("Leyla Kaya", "Kaya", "Turkey");
  private static final Speaker RUSSIAN = new Speaker("Boris Volkov", "Volkov", "Russia");
  private static final Speaker CANADIAN = new Speaker("Anne Moreau", "Moreau", "Canada");

  @BeforeAll
  static void load() throws Exception {
    classifier = new StanceClassifier(Claim.parse(Files.readAllBytes(Path.of("pipelines/turkey-daesh-oil.json"))));
  }

  /** Classifies the ⟦quote⟧ of {@code marked}, an indirect quote unless it is in quote marks. */
  static Stance classify(StanceClassifier classifier, String marked, String cueLemma, Speaker speaker, boolean aboutClaim) {
    return classify(classifier, marked, cueLemma, speaker, aboutClaim, null);
  }

  static Stance classify(StanceClassifier classifier, String marked, String cueLemma, Speaker speaker, boolean aboutClaim,
      QuoteSpan.Kind kind) {
    int open = marked.indexOf('⟦');
    int close = marked.indexOf('⟧') - 1;
    String text = marked.replace("⟦", "").replace("⟧", "");
    ParsedText doc = NlpAnnotator.annotate(text);
    boolean marks = open > 0 && "\"“".indexOf(text.charAt(open - 1)) >= 0;
    int sentence = 0;
    for (int i = 0; i < doc.sentences().size(); i++) {
      if (doc.sentences().get(i).begin() <= open) {
        sentence = i;
      }
    }
    QuoteSpan q = new QuoteSpan(kind != null ? kind : marks ? QuoteSpan.Kind.DIRECT : QuoteSpan.Kind.INDIRECT, open, close, cueLemma, cueLemma,
        -1, -1, sentence);
    String quote = text.substring(open, close);
    String frame = text.substring(0, open) + " … " + text.substring(close);
    ClaimReader.Context context = new ClaimReader.Context(doc, q, speaker, aboutClaim, true);
    Stance s = classifier.classify(context, new StanceInput(quote, frame, cueLemma, aboutClaim));
    assertTrue(s.confidence() > 0 && s.confidence() <= 1, s.toString());
    assertTrue(!s.evidence().isBlank(), "evidence");
    return s;
  }

  private static Stance classify(String marked, String cueLemma, Speaker speaker) {
    return classify(classifier, marked, cueLemma, speaker, true);
  }

  private static Stance classify(String marked, String cueLemma, Speaker speaker, QuoteSpan.Kind kind) {
    return classify(classifier, marked, cueLemma, speaker, true, kind);
  }

  @Test
  void aDistinctionOnTheNounSetsTheClaimApart() {
    // "different" modifies the noun that the "from" phrase hangs on, not the verb
    Stance s = classify("Moreau said: \"⟦Some fuel crosses the border, yes, but that is an entirely different matter from "
        + "the Turkish government buying oil from the militants⟧.\"", "say", CANADIAN);
    assertEquals(Label.DENY, s.label(), s.evidence());
    assertTrue(s.evidence().contains("set apart by 'different from'"), s.evidence());
  }

  @Test
  void theTargetsLawfulSourcesDenyTheTrade() {
    for (String marked : List.of("Kaya said ⟦Turkey buys its crude only from licensed traders⟧.",
        "Kaya said ⟦all of Ankara's crude imports arrive from legitimate, reputable sources⟧.",
        "Kaya said ⟦Ankara purchases its crude and diesel only from trusted suppliers, among them Norway, Algeria and Qatar⟧.")) {
      Stance s = classify(marked, "say", TURKISH);
      assertEquals(Label.DENY, s.label(), marked + " " + s.evidence());
      assertTrue(s.evidence().startsWith(ClaimReader.LAWFUL_SOURCE), s.evidence());
    }
  }

  @Test
  void noLawfulSourceInAConditionOrFromSmugglers() {
    for (String marked : List.of("Kaya said ⟦if Turkey bought crude only from licensed traders, the price would be higher⟧.",
        "Kaya said ⟦Turkey buys oil from known smugglers⟧.")) {
      Stance s = classify(marked, "say", TURKISH);
      assertNotEquals(Label.DENY, s.label(), marked + " " + s.evidence());
    }
  }

  @Test
  void theTargetsOwnCrackdownDeniesTheTrade() {
    Stance s = classify("Kaya said ⟦seizures of smuggled diesel had doubled this year⟧.", "say", TURKISH);
    assertEquals(Label.DENY, s.label(), s.evidence());
    assertTrue(s.evidence().startsWith(ClaimReader.OWN_CRACKDOWN), s.evidence());
    Stance negated = classify("Kaya said ⟦seizures of smuggled diesel had not risen at all⟧.", "say", TURKISH);
    assertNotEquals(Label.DENY, negated.label(), negated.evidence());
    Stance other = classify("Moreau said ⟦seizures of smuggled diesel had doubled this year⟧.", "say", CANADIAN);
    assertNotEquals(Label.DENY, other.label(), "only the target's side speaks of its own crackdown: " + other.evidence());
  }

  @Test
  void aDemandForProofNamesTheTargetOnlyInTheAccusation() {
    // the target is named, but only as whom the accusations are against: no proposition to read
    Stance s = classify("Kaya said ⟦whoever levels such charges against Turkey should be ready to prove them⟧.", "say", TURKISH);
    assertEquals(Label.DENY, s.label(), s.evidence());
    assertTrue(s.evidence().startsWith("demands-proof"), s.evidence());
  }

  @Test
  void aQuestionAnsweredInTheNextSentenceWithAnotherPartyDeflects() {
    // the parser makes "who" an oblique of "look at", and the answer is the next sentence
    Stance s = classify("Kaya said: \"⟦The Kremlin should first look at who is buying crude from the militants near Raqqa. "
        + "It is the regime in Damascus⟧.\"", "say", TURKISH);
    assertEquals(Label.DENY, s.label(), s.evidence());
    assertTrue(s.evidence().startsWith(ClaimReader.DEFLECTS), s.evidence());
  }

  @Test
  void aConditionContraryToFactSaysItIsNotSo() {
    Stance s = classify("Kaya said: \"⟦If Turkey were buying oil from the militants, we would see it in the prices⟧.\"", "say", TURKISH);
    assertEquals(Label.DENY, s.label(), s.evidence());
    assertTrue(s.evidence().contains("contrary to fact"), s.evidence());
    Stance negated = classify("Volkov said: \"⟦If Turkey were not buying the oil, the militants would be bankrupt⟧.\"", "say", RUSSIAN);
    assertEquals(Label.SUPPORT, negated.label(), negated.evidence());
    // an open condition, and reported speech (where "will … if … are" shifts to "would … if … were"), stay conditions
    Stance open = classify("Kaya said: \"⟦If Turkey buys oil from the militants, it will pay for it⟧.\"", "say", TURKISH);
    assertNotEquals(Label.DENY, open.label(), open.evidence());
    Stance reported = classify("Moreau said ⟦Turkey would pay a price if it were buying oil from the militants⟧.", "say", CANADIAN);
    assertNotEquals(Label.DENY, reported.label(), reported.evidence());
  }

  @Test
  void goodsThatPassThroughTheTargetGoToIt() {
    Stance s = classify("Volkov said: \"⟦Their tankers and their stolen crude pass through Turkish gates every night⟧.\"", "say", RUSSIAN);
    assertEquals(Label.SUPPORT, s.label(), s.evidence());
  }

  @Test
  void anOpenSecretIsTakenAsTrue() {
    for (String marked : List.of("Volkov said ⟦the smuggling on that highway had long been an open secret among the villagers⟧.",
        "Volkov said ⟦the affair was no longer a secret to anybody⟧.")) {
      Stance s = classify(marked, "say", RUSSIAN);
      assertEquals(Label.SUPPORT, s.label(), marked + " " + s.evidence());
      assertTrue(s.evidence().startsWith(ClaimReader.OPEN_SECRET), s.evidence());
    }
    // another party's open secret is another matter
    Stance other = classify("Volkov said ⟦Moscow's bombing of hospitals was an open secret⟧.", "say", RUSSIAN);
    assertNotEquals(Label.SUPPORT, other.label(), other.evidence());
  }

  @Test
  void aRouteThatLeadsToTheTargetCarriesTheGoodsThere() {
    Stance s = classify("Volkov said ⟦the northern route leads to Turkish depots near the sea⟧.", "say", RUSSIAN);
    assertEquals(Label.SUPPORT, s.label(), s.evidence());
    assertTrue(s.evidence().startsWith(ClaimReader.DESTINATION), s.evidence());
  }

  // --- what the speaker says while rejecting or making the allegation

  @Test
  void aParticipleOnARejectionGivesItsReason() {
    // the quote itself names no side; the participle hangs on "rejected the accusations"
    Stance s = classify("The deputy minister rejected the accusations that Turkey buys oil from the militants, saying "
        + "⟦the regime in Damascus is their biggest customer⟧.", "say", TURKISH);
    assertEquals(Label.DENY, s.label(), s.evidence());
    assertTrue(s.evidence().startsWith(ClaimReader.GIVES_REASON), s.evidence());
    // the parser may hang "calling" on the allegations; after the comma it still goes on from the root
    Stance called = classify("The minister once more dismissed Moscow's charges that Ankara takes part in the militants' oil "
        + "trade, calling the claims \"⟦a fruit of envy⟧\" after the incident.", "call", TURKISH, QuoteSpan.Kind.PARTIAL);
    assertEquals(Label.DENY, called.label(), called.evidence());
  }

  @Test
  void noReasonWithoutARejectionOfTheAllegation() {
    // a rejection that is negated, or of the target's own account of another matter, gives no reason to deny
    Stance negated = classify("The envoy did not dismiss the claims that Turkey buys oil from the militants, saying "
        + "⟦an inquiry would decide⟧.", "say", CANADIAN);
    assertNotEquals(Label.DENY, negated.label(), negated.evidence());
    Stance other = classify("The general dismissed Turkey's claims that the jet had strayed, saying ⟦the pilots never left "
        + "Syria⟧.", "say", RUSSIAN);
    assertNotEquals(Label.DENY, other.label(), other.evidence());
  }

  // --- negation and degree constructions

  @Test
  void negatedRelationDenies() {
    Stance s = classify("Kaya said ⟦Turkey has never bought oil from ISIS⟧.", "say", TURKISH);
    assertEquals(Label.DENY, s.label(), s.evidence());
    assertTrue(s.evidence().startsWith(ClaimReader.NEGATES) && s.evidence().contains("'never'"), s.evidence());
  }

  @Test
  void notSoDishonourableAsToBuyDenies() {
    // the negation sits on the degree adjective, the relation is its "as to" complement
    Stance s = classify("Kaya said ⟦Turkey is not so dishonourable as to buy oil from the militants⟧.", "say", TURKISH);
    assertEquals(Label.DENY, s.label(), s.evidence());
  }

  @Test
  void tooProudToBuyDenies() {
    // no negation word at all: "too … to" says the infinitive is not done
    Stance s = classify("Kaya said ⟦Turkey is too proud to buy oil from ISIS⟧.", "say", TURKISH);
    assertEquals(Label.DENY, s.label(), s.evidence());
    assertTrue(s.evidence().contains("degree"), s.evidence());
  }

  @Test
  void notOnlyButAlsoSupports() {
    // "not only" is a focus particle, not a negation of "complicit"
    Stance s = classify("Volkov said ⟦Turkey is not only complicit in the crimes of ISIS but also profits from them⟧.",
        "say", RUSSIAN);
    assertEquals(Label.SUPPORT, s.label(), s.evidence());
  }

  @Test
  void negatedRejectionRejectsNothing() {
    // the rejecting word is there, but negated: the speaker says the charges stand
    for (String marked : List.of("Moreau said ⟦the accusations could not be waved away⟧.",
        "Moreau said ⟦the charges are not groundless⟧.",
        "Moreau said ⟦the ministry cannot simply dismiss the accusations⟧.")) {
      Stance s = classify(marked, "say", CANADIAN);
      assertNotEquals(Label.DENY, s.label(), marked + " " + s.evidence());
    }
  }

  @Test
  void nothingButIsNoNegation() {
    // "nothing but" says "only": the claims are called fantasy, whatever the "nothing"
    Stance s = classify("Asked about Ankara's alleged involvement, Kaya said \"⟦Whoever spreads these stories owes us proof. "
        + "Until we see it, they are nothing but fantasies written for the cameras⟧\".", "say", TURKISH);
    assertEquals(Label.DENY, s.label(), s.evidence());
    assertTrue(s.evidence().contains("fantasies"), s.evidence());
  }

  @Test
  void dismissiveVerbsRejectTheAllegation() {
    for (String marked : List.of("Moreau scoffed at the notion that ⟦Ankara buys oil from ISIS⟧.",
        "Moreau laughed at the idea that ⟦Ankara buys oil from ISIS⟧.",
        "Moreau shrugged off the accusation that ⟦Ankara buys oil from ISIS⟧.")) {
      Stance s = classify(marked, "say", CANADIAN, QuoteSpan.Kind.PARTIAL);
      assertEquals(Label.DENY, s.label(), marked + " " + s.evidence());
    }
  }

  @Test
  void negationEndsAtACommaAndOrAColon() {
    // the parser hangs the second clause on the negated noun predicate, or on the negated verb after a colon
    for (String marked : List.of("Volkov said ⟦Turkey is not our friend, and Ankara buys oil from ISIS⟧.",
        "Volkov said ⟦We do not speculate: Ankara buys oil from ISIS⟧.")) {
      Stance s = classify(marked, "say", RUSSIAN);
      assertEquals(Label.SUPPORT, s.label(), marked + " " + s.evidence());
    }
  }

  @Test
  void aRejectionDoesNotReachAConjoinedClauseWithItsOwnSubject() {
    // the parser hangs "and that Turkey had closed …" on "baseless": the rejection is of the allegations,
    // and the clause with its own subject says Turkey fights the militants
    Stance s = classify("The embassy said in a statement that the allegations were \"baseless and immoral\" and that Turkey had "
        + "\"⟦closed its border to terrorists of every kind⟧.\"", "say", TURKISH, QuoteSpan.Kind.PARTIAL);
    assertEquals(Label.DENY, s.label(), s.evidence());
  }

  @Test
  void negatedSubjectDenies() {
    Stance s = classify("Kaya said ⟦no Turkish company buys oil from ISIS⟧.", "say", TURKISH);
    assertEquals(Label.DENY, s.label(), s.evidence());
  }

  // --- role binding

  @Test
  void accusingTheTargetSupports() {
    Stance s = classify("Volkov accused ⟦Ankara of buying oil from ISIS⟧.", "accuse", RUSSIAN);
    assertEquals(Label.SUPPORT, s.label(), s.evidence());
    assertTrue(s.evidence().contains("agent 'Ankara'"), s.evidence());
  }

  @Test
  void accusingSomeoneElseDoesNotSupport() {
    // the accused is the Syrian government, although Turkey is named in the sentence
    Stance s = classify("In Ankara, Volkov accused ⟦the Syrian government of buying oil from ISIS⟧.", "accuse", RUSSIAN);
    assertNotEquals(Label.SUPPORT, s.label(), s.evidence());
  }

  @Test
  void theTargetClaimingSomethingElseIsNotSupport() {
    // "claims" is the cue, not a reference to the claim; the content has no relation
    Stance s = classify("Turkey claims ⟦the jet was in its airspace for seventeen seconds⟧.", "claim", TURKISH);
    assertEquals(Label.UNRELATED, s.label(), s.evidence());
  }

  @Test
  void rejectingAnotherMatterIsNotADenial() {
    Stance s = classify("Kaya rejected ⟦the Russian proposal on visas for truck drivers⟧.", "reject", TURKISH);
    assertEquals(Label.UNRELATED, s.label(), s.evidence());
  }

  @Test
  void rejectingTheAccusationsDenies() {
    Stance s = classify("Kaya rejected ⟦Russia's accusations that Turkey is buying oil from ISIS⟧.", "reject", TURKISH);
    assertEquals(Label.DENY, s.label(), s.evidence());
    assertTrue(s.evidence().startsWith(ClaimReader.REJECTS_ALLEGATION), s.evidence());
  }

  @Test
  void reportingTheAccusationsDiscusses() {
    // the speaker repeats who holds the allegation and takes no side
    Stance s = classify("Kaya said ⟦Moscow alleges that Turkey buys oil from ISIS⟧.", "say", TURKISH);
    assertEquals(Label.DISCUSS, s.label(), s.evidence());
    assertTrue(s.evidence().startsWith(ClaimReader.REPORTS_ALLEGATION), s.evidence());
  }

  @Test
  void anAllegationCalledUnacceptableDenies() {
    Stance s = classify("“⟦The allegation that Turkey buys oil from ISIS is unacceptable⟧,” Kaya said.", "say", TURKISH);
    assertEquals(Label.DENY, s.label(), s.evidence());
  }

  @Test
  void demandingProofDenies() {
    Stance s = classify("“⟦Moscow has to prove that Turkey buys oil from ISIS⟧,” Kaya said.", "say", TURKISH);
    assertEquals(Label.DENY, s.label(), s.evidence());
  }

  // --- polysemous relation words need the object

  @Test
  void supportForTheTerritorialIntegrityIsNotTheRelation() {
    Stance s = classify("Kaya said ⟦NATO allies support the territorial integrity of Turkey⟧.", "say", TURKISH);
    assertNotEquals(Label.SUPPORT, s.label(), s.evidence());
  }

  @Test
  void protectingItsBordersIsNotTheRelation() {
    Stance s = classify("Kaya said ⟦Turkey has the right to protect its borders⟧.", "say", TURKISH);
    assertNotEquals(Label.SUPPORT, s.label(), s.evidence());
  }

  @Test
  void supportForTheObjectIsTheRelation() {
    Stance s = classify("Volkov said ⟦Turkey gives support to ISIS fighters⟧.", "say", RUSSIAN);
    assertEquals(Label.SUPPORT, s.label(), s.evidence());
  }

  // --- trade: either side may be the subject

  @Test
  void theObjectSellingToTheTargetSupports() {
    Stance s = classify("Volkov said ⟦ISIS sells its oil to Turkish buyers⟧.", "say", RUSSIAN);
    assertEquals(Label.SUPPORT, s.label(), s.evidence());
  }

  @Test
  void theObjectSellingToSomeoneElseDoesNotSupport() {
    Stance s = classify("Kaya said ⟦ISIS sells its oil to the Syrian regime⟧.", "say", TURKISH);
    assertNotEquals(Label.SUPPORT, s.label(), s.evidence());
  }

  // --- contrary predicates, speaker's own side

  @Test
  void theTargetFightingTheObjectDenies() {
    // "our" is Turkey because the speaker speaks for Turkey
    Stance s = classify("“⟦Our country has fought ISIS since the very beginning⟧,” Kaya said.", "say", TURKISH);
    assertEquals(Label.DENY, s.label(), s.evidence());
    assertTrue(s.evidence().startsWith(ClaimReader.CONTRARY), s.evidence());
  }

  @Test
  void nobodyCanDisputeTheFightDenies() {
    // contrary (fight) rejected (dispute) under a negated subject (nobody): denial
    Stance s = classify("“⟦Nobody has the right to dispute our country's fight against ISIS⟧,” Kaya said.", "say", TURKISH);
    assertEquals(Label.DENY, s.label(), s.evidence());
  }

  // --- conditionals, challenges and questions

  @Test
  void conditionalChallengeDenies() {
    Stance s = classify("“⟦If anyone proves that Turkey buys oil from ISIS, I will resign⟧,” Kaya said.", "say", TURKISH);
    assertEquals(Label.DENY, s.label(), s.evidence());
    assertTrue(s.evidence().startsWith(ClaimReader.CHALLENGE), s.evidence());
  }

  @Test
  void plainConditionalDiscusses() {
    Stance s = classify("“⟦If Turkey bought oil from ISIS, the sanctions would follow⟧,” Volkov said.", "say", RUSSIAN);
    assertEquals(Label.DISCUSS, s.label(), s.evidence());
  }

  @Test
  void questionDiscusses() {
    Stance s = classify("“⟦Does Turkey buy oil from ISIS?⟧” Volkov asked.", "ask", RUSSIAN);
    assertEquals(Label.DISCUSS, s.label(), s.evidence());
  }

  // --- references to the claim without its words

  @Test
  void notRelyingOnSuchClaimsDenies() {
    Stance s = classify("“⟦You should not rely on such claims⟧,” Kaya told her counterpart.", "tell", TURKISH);
    assertEquals(Label.DENY, s.label(), s.evidence());
  }

  @Test
  void theObjectByDescriptionCountsInAnArticleThatNamesIt() {
    // "the terrorist group" stands for the object because the article names it (context flag)
    Stance s = classify("Volkov said ⟦Turkey buys oil from the terrorist group⟧.", "say", RUSSIAN);
    assertEquals(Label.SUPPORT, s.label(), s.evidence());
  }

  @Test
  void anUnnamedAccompliceInAnArticleAboutTheClaimSupportsWeakly() {
    Stance s = classify("Volkov said ⟦the attack was a stab in the back by the accomplices of terrorists⟧.", "say", RUSSIAN);
    assertEquals(Label.SUPPORT, s.label(), s.evidence());
    assertTrue(s.evidence().startsWith(ClaimReader.TOPIC) && s.confidence() < 0.8, s.evidence());
    // outside an article about the claim, nobody is accused
    assertNotEquals(Label.SUPPORT, classify(classifier,
        "Volkov said ⟦the attack was a stab in the back by the accomplices of terrorists⟧.", "say", RUSSIAN, false).label());
  }

  @Test
  void havingNothingToDoWithThisTradeDenies() {
    // "this trade" (an exchange word without its goods) refers back to the claim; "nothing" as the object negates "have"
    Stance s = classify("“⟦We have nothing to do with this trade⟧,” Kaya said.", "say", TURKISH);
    assertEquals(Label.DENY, s.label(), s.evidence());
  }

  @Test
  void aLongQuoteTakesTheSideOfTheSentenceThatTakesOne() {
    // the first sentence reports the allegation (discuss), the second rejects it
    Stance s = classify("“⟦Moscow says Turkey buys oil from ISIS. These claims are lies⟧,” Kaya said.", "say", TURKISH);
    assertEquals(Label.DENY, s.label(), s.evidence());
  }

  @Test
  void refusingToBuyDenies() {
    // a negative implicative: the complement of "refused" is not done
    Stance s = classify("Kaya said ⟦Turkish refineries refused to buy oil from ISIS⟧.", "say", TURKISH);
    assertEquals(Label.DENY, s.label(), s.evidence());
    assertTrue(s.evidence().contains("negative implicative"), s.evidence());
  }

  @Test
  void noRightToSlanderByAccusingDenies() {
    // "slander" evaluates the accusation as false; the negation of "has the right" does not undo that
    Stance s = classify("Kaya said ⟦no one has the right to slander Turkey by accusing it of buying oil from ISIS⟧.",
        "say", TURKISH);
    assertEquals(Label.DENY, s.label(), s.evidence());
  }

  @Test
  void theTargetsSideNamingAnotherTraderDenies() {
    // "not us but them": a Turkish speaker says the oil goes to a third party
    Stance s = classify("Kaya said: \"⟦Daesh sells the oil to the regime of Omar Haddad.⟧\"", "say", TURKISH);
    assertEquals(Label.DENY, s.label(), s.toString());
    assertTrue(s.evidence().startsWith(ClaimReader.DEFLECTS), s.evidence());
  }

  @Test
  void anyoneElseNamingAnotherTraderOnlyDiscusses() {
    Stance s = classify("Volkov said: \"⟦Daesh sells the oil to the regime of Omar Haddad.⟧\"", "say", RUSSIAN);
    assertNotEquals(Label.DENY, s.label(), s.toString());
    assertNotEquals(Label.SUPPORT, s.label(), s.toString());
  }

  @Test
  void aPartialQuoteSpeaksWithTheClauseAroundIt() {
    Stance s = classify(classifier, "Kaya spoke on Monday, insisting that her country's fight against Daesh was \"⟦beyond question⟧\".",
        "insist", TURKISH, true, QuoteSpan.Kind.PARTIAL);
    assertEquals(Label.DENY, s.label(), s.toString());
    assertTrue(s.evidence().startsWith(ClaimReader.CONTRARY), s.evidence());
  }

  @Test
  void aPartialQuoteThatTakesASideKeepsItsOwnReading() {
    // the clause around reports the allegation; the quoted words reject it
    Stance s = classify(classifier, "Kaya called the claim that Turkey buys oil from Daesh \"⟦a shameless lie⟧\".",
        "call", TURKISH, true, QuoteSpan.Kind.PARTIAL);
    assertEquals(Label.DENY, s.label(), s.toString());
  }

  @Test
  void beingInvolvedInTheTradeMakesTheSubjectItsAgent() {
    Stance s = classify("Volkov said of the Turkish president's son that ⟦he is involved in the oil trade with Daesh⟧.", "say", RUSSIAN);
    assertEquals(Label.SUPPORT, s.label(), s.toString());
    assertTrue(s.evidence().contains("agent 'he'"), s.evidence());
  }

  @Test
  void aPassiveSubjectOtherwiseUndergoesTheRelation() {
    // "Turkey was sold oil by Daesh" would make Turkey the buyer; "Turkey was attacked" is not the relation
    Stance s = classify("Volkov said ⟦Turkish border posts were attacked by Daesh fighters⟧.", "say", RUSSIAN);
    assertNotEquals(Label.SUPPORT, s.label(), s.toString());
  }

  @Test
  void aRelationInsideAnotherSharesItsAgent() {
    // the trade is the shipowner's, whose ties they are; not the speaker's side's
    Stance s = classify("Kaya said ⟦a well-known Greek shipowner has ties to the oil trade with Daesh⟧.", "say", TURKISH);
    assertEquals(Label.DENY, s.label(), s.toString());
    assertTrue(s.evidence().startsWith(ClaimReader.DEFLECTS), s.evidence());
    Stance other = classify("Volkov said ⟦a well-known Greek shipowner has ties to the oil trade with Daesh⟧.", "say", RUSSIAN);
    assertNotEquals(Label.SUPPORT, other.label(), other.toString());
  }

  // --- the speaker leaves the truth open, or withholds a judgement

  @Test
  void aNegatedNounThatHoldsTheClaimNegatesOnce() {
    // "no" on "proof" is one negation, not a second one again on "had" that the noun is the object of
    Stance s = classify("Volkov said ⟦his ministry had no proof that Turkish firms purchase oil from ISIS⟧.", "say", RUSSIAN);
    assertEquals(Label.DENY, s.label(), s.toString());
    assertEquals(1, s.evidence().split("negation").length - 1, s.evidence());
  }

  @Test
  void anEmbeddedQuestionDiscusses() {
    Stance s = classify("Volkov said ⟦investigators will find out whether Ankara bought oil from ISIS⟧.", "say", RUSSIAN);
    assertEquals(Label.DISCUSS, s.label(), s.toString());
    assertTrue(s.evidence().startsWith(ClaimReader.OPEN_QUESTION), s.evidence());
  }

  @Test
  void notKnowingWhetherTheAllegationsAreTrueDoesNotDeny() {
    // the parser reads "know if" as a condition; either way the allegations are left open
    Stance s = classify("Volkov said ⟦he did not know if the allegations were accurate⟧.", "say", RUSSIAN);
    assertEquals(Label.DISCUSS, s.label(), s.toString());
    Stance whether = classify("Volkov said ⟦he did not know whether the allegations were accurate⟧.", "say", RUSSIAN);
    assertEquals(Label.DISCUSS, whether.label(), whether.toString());
    Stance challenge = classify("Kaya said ⟦if the allegations were proven, the minister would resign⟧.", "say", TURKISH);
    assertEquals(Label.DENY, challenge.label(), challenge.toString());
  }

  @Test
  void aRefusalToCommentWithholdsAJudgement() {
    Stance s = classify("Kaya said ⟦she would not comment on the accusations⟧.", "say", TURKISH);
    assertEquals(Label.DISCUSS, s.label(), s.toString());
    assertTrue(s.evidence().startsWith(ClaimReader.WITHHOLDS), s.evidence());
    Stance rejected = classify("Kaya said ⟦she would not accept the accusations⟧.", "say", TURKISH);
    assertEquals(Label.DENY, rejected.label(), rejected.toString());
  }

  // --- arguments: by reference, negated, tagged by the fine-grained NER

  @Test
  void aRelationNounTheNerTagsIsStillTheRelation() {
    // the fine-grained NER tags "smuggling" a criminal charge; only a proper name hides a relation word
    Stance s = classify("Volkov said ⟦Turkish border guards tolerate the smuggling of oil from ISIS territory⟧.", "say", RUSSIAN);
    assertEquals(Label.SUPPORT, s.label(), s.toString());
  }

  @Test
  void aDemonstrativeAffairNounIsTheRelationsArgument() {
    Stance s = classify("Volkov said ⟦this dirty business is financed by officials in Ankara⟧.", "say", RUSSIAN);
    assertEquals(Label.SUPPORT, s.label(), s.toString());
    Stance country = classify("Volkov said ⟦this country is financed by officials in Ankara⟧.", "say", RUSSIAN);
    assertNotEquals(Label.SUPPORT, country.label(), country.toString());
  }

  @Test
  void aNegatedArgumentDeniesTheRelationOfIt() {
    Stance s = classify("Kaya said ⟦our trucks carry grain and cotton, not oil from ISIS⟧.", "say", TURKISH);
    assertEquals(Label.DENY, s.label(), s.toString());
    assertTrue(s.evidence().contains("negated argument"), s.evidence());
    Stance only = classify("Volkov said ⟦Turkish trucks carry not only grain but oil from ISIS⟧.", "say", RUSSIAN);
    assertEquals(Label.SUPPORT, only.label(), only.toString());
  }

  // --- who the predicate says does it; with whom the target trades

  @Test
  void noSecretIsAnAffirmation() {
    Stance s = classify("Volkov said ⟦it is no secret that Ankara buys oil from ISIS⟧.", "say", RUSSIAN);
    assertEquals(Label.SUPPORT, s.label(), s.toString());
  }

  @Test
  void aCopularPredicateNamesTheRelationsAgent() {
    // "the biggest customer … is the Syrian regime": the buyer is the regime, not the target
    Stance s = classify("Volkov said ⟦the biggest customer for the oil of ISIS is the Syrian regime⟧.", "say", RUSSIAN);
    assertNotEquals(Label.SUPPORT, s.label(), s.toString());
    Stance target = classify("Volkov said ⟦the biggest customer for the oil of ISIS is Turkey⟧.", "say", RUSSIAN);
    assertEquals(Label.SUPPORT, target.label(), target.toString());
  }

  @Test
  void theTargetTradingWithOtherNamedPartiesIsNotTheClaim() {
    Stance s = classify("Kaya said ⟦Turkey imports its crude from Azerbaijan and Kazakhstan⟧.", "say", TURKISH);
    assertEquals(Label.DENY, s.label(), s.toString());
    assertTrue(s.evidence().startsWith(ClaimReader.DEFLECTS), s.evidence());
    Stance other = classify("Volkov said ⟦Turkey imports its crude from Azerbaijan and Kazakhstan⟧.", "say", RUSSIAN);
    assertEquals(Label.DISCUSS, other.label(), other.toString());
    // the object among the sources is the claim again
    Stance object = classify("Volkov said ⟦Turkey imports its crude from Azerbaijan and from ISIS⟧.", "say", RUSSIAN);
    assertEquals(Label.SUPPORT, object.label(), object.toString());
  }

  @Test
  void beingInvolvedInThisBusinessIsTheRelationByReference() {
    Stance s = classify("Volkov said ⟦senior Turkish officials are involved in this dirty business⟧.", "say", RUSSIAN);
    assertEquals(Label.SUPPORT, s.label(), s.toString());
    // outside an article about the claim the reference has nothing to refer to
    Stance away = classify(classifier, "Volkov said ⟦senior Turkish officials are involved in this dirty business⟧.", "say", RUSSIAN, false);
    assertNotEquals(Label.SUPPORT, away.label(), away.toString());
  }

  @Test
  void lettingTheObjectOperateIsTheRelation() {
    Stance s = classify("Volkov said ⟦Ankara was allowing ISIS convoys to use its roads⟧.", "say", RUSSIAN);
    assertEquals(Label.SUPPORT, s.label(), s.toString());
  }

  @Test
  void goodsThatNeverCrossIntoTheTargetDeny() {
    Stance s = classify("Kaya said that ⟦no tanker with oil from ISIS had ever crossed into Turkey⟧.", "say", TURKISH);
    assertEquals(Label.DENY, s.label(), s.toString());
  }

  // --- coordinated negation, evaluations and challenges without the claim's words

  @Test
  void eachNegatedConjunctNegatesOnce() {
    // "never" on both coordinated verbs is one denial, not a double negation
    Stance s = classify("Kaya said ⟦Turkey has never had and will never have any dealings with ISIS⟧.", "say", TURKISH);
    assertEquals(Label.DENY, s.label(), s.toString());
  }

  @Test
  void anAllegedRelationRejectedInTheSentenceDenies() {
    Stance s = classify("Kaya condemned what she called ⟦unacceptable⟧ remarks about Turkey's alleged trade with ISIS.", "call",
        TURKISH, QuoteSpan.Kind.PARTIAL);
    assertEquals(Label.DENY, s.label(), s.toString());
    Stance reported = classify("Volkov spoke about ⟦Turkey's alleged trade with ISIS⟧.", "speak", RUSSIAN);
    assertNotEquals(Label.SUPPORT, reported.label(), reported.toString());
  }

  @Test
  void aRejectingAdjectiveAboutWhatPointsBackDenies() {
    // in an article about the claim, "it is absurd" evaluates the allegation the article is about
    Stance s = classify("\"⟦It is absurd⟧,\" Kaya said.", "say", TURKISH);
    assertEquals(Label.DENY, s.label(), s.toString());
    Stance negated = classify("\"⟦It is not absurd⟧,\" Volkov said.", "say", RUSSIAN);
    assertNotEquals(Label.DENY, negated.label(), negated.toString());
  }

  @Test
  void theTargetsSideDemandingTheEvidenceDenies() {
    Stance s = classify("\"⟦If they have proof, they must show it to the world⟧,\" Kaya said.", "say", TURKISH);
    assertEquals(Label.DENY, s.label(), s.toString());
    assertTrue(s.evidence().startsWith("demands-proof"), s.evidence());
    // the accuser asking the target to clear itself is no denial
    Stance accuser = classify("\"⟦If they have proof of their innocence, they must show it to the world⟧,\" Volkov said.", "say", RUSSIAN);
    assertNotEquals(Label.DENY, accuser.label(), accuser.toString());
  }

  @Test
  void bareInvolvementIsTheArticlesRelation() {
    // "involved" with nothing it is involved in: in what the article is about; unproven, so denied
    Stance s = classify("Kaya said ⟦the images did not prove that Turkish officials were involved⟧.", "say", TURKISH);
    assertEquals(Label.DENY, s.label(), s.toString());
    Stance away = classify(classifier, "Kaya said ⟦the images did not prove that Turkish officials were involved⟧.", "say",
        TURKISH, false);
    assertNotEquals(Label.DENY, away.label(), away.toString());
  }

  // --- a negation inside a rejecting phrase, and the object as the one who acts

  @Test
  void noEvidenceThatDeniesOnce() {
    // "no evidence" is a rejecting phrase of the claim file; its "no" must not negate a second time
    Stance s = classify("Yilmaz said ⟦there is no evidence that Ankara buys oil from ISIS⟧.", "say", TURKISH);
    assertEquals(Label.DENY, s.label(), s.evidence());
    Stance found = classify("Volkov said ⟦the ministry found no evidence that Turkish firms purchased crude from ISIS⟧.",
        "say", RUSSIAN);
    assertEquals(Label.DENY, found.label(), found.evidence());
  }

  @Test
  void negatingTheStatesRoleInTheTradeDenies() {
    Stance policy = classify("Moreau said ⟦Some fuel gets across the border in cans. That's smuggling, not a state policy⟧.", "say", CANADIAN);
    assertEquals(Label.DENY, policy.label(), policy.evidence());
    assertTrue(policy.evidence().startsWith(ClaimReader.DENIES_STATE_ROLE), policy.evidence());
    Stance involvement = classify("Moreau said ⟦there is smuggling, but there is no government involvement in the diesel trade⟧.",
        "say", CANADIAN);
    assertEquals(Label.DENY, involvement.label(), involvement.evidence());
    // without the trade, a negated state noun says nothing of the claim
    Stance embassy = classify("Moreau said ⟦the cultural centre is not a state agency⟧.", "say", CANADIAN);
    assertNotEquals(Label.DENY, embassy.label(), embassy.evidence());
    Stance elsewhere = ClaimReaderTest.classify(classifier, "Moreau said ⟦That's smuggling, not a state policy⟧.", "say", CANADIAN, false);
    assertNotEquals(Label.DENY, elsewhere.label(), elsewhere.evidence());
  }

  @Test
  void theChargeOfAnAccusingVerbTakesThePartnerTheParserHangsOnTheVerb() {
    // "with ISIS" attaches to "accuses", not to the charge noun it completes
    Stance s = classify("Moscow accuses the Erdogan family of ⟦secret business⟧ with ISIS", "accuse", RUSSIAN, QuoteSpan.Kind.PARTIAL);
    assertEquals(Label.SUPPORT, s.label(), s.evidence());
    Stance praise = classify("Moscow praised the Erdogan family for ⟦secret business⟧ with ISIS", "praise", RUSSIAN, QuoteSpan.Kind.PARTIAL);
    assertNotEquals(Label.SUPPORT, praise.label(), praise.evidence());
  }

  @Test
  void aQuestionAnsweredWithAnotherPartyDeflectsTheClaim() {
    Stance look = classify("Kaya said ⟦Whoever wants to know who buys fuel from ISIS should look to Tehran⟧.", "say", TURKISH);
    assertEquals(Label.DENY, look.label(), look.evidence());
    assertTrue(look.evidence().startsWith(ClaimReader.DEFLECTS), look.evidence());
    Stance tell = classify("Moreau said ⟦Let them tell us who sells Damascus its diesel⟧.", "say", CANADIAN);
    assertEquals(Label.DENY, tell.label(), tell.evidence());
    // a place inside the question is where the goods come from, not the answer
    Stance place = classify("Moreau said ⟦Nobody knows who buys the oil from Raqqa⟧.", "say", CANADIAN);
    assertNotEquals(Label.DENY, place.label(), place.evidence());
    // "what it means" asks about no one who does it
    Stance means = classify("Moreau said ⟦Canada knows what it means when a neighbour shelters terrorists⟧.", "say", CANADIAN);
    assertNotEquals(Label.DENY, means.label(), means.evidence());
  }

  @Test
  void notBelievingItDenies() {
    Stance buy = classify("Moreau said ⟦Honestly, my government does not buy it⟧.", "say", CANADIAN);
    assertEquals(Label.DENY, buy.label(), buy.evidence());
    assertTrue(buy.evidence().startsWith(ClaimReader.DISBELIEF), buy.evidence());
    Stance see = classify("Moreau said ⟦We looked hard, and we just don't see it⟧.", "say", CANADIAN);
    assertEquals(Label.DENY, see.label(), see.evidence());
    // believing it, or not seeing something else happen, rejects nothing
    Stance believe = classify("Moreau said ⟦Our analysts believe it⟧.", "say", CANADIAN);
    assertNotEquals(Label.DENY, believe.label(), believe.evidence());
    Stance happen = classify("Moreau said ⟦I don't see it happening before the summit⟧.", "say", CANADIAN);
    assertNotEquals(Label.DENY, happen.label(), happen.evidence());
    // "it" may stand for the letter
    Stance letter = classify("Moreau said ⟦she cannot comment on the letter because she has not seen it⟧.", "say", CANADIAN);
    assertNotEquals(Label.DENY, letter.label(), letter.evidence());
  }

  @Test
  void anActDoneToKeepTheTradeGoingSupports() {
    Stance purpose = classify("Volkov said ⟦the helicopter was brought down in order to guard the diesel supply routes⟧.", "say", RUSSIAN);
    assertEquals(Label.SUPPORT, purpose.label(), purpose.evidence());
    assertTrue(purpose.evidence().startsWith(ClaimReader.PROTECTIVE_MOTIVE), purpose.evidence());
    Stance intended = classify("Volkov said ⟦the attack on the convoy was meant to protect a profitable trade in stolen crude⟧.",
        "say", RUSSIAN);
    assertEquals(Label.SUPPORT, intended.label(), intended.evidence());
    Stance motive = classify("Volkov said ⟦the raid was driven by a desire to protect the fuel deliveries⟧.", "say", RUSSIAN);
    assertEquals(Label.SUPPORT, motive.label(), motive.evidence());
    // one claim word is the target's stated reason, not the trade
    Stance airspace = classify("Volkov said ⟦the helicopter was brought down to protect the airspace⟧.", "say", RUSSIAN);
    assertNotEquals(Label.SUPPORT, airspace.label(), airspace.evidence());
    // the target's side giving its own reason is not an accusation
    Stance own = classify("Kaya said ⟦the helicopter was brought down in order to guard the diesel supply routes⟧.", "say", TURKISH);
    assertNotEquals(Label.SUPPORT, own.label(), own.evidence());
  }

  @Test
  void openingTheGatesIsLettingItThrough() {
    // the claim's vocabulary: opening the gates or the doors to the object is letting it through
    Stance gates = classify("Volkov said ⟦Ankara opened the gates to the jihadists⟧.", "say", RUSSIAN);
    assertEquals(Label.SUPPORT, gates.label(), gates.evidence());
    Stance denied = classify("Kaya said ⟦Ankara never opened the doors to the jihadists⟧.", "say", TURKISH);
    assertEquals(Label.DENY, denied.label(), denied.evidence());
  }

  @Test
  void aPassageGuardedOrLeftOpenTakesASide() {
    // said for the target, a contrary act done to a passage of the claim's guards it
    Stance sealed = classify("Kaya said ⟦we have sealed our frontier more tightly than anyone⟧.", "say", TURKISH);
    assertEquals(Label.DENY, sealed.label(), sealed.evidence());
    assertTrue(sealed.evidence().startsWith(ClaimReader.PASSAGE_CONTROL), sealed.evidence());
    Stance closed = classify("Kaya said ⟦the crossing was closed to lorries for the whole year⟧.", "say", TURKISH);
    assertEquals(Label.DENY, closed.label(), closed.evidence());
    // said by anyone else, a passage left open lets the trade through
    Stance open = classify("Volkov said ⟦the frontier was wide open for them⟧.", "say", RUSSIAN);
    assertEquals(Label.SUPPORT, open.label(), open.evidence());
    assertTrue(open.evidence().startsWith(ClaimReader.PASSAGE_CONTROL), open.evidence());
    Stance unguarded = classify("Volkov said ⟦for two years they left the crossing unguarded⟧.", "say", RUSSIAN);
    assertEquals(Label.SUPPORT, unguarded.label(), unguarded.evidence());
    // not negated, not asked, not the other side's act on it
    for (String marked : List.of("Kaya said ⟦the crossing was not closed last year⟧.",
        "Volkov asked ⟦whether the frontier was open⟧.",
        "Volkov said ⟦the frontier is not open⟧.",
        "Volkov said ⟦the frontier was sealed last year⟧.")) {
      Stance s = classify(marked, marked.contains("asked") ? "ask" : "say", marked.startsWith("Kaya") ? TURKISH : RUSSIAN);
      assertFalse(s.evidence().startsWith(ClaimReader.PASSAGE_CONTROL), marked + " " + s.evidence());
    }
  }

  @Test
  void settingTheClaimApartFromWhatHappensDenies() {
    for (String marked : List.of("Moreau said ⟦some traders got rich, but that is a long way from a ministry policy⟧.",
        "Moreau said ⟦that is not the same thing as a government decision⟧.",
        "Moreau said ⟦careless is not the same as complicit⟧.",
        "Moreau said ⟦fuel always finds a way, and that is not the same as the police buying it⟧.")) {
      Stance s = classify(marked, "say", CANADIAN);
      assertEquals(Label.DENY, s.label(), marked + " " + s.evidence());
      assertTrue(s.evidence().startsWith(ClaimReader.SETS_CLAIM_APART), marked + " " + s.evidence());
    }
    // the same, not negated; apart from something that is not the claim's; asked
    for (String marked : List.of("Moreau said ⟦that is the same thing as a government decision⟧.",
        "Moreau said ⟦that is not the same thing as a bad harvest⟧.",
        "Moreau asked ⟦whether that is a long way from a ministry policy⟧.")) {
      Stance s = classify(marked, marked.contains("asked") ? "ask" : "say", CANADIAN);
      assertFalse(s.evidence().startsWith(ClaimReader.SETS_CLAIM_APART), marked + " " + s.evidence());
    }
  }

  @Test
  void condemningTheAffairTakesItAsReal() {
    Stance racket = classify("Volkov spoke of ⟦a crooked business⟧ on the frontier.", "speak", RUSSIAN, QuoteSpan.Kind.PARTIAL);
    assertEquals(Label.SUPPORT, racket.label(), racket.evidence());
    assertTrue(racket.evidence().startsWith(ClaimReader.CONDEMNS_AFFAIR), racket.evidence());
    // the topic of evidence, which shows it
    Stance material = classify("Volkov said ⟦the dossier about the shady trade would reach the council next week⟧.", "say", RUSSIAN);
    assertEquals(Label.SUPPORT, material.label(), material.evidence());
    // not by the target's side, not denied, asked about, fought, charged, the topic of a text, or demanded away
    for (String marked : List.of("Kaya said ⟦a crooked business runs on the frontier⟧.",
        "Volkov said ⟦there is no shady trade at all⟧.",
        "Volkov asked ⟦whether the shady trade was real⟧.",
        "Volkov said ⟦the fight against the illicit trade must go on⟧.",
        "Volkov said ⟦the charge of illicit trade was being studied⟧.",
        "Volkov said ⟦a new resolution on illicit trade was being drafted⟧.",
        "Volkov said ⟦all countries should work together to end the financing of terror, including the illicit trade⟧.")) {
      Stance s = classify(marked, marked.contains("asked") ? "ask" : "say", marked.startsWith("Kaya") ? TURKISH : RUSSIAN);
      assertFalse(s.evidence().startsWith(ClaimReader.CONDEMNS_AFFAIR), marked + " " + s.evidence());
    }
  }

  @Test
  void aTradeDoneWithTheTargetsKnowledgeIsComplicity() {
    for (String marked : List.of("Volkov said ⟦the convoys crossed the frontier with the blessing of Ankara⟧.",
        "Volkov said ⟦crude from the captured wells was driven north with the knowledge of Turkish officials⟧.")) {
      Stance s = classify(marked, "say", RUSSIAN);
      assertEquals(Label.SUPPORT, s.label(), marked + " " + s.evidence());
      assertTrue(s.evidence().startsWith(ClaimReader.KNOWING_COMPLICITY), s.evidence());
    }
    // without it, the target did not know, even where the crossing itself asserts the trade
    Stance unknowing = classify("Volkov said ⟦the tankers of crude crossed without the knowledge of the Turkish governors⟧.", "say", RUSSIAN);
    assertEquals(Label.DENY, unknowing.label(), unknowing.evidence());
    assertTrue(unknowing.evidence().startsWith(ClaimReader.KNOWING_COMPLICITY), unknowing.evidence());
    // another party's knowledge, the target's own side, a question
    for (String marked : List.of("Volkov said ⟦the convoys crossed the frontier with the blessing of the rebel council⟧.",
        "Kaya said ⟦the convoys crossed the frontier with the blessing of Ankara⟧.",
        "Volkov asked ⟦whether the convoys crossed the frontier with the blessing of Ankara⟧.")) {
      Stance s = classify(marked, marked.contains("asked") ? "ask" : "say", marked.startsWith("Kaya") ? TURKISH : RUSSIAN);
      assertFalse(s.evidence().startsWith(ClaimReader.KNOWING_COMPLICITY), marked + " " + s.evidence());
    }
  }

  @Test
  void anAllegationHeldByTheQuotesOwnSourceIsTheirs() {
    // the quote and its source as the quote stage finds them: "its" is the ministry's, which voices the accusation
    String text = "Turkey denies buying oil from Islamic State. The Russian Defence Ministry repeated its accusation "
        + "that Turkey is the main buyer of the oil produced by Islamic State.";
    ParsedText doc = NlpAnnotator.annotate(text);
    QuoteSpan q = org.quotestance.quote.QuoteExtractor.create().extract(doc, 0).stream()
        .filter(x -> text.substring(x.start(), x.end()).startsWith("Turkey is the main buyer")).findFirst()
        .orElseThrow(() -> new AssertionError("no quote"));
    assertTrue(q.hasSource(), q::toString);
    assertEquals("Ministry", doc.sentences().get(q.sourceSentence()).tokens().get(q.sourceToken()).word(), q::toString);
    Speaker ministry = new Speaker("Russian Defence Ministry", "The Russian Defence Ministry", "Russia");
    String quote = text.substring(q.start(), q.end());
    String frame = text.substring(0, q.start()) + " … " + text.substring(q.end());
    Stance s = classifier.classify(new ClaimReader.Context(doc, q, ministry, true, true), new StanceInput(quote, frame, q.cueLemma(), true));
    assertEquals(Label.SUPPORT, s.label(), s.evidence());
    assertTrue(s.evidence().startsWith(ClaimReader.OWN_ALLEGATION), s.evidence());
  }

  @Test
  void everyoneKnowingTheAnswerInsinuates() {
    Stance whose = classify("Volkov said ⟦everybody in the port knows whose tankers are never inspected⟧.", "say", RUSSIAN);
    assertEquals(Label.SUPPORT, whose.label(), whose.evidence());
    assertTrue(whose.evidence().startsWith(ClaimReader.INSINUATION), whose.evidence());
    // said by the target's side, not known, or a plain fact: no insinuation
    Stance own = classify("Kaya said ⟦everybody in the port knows whose tankers are never inspected⟧.", "say", TURKISH);
    assertNotEquals(Label.SUPPORT, own.label(), own.evidence());
    Stance nobody = classify("Volkov said ⟦nobody knows whose tankers are never inspected⟧.", "say", RUSSIAN);
    assertNotEquals(Label.SUPPORT, nobody.label(), nobody.evidence());
    Stance fact = classify("Volkov said ⟦everybody knows that the port is closed on Sundays⟧.", "say", RUSSIAN);
    assertNotEquals(Label.SUPPORT, fact.label(), fact.evidence());
    // everyone of a kind knows it too
    Stance drivers = classify("Volkov said ⟦every driver on the route knows where the lorries unload⟧.", "say", RUSSIAN);
    assertEquals(Label.SUPPORT, drivers.label(), drivers.evidence());
    assertTrue(drivers.evidence().startsWith(ClaimReader.INSINUATION), drivers.evidence());
    Stance one = classify("Volkov said ⟦one driver on the route knows where the lorries unload⟧.", "say", RUSSIAN);
    assertNotEquals(Label.SUPPORT, one.label(), one.evidence());
  }

  @Test
  void theTradeWithADefiniteArticleIsTheArticlesTrade() {
    Stance s = classify("Volkov said ⟦the Turkish president and his sons are personally involved in the trade⟧.",
        "say", RUSSIAN);
    assertEquals(Label.SUPPORT, s.label(), s.evidence());
    // a trade the words say is another's is not the claim's
    Stance tomatoes = classify("Volkov said ⟦the minister's cousins are involved in the trade in tomatoes⟧.", "say", RUSSIAN);
    assertNotEquals(Label.SUPPORT, tomatoes.label(), tomatoes.evidence());
  }

  @Test
  void theQuotesOwnAccusingCueMakesTheAllegationTheSpeakers() {
    Stance s = classify("At the briefing Volkov went further, accusing ⟦Turkey's leaders of profiting personally from the trade⟧.",
        "accuse", RUSSIAN);
    assertEquals(Label.SUPPORT, s.label(), s.evidence());
  }

  @Test
  void aVerdictOnAnotherClaimIsNoneOnThisOne() {
    Stance jet = classify("Kaya said ⟦Moscow's claim that the helicopter never crossed into Turkish airspace is false⟧.", "say", TURKISH);
    assertEquals(Label.UNRELATED, jet.label(), jet.evidence());
    assertTrue(jet.evidence().startsWith(ClaimReader.ANOTHER_CLAIM), jet.evidence());
    // the same verdict on this claim, or on a claim that does not say what it claims, still denies
    Stance oil = classify("Kaya said ⟦Moscow's claim that Ankara buys oil from ISIS is false⟧.", "say", TURKISH);
    assertEquals(Label.DENY, oil.label(), oil.evidence());
    Stance bare = classify("Kaya said ⟦Moscow's claims are false⟧.", "say", TURKISH);
    assertEquals(Label.DENY, bare.label(), bare.evidence());
  }

  @Test
  void rejectingAnotherClaimThatSaysWhatItClaimsIsNoDenial() {
    // a rejecting verb about another matter: the rejected reference says it claims something else
    Stance jet = classify("Volkov rejected ⟦Turkish claims that the bomber had violated Turkey's airspace⟧.", "reject", RUSSIAN);
    assertEquals(Label.UNRELATED, jet.label(), jet.evidence());
    Stance oil = classify("Kaya rejected ⟦Russian claims that Turkey buys oil from ISIS⟧.", "reject", TURKISH);
    assertEquals(Label.DENY, oil.label(), oil.evidence());
  }

  @Test
  void aFramedDenialOfWordsWithoutTheGoodsOrARelationIsOfAnotherMatter() {
    // "crossed" is an exchange word: without the goods it is no relation of the claim
    Stance jet = classify("Ankara denied ⟦that the helicopter had crossed into Turkish airspace⟧.", "deny", TURKISH);
    assertEquals(Label.UNRELATED, jet.label(), jet.evidence());
    Stance involved = classify("Ankara denied ⟦that Turkey was involved⟧.", "deny", TURKISH);
    assertEquals(Label.DENY, involved.label(), involved.evidence());
    Stance tankers = classify("Ankara denied ⟦that any oil had crossed into Turkish territory⟧.", "deny", TURKISH);
    assertEquals(Label.DENY, tankers.label(), tankers.evidence());
  }

  @Test
  void theSpeakersAccusationBindsTheAccusedToAChargeThatNamesTheObject() {
    // no relation word: the accusing cue makes the target the accused and the charge names the militants
    Stance pockets = classify("Volkov accused Turkey's rulers of \"⟦lining up contracts⟧\" with the militants.", "accuse", RUSSIAN,
        QuoteSpan.Kind.PARTIAL);
    assertEquals(Label.SUPPORT, pockets.label(), pockets.evidence());
    Stance shielding = classify("Volkov accused ⟦Ankara of shielding the jihadists⟧.", "accuse", RUSSIAN);
    assertEquals(Label.SUPPORT, shielding.label(), shielding.evidence());
    assertTrue(shielding.evidence().startsWith(ClaimReader.ACCUSED_OF), shielding.evidence());
    // the target as the accuser, or a charge without the object, binds nothing
    Stance accuser = classify("Kaya accused ⟦Moscow of arming the militants⟧.", "accuse", TURKISH);
    assertNotEquals(Label.SUPPORT, accuser.label(), accuser.evidence());
    Stance jet = classify("Volkov accused ⟦Turkey of shooting down the jet⟧.", "accuse", RUSSIAN);
    assertNotEquals(Label.SUPPORT, jet.label(), jet.evidence());
  }

  @Test
  void theTargetsSideCallingTheAccuserALiarDenies() {
    Stance liar = classify("Kaya said ⟦the Kremlin lies to cover up its blunders in Syria⟧.", "say", TURKISH);
    assertEquals(Label.DENY, liar.label(), liar.evidence());
    assertTrue(liar.evidence().startsWith(ClaimReader.ACCUSER_LIES), liar.evidence());
    // negated, the target as the liar, or said by the other side: no denial of the claim by this rule
    Stance negated = classify("Kaya said ⟦Moscow is not lying about the weather⟧.", "say", TURKISH);
    assertNotEquals(Label.DENY, negated.label(), negated.evidence());
    Stance own = classify("Kaya said ⟦Turkey is lying⟧.", "say", TURKISH);
    assertNotEquals(Label.DENY, own.label(), own.evidence());
    Stance other = classify("Volkov said ⟦the Kremlin lies to cover up its blunders in Syria⟧.", "say", RUSSIAN);
    assertNotEquals(Label.DENY, other.label(), other.evidence());
  }

  @Test
  void aContraryActOfSomeoneElseOnNoGoodsIsNoDenial() {
    // the travel agents quit booking resorts: no act of the target, on nothing the claim trades
    Stance tours = classify("Moscow asked ⟦the travel agents to stop selling Turkish resorts⟧.", "ask", RUSSIAN);
    assertNotEquals(Label.DENY, tours.label(), tours.evidence());
    // the target's own side on its own border, agent unnamed, still denies; and so does the target's act
    Stance sealed = classify("Kaya said ⟦the Turkish border had been sealed to smuggling since 2014⟧.", "say", TURKISH);
    assertEquals(Label.DENY, sealed.label(), sealed.evidence());
    Stance seized = classify("Volkov said ⟦Turkish customs had seized the oil of the militants⟧.", "say", RUSSIAN);
    assertEquals(Label.DENY, seized.label(), seized.evidence());
  }

  @Test
  void aContraryActTheCueDemandsIsNotSaidToBeDone() {
    Stance pressed = classify("Obama pressed ⟦Ankara to do more to seal the border still held by ISIS⟧.", "press", CANADIAN);
    assertEquals(Label.DISCUSS, pressed.label(), pressed.evidence());
    Stance said = classify("Obama said ⟦Ankara had done more to seal the border still held by ISIS⟧.", "say", CANADIAN);
    assertEquals(Label.DENY, said.label(), said.evidence());
    // the demand inside the quote, on the path from the act up
    Stance inside = classify("Moreau said ⟦Ottawa backs its ally, but urged Ankara to do more to seal the border still held by ISIS⟧.",
        "say", CANADIAN);
    assertEquals(Label.DISCUSS, inside.label(), inside.evidence());
  }

  @Test
  void theTargetsSideReportingTheAllegationToCallItASmearDenies() {
    Stance own = classify("Kaya said: \"⟦No one has the right to smear Turkey by alleging that it buys oil from ISIS,⟧\" she said.",
        "say", TURKISH, QuoteSpan.Kind.DIRECT);
    assertEquals(Label.DENY, own.label(), own.evidence());
    // the same words from the other side are no denial by this rule
    Stance other = classify("Volkov said: \"⟦No one has the right to smear Turkey by alleging that it buys oil from ISIS,⟧\" he said.",
        "say", RUSSIAN, QuoteSpan.Kind.DIRECT);
    assertNotEquals(Label.DENY, other.label(), other.evidence());
  }

  @Test
  void disbeliefInAQuoteThatEndsWithThePronounBeforeItsCueDenies() {
    // the parser reads "believe that Pentagon spokesman X told" as a that-clause; the quote ends at "that"
    Stance s = classify("Washington rejected the assertions. \"⟦We just do not believe that,⟧\" Pentagon spokesman Ann Lee told "
        + "reporters.", "tell", CANADIAN, QuoteSpan.Kind.DIRECT);
    assertEquals(Label.DENY, s.label(), s.evidence());
    assertTrue(s.evidence().startsWith(ClaimReader.DISBELIEF), s.evidence());
  }

  @Test
  void evidenceSaidToBeMissingBeforeTheRelationDeniesWhateverTheParse() {
    Stance s = classify("Spokeswoman Ann Lee said ⟦Ottawa has found nothing to indicate the Turkish state was involved⟧.",
        "say", CANADIAN);
    assertEquals(Label.DENY, s.label(), s.evidence());
    Stance seen = classify("Spokeswoman Ann Lee said ⟦Ottawa had seen papers that suggest the Turkish government was involved⟧.",
        "say", CANADIAN);
    assertNotEquals(Label.DENY, seen.label(), seen.evidence());
  }

  @Test
  void anyoneKnowingTheAnswerInsinuates() {
    Stance s = classify("\"⟦Anyone who spent a week in the border towns knew who was moving the fuel,⟧\" Volkov said.", "say", RUSSIAN,
        QuoteSpan.Kind.DIRECT);
    assertEquals(Label.SUPPORT, s.label(), s.evidence());
  }

  @Test
  void aPartialQuoteIsReadInItsOwnClauseNotInAReportCoordinatedAfterIt() {
    Stance s = classify("Volkov has said that Turkey's part in the oil trade of ISIS is \"⟦no secret,⟧\" and asked the council "
        + "to act against all who finance the militants.", "say", RUSSIAN, QuoteSpan.Kind.PARTIAL);
    assertEquals(Label.SUPPORT, s.label(), s.evidence());
  }

  @Test
  void theTargetsSideNamingOtherSourcesOrAnotherBuyerDeflects() {
    // the source hung under the goods, and the sources named in an apposition the parser hung there too
    Stance sources = classify("Kaya said ⟦Turkey bought its oil and natural gas from Norway, Algeria and Qatar⟧.", "say", TURKISH);
    assertEquals(Label.DENY, sources.label(), sources.evidence());
    Stance mainly = classify("Kaya said ⟦Turkey bought its oil and natural gas from known sellers, mainly Norway, Algeria and "
        + "Qatar⟧.", "say", TURKISH);
    assertEquals(Label.DENY, mainly.label(), mainly.evidence());
    // "it" for the goods in the answer to a who-question
    Stance who = classify("\"⟦Who is buying oil from ISIS? The Assad regime is buying it.⟧\" Kaya said.", "say", TURKISH,
        QuoteSpan.Kind.DIRECT);
    assertEquals(Label.DENY, who.label(), who.evidence());
    assertTrue(who.evidence().startsWith(ClaimReader.DEFLECTS), who.evidence());
  }

  @Test
  void aNegationOnTheMannerAffirmsTheAct() {
    Stance s = classify("\"⟦The lorries loaded with ISIS oil did not reach Turkey by accident.⟧\" Volkov said.", "say", RUSSIAN,
        QuoteSpan.Kind.DIRECT);
    assertNotEquals(Label.DENY, s.label(), s.evidence());
    Stance plain = classify("\"⟦The lorries loaded with ISIS oil did not reach Turkey.⟧\" Volkov said.", "say", RUSSIAN,
        QuoteSpan.Kind.DIRECT);
    assertEquals(Label.DENY, plain.label(), plain.evidence());
  }

  @Test
  void aNegatedMannerOfSpeakingAffirmsWhatIsSaid() {
    Stance s = classify("\"⟦We do not make such charges lightly.⟧\" Volkov said.", "say", RUSSIAN, QuoteSpan.Kind.DIRECT);
    assertNotEquals(Label.DENY, s.label(), s.evidence());
    Stance plain = classify("\"⟦We do not make such charges.⟧\" Volkov said.", "say", RUSSIAN, QuoteSpan.Kind.DIRECT);
    assertEquals(Label.DENY, plain.label(), plain.evidence());
  }

  @Test
  void callingTheAllegationsImaginedRejectsThem() {
    Stance s = classify("The ministry called ⟦the allegations a product of imagination⟧.", "call", TURKISH, QuoteSpan.Kind.PARTIAL);
    assertEquals(Label.DENY, s.label(), s.evidence());
  }

  @Test
  void remarksAboutTheClaimAreAReferenceToIt() {
    Stance s = classify("\"⟦Nobody in Ankara takes these remarks seriously,⟧\" Kaya said.", "say", TURKISH, QuoteSpan.Kind.DIRECT);
    assertEquals(Label.DENY, s.label(), s.evidence());
    assertTrue(s.evidence().contains("'remarks'"), s.evidence());
  }

  @Test
  void theOneWhoAsksTheQuestionIsNoAnswerToIt() {
    Stance s = classify("\"⟦Nobody in Europe asks who is buying this oil.⟧\" Volkov said.", "say", RUSSIAN, QuoteSpan.Kind.DIRECT);
    assertNotEquals(Label.DENY, s.label(), s.evidence());
  }

  @Test
  void aRelationWordWhoseObjectIsAContraryPhraseIsNoRelation() {
    Stance s = classify("\"⟦Turkey has been at the head of the campaign against ISIS and has paid a heavy price for it,⟧\" Kaya said.", "say", TURKISH,
        QuoteSpan.Kind.DIRECT);
    assertEquals(Label.DENY, s.label(), s.evidence());
    Stance paid = classify("\"⟦Turkey has paid the militants for the oil,⟧\" Volkov said.", "say", RUSSIAN, QuoteSpan.Kind.DIRECT);
    assertEquals(Label.SUPPORT, paid.label(), paid.evidence());
  }

  @Test
  void aRejectionThatIsItselfDeniedSupports() {
    Stance s = classify("\"⟦We will hand the files to the council, so that nobody can say these are baseless charges,⟧\" Volkov said.",
        "say", RUSSIAN, QuoteSpan.Kind.DIRECT);
    assertEquals(Label.SUPPORT, s.label(), s.evidence());
    assertTrue(s.evidence().startsWith(ClaimReader.NEGATED_REJECTION), s.evidence());
    Stance plain = classify("\"⟦These are baseless charges,⟧\" Kaya said.", "say", TURKISH, QuoteSpan.Kind.DIRECT);
    assertEquals(Label.DENY, plain.label(), plain.evidence());
  }

  @Test
  void anAccusationWhoseChargeNamesAnotherGroupIsAnotherMatter() {
    Stance s = classify("Volkov also accused ⟦Ankara of allowing Hamas to keep an office in Istanbul⟧.", "accuse", RUSSIAN);
    assertNotEquals(Label.SUPPORT, s.label(), s.evidence());
    Stance trade = classify("At the briefing Volkov went further, accusing ⟦Turkey's leaders of profiting personally from the trade⟧.",
        "accuse", RUSSIAN);
    assertEquals(Label.SUPPORT, trade.label(), trade.evidence());
    // a name the target's alias ends is the target, whatever its first words
    Stance named = classify("Volkov accused ⟦President Recep Tayyip Erdogan's circle of profiting from the trade⟧.", "accuse", RUSSIAN);
    assertEquals(Label.SUPPORT, named.label(), named.evidence());
  }

  @Test
  void aFrameThatNamesTheAllegationSaysWhatIsDenied() {
    Stance s = classify("Ankara dismissed the reports as ⟦an attempt to cover up the failures of others⟧.", "dismiss", TURKISH);
    assertEquals(Label.DENY, s.label(), s.evidence());
  }

  @Test
  void aNegatedPseudoCleftDenies() {
    // the wh-clause says the proposition is what is not there
    Stance s = classify("Moreau said ⟦What they have not produced is anything showing the Turkish state buying oil from ISIS⟧.",
        "say", CANADIAN);
    assertEquals(Label.DENY, s.label(), s.evidence());
    Stance nobody = classify("Moreau said ⟦What nobody has shown is any proof that Ankara buys oil from ISIS⟧.", "say", CANADIAN);
    assertEquals(Label.DENY, nobody.label(), nobody.evidence());
    Stance plain = classify("Moreau said ⟦What they have produced is a record of Ankara buying oil from ISIS⟧.", "say", CANADIAN);
    assertEquals(Label.SUPPORT, plain.label(), plain.evidence());
  }

  @Test
  void aChallengeReportedOfAnotherIsNotTheSpeakersDenial() {
    Stance reported = classify("Volkov said ⟦the Turkish leader promised to resign if anyone proved it. Here is our answer⟧.",
        "say", RUSSIAN);
    assertEquals(Label.DISCUSS, reported.label(), reported.evidence());
    assertTrue(reported.evidence().startsWith(StanceClassifier.REPORTED_CHALLENGE), reported.evidence());
    Stance own = classify("Volkov said ⟦if anyone proved it, I would resign⟧.", "say", RUSSIAN);
    assertEquals(Label.DENY, own.label(), own.evidence());
    Stance targetSide = classify("Kaya said ⟦the president promised to resign if anyone proved it⟧.", "say", TURKISH);
    assertEquals(Label.DENY, targetSide.label(), targetSide.evidence());
  }

  @Test
  void aChallengeInOneSentenceOutweighsAQuestionLeftOpenInAnother() {
    Stance s = classify("Kaya said ⟦If anyone can prove it, I will resign at once. I wonder whether the man making the accusation "
        + "would do the same⟧.", "say", TURKISH);
    assertEquals(Label.DENY, s.label(), s.evidence());
  }

  @Test
  void aDemonstrativeRejectingNounDeniesWithTheTargetNamed() {
    Stance s = classify("Kaya said ⟦nobody will blacken Turkey's reputation with these slanders⟧.", "say", TURKISH);
    assertEquals(Label.DENY, s.label(), s.evidence());
    // lies about another matter point back to no allegation
    Stance own = classify("Volkov said ⟦Ankara keeps repeating these lies about our pilots⟧.", "say", RUSSIAN);
    assertNotEquals(Label.DENY, own.label(), own.evidence());
    Stance other = classify("Volkov said ⟦Turkey has told these lies about our pilots for a week⟧.", "say", RUSSIAN);
    assertNotEquals(Label.DENY, other.label(), other.evidence());
  }

  @Test
  void seenNoEvidenceToSupportAnAllegationRejectsIt() {
    // "no evidence" negates the verb above the allegation and is the rejecting phrase itself: one rejection, not two
    Stance s = classify("Moreau said ⟦Canada has seen no evidence to support Moscow's claim that Turkey is buying oil from ISIS⟧.",
        "say", CANADIAN);
    assertEquals(Label.DENY, s.label(), s.evidence());
    Stance plain = classify("Moreau said ⟦we have found no evidence to back the accusation that Ankara buys oil from ISIS⟧.",
        "say", CANADIAN);
    assertEquals(Label.DENY, plain.label(), plain.evidence());
  }

  @Test
  void theObjectSeizingSomethingIsNotTheTargetFightingIt() {
    // "seized" is a contrary word when the target seizes; seized by the object it says nothing of the target
    Stance s = classify("Volkov said ⟦villages seized by ISIS fighters are close to the Turkish border⟧.", "say", RUSSIAN);
    assertNotEquals(Label.DENY, s.label(), s.evidence());
    Stance turkey = classify("Volkov said ⟦Turkey seized oil tankers belonging to ISIS⟧.", "say", RUSSIAN);
    assertEquals(Label.DENY, turkey.label(), turkey.evidence());
    assertTrue(turkey.evidence().startsWith(ClaimReader.CONTRARY), turkey.evidence());
  }

  // --- goods that go to the target

  @Test
  void goodsSoldIntoTheTargetSupport() {
    // the parser gives "sold" no goods argument; the goal is the target and the quote names the oil
    Stance s = classify("Volkov said ⟦the oil the militants pump in Syria has been sold into Turkey⟧.", "say", RUSSIAN);
    assertEquals(Label.SUPPORT, s.label(), s.evidence());
  }

  @Test
  void goodsCrossingTheTargetsBorderSupport() {
    Stance s = classify("Volkov said ⟦lorries loaded with crude cross the Turkish border every night⟧.", "say", RUSSIAN);
    assertEquals(Label.SUPPORT, s.label(), s.evidence());
  }

  @Test
  void aNegatedGoalDenies() {
    Stance s = classify("Kaya said ⟦the group's crude is sold to local traders and to the Syrian regime, not to Turkey⟧.",
        "say", TURKISH);
    assertEquals(Label.DENY, s.label(), s.evidence());
    assertTrue(s.evidence().contains("negated goal") || s.evidence().contains("negated target"), s.evidence());
  }

  @Test
  void anotherPartysTradeWithTheTargetIsNotTheClaim() {
    Stance s = classify("Kaya said ⟦Azerbaijan sells its oil to Turkey through a pipeline⟧.", "say", TURKISH);
    assertNotEquals(Label.SUPPORT, s.label(), s.evidence());
  }

  // --- a proposition the parser split; a challenge reported by the other side

  @Test
  void wordsOfOneSentenceTheParserSplitStillTakeASide() {
    // the parser hangs "for crude" on the verb, not on "market": read as one proposition, weakly
    Stance s = classify("Volkov said ⟦Ankara has turned itself into the biggest market for crude looted by the militants of ISIS⟧.",
        "say", RUSSIAN);
    assertEquals(Label.SUPPORT, s.label(), s.evidence());
    assertTrue(s.confidence() <= 0.7, s.toString());
  }

  @Test
  void theTargetsChallengeReportedByTheOtherSideIsNotItsDenial() {
    Stance reported = classify("Volkov said ⟦the Turkish president has promised that he would resign if anyone proved the oil trade⟧.",
        "say", RUSSIAN);
    assertNotEquals(Label.DENY, reported.label(), reported.evidence());
    // the target's own side reporting it makes the challenge its own
    Stance own = classify("Kaya said ⟦the president promised to resign if anyone proves that Turkey buys oil from ISIS⟧.",
        "say", TURKISH);
    assertEquals(Label.DENY, own.label(), own.evidence());
  }

  // --- negating predicates, factive nouns, a negative pronoun on the way up, contrary acts

  @Test
  void outOfTheQuestionDenies() {
    Stance s = classify("Kaya said ⟦it is out of the question for Turkey to buy oil from Daesh⟧.", "say", TURKISH);
    assertEquals(Label.DENY, s.label(), s.evidence());
    Stance impossible = classify("Kaya said ⟦it is impossible for Ankara to finance ISIS⟧.", "say", TURKISH);
    assertEquals(Label.DENY, impossible.label(), impossible.evidence());
  }

  @Test
  void noDoubtAffirmsAndDoubtDenies() {
    Stance noDoubt = classify("Volkov said ⟦there is no doubt that Turkey buys oil from ISIS⟧.", "say", RUSSIAN);
    assertEquals(Label.SUPPORT, noDoubt.label(), noDoubt.evidence());
    Stance nobody = classify("Volkov said ⟦nobody doubts that Ankara buys crude from ISIS⟧.", "say", RUSSIAN);
    assertEquals(Label.SUPPORT, nobody.label(), nobody.evidence());
    Stance doubt = classify("Smith said ⟦I doubt that Turkey buys oil from ISIS⟧.", "say", new Speaker("Ann Smith", "Smith", "United States"));
    assertEquals(Label.DENY, doubt.label(), doubt.evidence());
  }

  @Test
  void aPresupposedFactIsNotNegatedFromAbove() {
    Stance s = classify("Volkov said ⟦Turkey's denials cannot hide the fact that it buys ISIS oil⟧.", "say", RUSSIAN);
    assertEquals(Label.SUPPORT, s.label(), s.evidence());
  }

  @Test
  void nothingToDoWithDenies() {
    Stance s = classify("Kaya said ⟦Turkey has nothing to do with the oil trade of ISIS⟧.", "say", TURKISH);
    assertEquals(Label.DENY, s.label(), s.evidence());
  }

  @Test
  void theTargetStoppingTheGoodsDenies() {
    Stance s = classify("Kaya said ⟦Turkey has stopped thousands of trucks carrying smuggled fuel at the border⟧.", "say", TURKISH);
    assertEquals(Label.DENY, s.label(), s.evidence());
    Stance war = classify("Kaya said ⟦Turkey is at war with ISIS⟧.", "say", TURKISH);
    assertEquals(Label.DENY, war.label(), war.evidence());
  }

  // --- more polarity: a target named only to be excluded, rejected nouns, open questions under a noun

  @Test
  void aTargetNamedOnlyToBeExcludedDenies() {
    Stance s = classify("Kaya said ⟦the crude that ISIS sells goes to the Syrian regime, not to us⟧.", "say", TURKISH);
    assertEquals(Label.DENY, s.label(), s.evidence());
  }

  @Test
  void theLastCountryThatWouldDenies() {
    Stance s = classify("Kaya said ⟦Turkey is the last country that would buy oil from Daesh⟧.", "say", TURKISH);
    assertEquals(Label.DENY, s.label(), s.evidence());
  }

  @Test
  void disbelievingPropagandaStillDenies() {
    // "propaganda" presupposes the claim false; "nobody should believe" it does not make it true
    Stance s = classify("Kaya said ⟦nobody should believe the Russian propaganda that Turkey helps ISIS⟧.", "say", TURKISH);
    assertEquals(Label.DENY, s.label(), s.evidence());
  }

  @Test
  void closingTheBorderToTheObjectIsTheContrary() {
    Stance s = classify("Kaya said ⟦we have closed our border to ISIS smugglers⟧.", "say", TURKISH);
    assertEquals(Label.DENY, s.label(), s.evidence());
    Stance failed = classify("Volkov said ⟦Ankara has failed to stop the oil smuggling by ISIS⟧.", "say", RUSSIAN);
    assertEquals(Label.SUPPORT, failed.label(), failed.evidence());
  }

  @Test
  void reportsAndQuestionsOfTheClaimDiscuss() {
    Speaker american = new Speaker("Ann Smith", "Smith", "United States");
    Stance reports = classify("Smith said ⟦we are looking into reports that ISIS oil is reaching Turkey⟧.", "say", american);
    assertEquals(Label.DISCUSS, reports.label(), reports.evidence());
    Stance question = classify("Smith said ⟦the question of whether Turkey buys ISIS oil should be investigated⟧.", "say", american);
    assertEquals(Label.DISCUSS, question.label(), question.evidence());
  }

  // --- verdicts on an allegation, and the goods' source named by the clause about them

  @Test
  void anAllegationDescribedAsLiesIsRejected() {
    Stance s = classify("Kaya described ⟦Russian allegations that Ankara buys oil from ISIS as a pack of lies⟧.", "describe", TURKISH);
    assertEquals(Label.DENY, s.label(), s.evidence());
    assertTrue(s.evidence().startsWith(ClaimReader.REJECTS_ALLEGATION), s.evidence());
  }

  @Test
  void theGoodsComingFromOtherNamedPartiesDeflect() {
    Stance s = classify("Kaya said ⟦the crude Turkey imports comes through pipelines from Iraq's Kurdish region and from Azerbaijan⟧.",
        "say", TURKISH);
    assertEquals(Label.DENY, s.label(), s.evidence());
    assertTrue(s.evidence().startsWith(ClaimReader.DEFLECTS), s.evidence());
    Stance object = classify("Volkov said ⟦the crude Turkey imports comes from ISIS⟧.", "say", RUSSIAN);
    assertEquals(Label.SUPPORT, object.label(), object.evidence());
  }

  // --- rhetorical questions from the target's side; unnamed speakers on the target's side

  @Test
  void theTargetsSideAskingWouldWeIsADenial() {
    Stance s = classify("Kaya said: \"⟦Would Turkey buy oil from the very terrorists who bomb its cities?⟧\"", "say", TURKISH);
    assertEquals(Label.DENY, s.label(), s.evidence());
    assertTrue(s.evidence().startsWith(ClaimReader.RHETORICAL), s.evidence());
    // the same question from the accusing side is an open question
    Stance asked = classify("Volkov asked: \"⟦Does Turkey buy oil from ISIS?⟧\"", "ask", RUSSIAN);
    assertEquals(Label.DISCUSS, asked.label(), asked.evidence());
  }

  @Test
  void anUnnamedOfficialOfTheTargetSpeaksForIt() {
    Speaker unnamed = new Speaker("unknown", "a Turkish official", "Turkey");
    Stance s = classify("A Turkish official said ⟦the oil that ISIS sells goes to the regime, not to us⟧.", "say", unnamed);
    assertEquals(Label.DENY, s.label(), s.evidence());
  }

  @Test
  void notACountryThatWouldDealWithTerroristsDenies() {
    Stance s = classify("Kaya said ⟦Turkey is not a country that would deal with terrorists⟧.", "say", TURKISH);
    assertEquals(Label.DENY, s.label(), s.evidence());
    // "deal" needs the object: a deal with a neighbour is not the relation
    Stance gas = classify("Kaya said ⟦Turkey will sign a gas deal with Azerbaijan⟧.", "say", TURKISH);
    assertNotEquals(Label.SUPPORT, gas.label(), gas.evidence());
  }

  @Test
  void theGoodsGoingToTheTargetSupport() {
    Stance s = classify("Volkov said ⟦we have new information confirming that ISIS oil goes to Turkey⟧.", "say", RUSSIAN);
    assertEquals(Label.SUPPORT, s.label(), s.evidence());
  }

  // --- the object as someone else's argument; questions of who does it

  @Test
  void theObjectInsideAClauseAboutTheArgumentIsNotTheRelationsArgument() {
    Stance refugees = classify("Kaya said ⟦Turkey will help the refugees who flee ISIS⟧.", "say", TURKISH);
    assertNotEquals(Label.SUPPORT, refugees.label(), refugees.evidence());
    Stance strike = classify("Kaya said ⟦Turkey allowed coalition jets to use Incirlik to strike ISIS⟧.", "say", TURKISH);
    assertNotEquals(Label.SUPPORT, strike.label(), strike.evidence());
    Stance helps = classify("Volkov said ⟦Turkey helps the fighters of ISIS⟧.", "say", RUSSIAN);
    assertEquals(Label.SUPPORT, helps.label(), helps.evidence());
  }

  @Test
  void whoBuysTheOilIsAnOpenQuestion() {
    Stance s = classify("Kaya said ⟦those who accuse us should look at who really buys the oil of ISIS⟧.", "say", TURKISH);
    assertNotEquals(Label.SUPPORT, s.label(), s.evidence());
  }

  @Test
  void theClauseAfterAContrastIsTheSpeakersPoint() {
    Speaker analyst = new Speaker("Ann Smith", "Smith", "United States");
    Stance deny = classify("Smith said ⟦some Turkish middlemen had certainly bought oil from ISIS, but there was no evidence "
        + "that the Turkish government was involved⟧.", "say", analyst);
    assertEquals(Label.DENY, deny.label(), deny.evidence());
    assertTrue(deny.evidence().contains("after the contrast"), deny.evidence());
    // one side only: nothing to choose between
    Stance one = classify("Smith said ⟦Turkish officials buy oil from ISIS, but they deny it in public⟧.", "say", analyst);
    assertTrue(!one.evidence().contains("after the contrast"), one.evidence());
  }

  // --- hearsay adverbs, demands of the target, "hardly anyone"

  @Test
  void reportedlyMakesItSomeoneElsesAllegation() {
    Speaker analyst = new Speaker("Ann Smith", "Smith", "United States");
    Stance s = classify("Smith said ⟦Ankara reportedly buys oil from ISIS⟧.", "say", analyst);
    assertEquals(Label.DISCUSS, s.label(), s.evidence());
  }

  @Test
  void aDemandOfTheTargetIsNotItsDeed() {
    Speaker analyst = new Speaker("Ann Smith", "Smith", "United States");
    Stance s = classify("Smith said ⟦Turkey should do more to stop oil smuggling by ISIS⟧.", "say", analyst);
    assertNotEquals(Label.DENY, s.label(), s.evidence());
    // a perfect auxiliary is no demand
    Stance seized = classify("Kaya said ⟦Turkey has seized tankers carrying oil of ISIS⟧.", "say", TURKISH);
    assertEquals(Label.DENY, seized.label(), seized.evidence());
  }

  @Test
  void hardlyAnyoneNegatesItsClause() {
    Stance s = classify("Volkov said ⟦hardly anyone doubts that Ankara is helping ISIS⟧.", "say", RUSSIAN);
    assertEquals(Label.SUPPORT, s.label(), s.evidence());
  }

  @Test
  void releasingTheRecordsIsTheCoverUpClaimsContrary() throws Exception {
    StanceClassifier coverUp = new StanceClassifier(Claim.parse(Files.readAllBytes(Path.of("pipelines/clinton-health-cover-up.json"))));
    Speaker aide = new Speaker("Jane Roe", "Roe", "Clinton campaign");
    Stance s = classify(coverUp, "Roe said ⟦the campaign would release additional medical records this week⟧.", "say", aide, true);
    assertEquals(Label.DENY, s.label(), s.evidence());
    assertTrue(s.evidence().startsWith(ClaimReader.CONTRARY), s.evidence());
  }

  @Test
  void aTwoWordTermTheSentenceSplitsStillMatches() throws Exception {
    StanceClassifier coverUp = new StanceClassifier(Claim.parse(Files.readAllBytes(Path.of("pipelines/clinton-health-cover-up.json"))));
    Speaker aide = new Speaker("Jane Roe", "Roe", "Clinton campaign");
    // "make available" with the records between its words
    Stance s = classify(coverUp, "Roe said ⟦the campaign will make her full medical records available next week⟧.", "say", aide, true);
    assertEquals(Label.DENY, s.label(), s.evidence());
    assertTrue(s.evidence().startsWith(ClaimReader.CONTRARY), s.evidence());
  }

  @Test
  void goodsPlayedDownTakeNoSide() {
    Speaker analyst = new Speaker("Ann Smith", "Smith", "United States");
    Stance small = classify("Smith said ⟦only a small amount of the oil reached Turkey⟧.", "say", analyst);
    assertEquals(Label.DISCUSS, small.label(), small.evidence());
    assertTrue(small.evidence().startsWith(ClaimReader.MINIMIZED), small.evidence());
    // the target's own buying, in whatever amount, is the claim
    Stance buys = classify("Volkov said ⟦Turkey buys small amounts of oil from ISIS⟧.", "say", RUSSIAN);
    assertEquals(Label.SUPPORT, buys.label(), buys.evidence());
  }

  // --- a party the relation cannot do without; the object's own acts; a narrated person's "his"

  @Test
  void notWithoutTheTargetMakesItAParty() {
    Stance s = classify("Volkov said ⟦the smuggling of crude from the militants could not go on without the knowledge of"
        + " Turkish officials⟧.", "say", RUSSIAN);
    assertEquals(Label.SUPPORT, s.label(), s.evidence());
    assertTrue(s.evidence().contains("'not … without'"), s.evidence());
    Stance unless = classify("Volkov said ⟦no tanker of ISIS oil could cross the border unless Ankara let it through⟧.", "say", RUSSIAN);
    assertEquals(Label.SUPPORT, unless.label(), unless.evidence());
  }

  @Test
  void notWithoutSomeoneElseStaysANegation() {
    Stance s = classify("Kaya said ⟦Turkey would never buy oil from ISIS without asking where it came from⟧.", "say", TURKISH);
    assertEquals(Label.DENY, s.label(), s.evidence());
  }

  @Test
  void aContraryParticipleDoneByTheObjectHidesNoRelation() {
    // the parser may hang the trade under "seized"; the militants' seizing is no contrary of the claim
    Stance s = classify("Volkov said ⟦the trade in crude from the fields seized by the militants is going on with the consent"
        + " of the Turkish authorities⟧.", "say", RUSSIAN);
    assertEquals(Label.SUPPORT, s.label(), s.evidence());
  }

  @Test
  void hisStandsForTheTargetPersonTheSentenceIsAbout() {
    Stance s = classify("Turkish President Selim Aydin has staked his office on Russian allegations that ⟦his country buys oil"
        + " from ISIS⟧.", "allegation", RUSSIAN);
    // the country is the relation's agent; whose allegation it is decides the label (here no source is set)
    assertTrue(s.evidence().contains("agent 'country', relation 'buys'"), s.evidence());
    Stance other = classify("Russian envoy Boris Volkov said ⟦his country never bought oil from ISIS⟧.", "say", RUSSIAN);
    assertNotEquals(Label.SUPPORT, other.label(), other.evidence());
    assertNotEquals(Label.DENY, other.label(), other.evidence());
  }

  @Test
  void theTargetsSideNamingADescribedBuyerDeflects() {
    Stance s = classify("Kaya said ⟦a dictatorship that buys its diesel from ISIS through brokers should not lecture us⟧.",
        "say", TURKISH);
    assertEquals(Label.DENY, s.label(), s.evidence());
    assertTrue(s.evidence().startsWith(ClaimReader.DEFLECTS), s.evidence());
    // the same words from another side take no side
    Stance other = classify("Volkov said ⟦a dictatorship that buys its diesel from ISIS through brokers should not lecture us⟧.",
        "say", RUSSIAN);
    assertNotEquals(Label.DENY, other.label(), other.evidence());
    // a conditional names no buyer
    Stance conditional = classify("Kaya said ⟦if anyone buys oil from ISIS, the courts will punish him⟧.", "say", TURKISH);
    assertNotEquals(Label.DENY, conditional.label(), conditional.evidence());
  }

  @Test
  void aClauseAnEmbeddedQuestionWordOpensIsAskedNotAsserted() {
    Stance s = classify("Kaya said ⟦we know exactly where we buy our crude⟧.", "say", TURKISH);
    assertNotEquals(Label.SUPPORT, s.label(), s.evidence());
    Stance how = classify("Volkov said ⟦nobody can explain how Turkey buys oil from ISIS without paying for it⟧.", "say", RUSSIAN);
    assertNotEquals(Label.SUPPORT, how.label(), how.evidence());
  }

  @Test
  void twoNegatedPredicatesSharingAnObjectAreOneNegation() {
    Stance s = classify("Kaya said ⟦Ankara has never purchased and will never purchase a drop of oil from the militants⟧.",
        "say", TURKISH);
    assertEquals(Label.DENY, s.label(), s.evidence());
  }

  @Test
  void theTargetsSideOnItsOwnImportsTakesNoSide() {
    Stance s = classify("Kaya said ⟦all the crude that reaches Turkey comes with papers that show where it was pumped⟧.",
        "say", TURKISH);
    assertNotEquals(Label.SUPPORT, s.label(), s.evidence());
    Stance accuser = classify("Volkov said ⟦the crude that reaches Turkey comes from ISIS⟧.", "say", RUSSIAN);
    assertEquals(Label.SUPPORT, accuser.label(), accuser.evidence());
  }

  @Test
  void theObjectAsPossessorOfARoleNounIsWhomTheRoleServes() {
    // "the militants' helpers" are not helped by the militants; in an article about the claim the unnamed helpers are the topic's
    Stance s = classify("Volkov said the attack was ⟦treachery by the militants' accomplices⟧.", "say", RUSSIAN);
    assertEquals(Label.SUPPORT, s.label(), s.evidence());
    assertFalse(s.evidence().contains("done by 'militants'"), s.evidence());
    // a trade noun's possessor may be either side: "ISIS's oil sales" are sold by ISIS
    Stance sales = classify("Volkov said ⟦ISIS's oil sales fund its war⟧.", "say", RUSSIAN);
    assertNotEquals(Label.SUPPORT, sales.label(), sales.evidence());
  }

  @Test
  void denyingThatSuchAnAffairExistsDenies() {
    Stance s = classify("Kaya said ⟦there is no such business, only a rumour from abroad⟧.", "say", TURKISH);
    assertEquals(Label.DENY, s.label(), s.evidence());
    assertTrue(s.evidence().startsWith(ClaimReader.DENIES_EXISTENCE), s.evidence());
    Stance exists = classify("Volkov said ⟦such a trade exists and everybody on the border sees it⟧.", "say", RUSSIAN);
    assertNotEquals(Label.DENY, exists.label(), exists.evidence());
  }

  @Test
  void aNegatedAllegationIsRejectedOnceEvenWithEvidenceInIt() {
    Stance s = classify("Kim said ⟦Canada has found no proof to back Moscow's claim that Turkey buys oil from ISIS⟧.", "say",
        new Speaker("Jin Kim", "Kim", "Canada"));
    assertEquals(Label.DENY, s.label(), s.evidence());
  }

  @Test
  void aMinimizingPredicateOverTheGoodsPlaysThemDown() {
    Stance s = classify("Lund said ⟦the quantity of ISIS crude crossing into Turkey is negligible⟧.", "say",
        new Speaker("Eva Lund", "Lund", "Sweden"));
    assertNotEquals(Label.SUPPORT, s.label(), s.evidence());
  }

  @Test
  void aContraryParticipleWithNoAgentAndNoTargetUnderItIsNoContrary() {
    Stance s = classify("Volkov said ⟦papers seized from dead ISIS fighters show that they came through Turkish border posts⟧.",
        "say", RUSSIAN);
    assertNotEquals(Label.DENY, s.label(), s.evidence());
  }

  @Test
  void theTargetsSideSpeaksOfItsOwnStateOrgans() {
    Stance s = classify("Kaya said ⟦the security forces seized two million litres of ISIS fuel at the border last year⟧.", "say", TURKISH);
    assertEquals(Label.DENY, s.label(), s.evidence());
    Stance other = classify("Kaya said ⟦Iraqi security forces seized two million litres of ISIS fuel last year⟧.", "say", TURKISH);
    assertNotEquals(Label.DENY, other.label(), other.evidence());
    Stance accuser = classify("Volkov said ⟦the security forces seized two million litres of ISIS fuel last year⟧.", "say", RUSSIAN);
    assertNotEquals(Label.DENY, accuser.label(), accuser.evidence());
  }

  @Test
  void theTargetsSideStatingTheClaimToCallItALieDenies() {
    // however the parser hangs "lies about …", the target's own side does not assert the claim
    Stance s = classify("Kaya accused ⟦Moscow on Friday of spreading lies about Turkey's oil trade with ISIS⟧.", "accuse", TURKISH);
    assertEquals(Label.DENY, s.label(), s.evidence());
  }

  @Test
  void anAccusationBindsTheAccusedToTheRelation() {
    Stance s = classify("Volkov accused ⟦the Turkish leadership of profiting personally from the trade⟧.", "accuse", RUSSIAN);
    assertEquals(Label.SUPPORT, s.label(), s.evidence());
    Stance other = classify("Kaya accused ⟦the Russian generals of profiting personally from the war⟧.", "accuse", TURKISH);
    assertNotEquals(Label.SUPPORT, other.label(), other.evidence());
  }

  @Test
  void aPartialQuoteWhoseCueTheParserHungUnderItReadsItsOwnClauseOnly() {
    Stance s = classify("Kaya dismissed the charge, saying Turkey would never ⟦stoop⟧ to dealing with terrorists.", "say",
        TURKISH, QuoteSpan.Kind.PARTIAL);
    assertEquals(Label.DENY, s.label(), s.evidence());
  }

  @Test
  void decliningToSayItRejectsNothing() {
    Stance s = classify("Lund said ⟦I will not say that Ankara buys oil from ISIS, and I will not say that it does not⟧.", "say",
        new Speaker("Eva Lund", "Lund", "Sweden"));
    assertNotEquals(Label.DENY, s.label(), s.evidence());
    assertNotEquals(Label.SUPPORT, s.label(), s.evidence());
    // someone else's allegation, negated, is still rejected
    Stance rejected = classify("Kaya said ⟦nobody can say that Ankara buys oil from ISIS⟧.", "say", TURKISH);
    assertEquals(Label.DENY, rejected.label(), rejected.evidence());
  }

  @Test
  void theRelationAsTheObjectsAttributeIsAssertedOrDeniedWithIt() throws Exception {
    StanceClassifier coverUp = new StanceClassifier(Claim.parse(Files.readAllBytes(Path.of("pipelines/clinton-health-cover-up.json"))));
    Speaker aide = new Speaker("Ann Lee", "Lee", "Clinton campaign");
    Stance none = classify(coverUp, "Lee said ⟦there is no hidden illness, only a bad cold⟧.", "say", aide, true);
    assertEquals(Label.DENY, none.label(), none.evidence());
    // the claim's object is the target's own, so the illness is the candidate's: the clause denies the claim
    assertTrue(none.evidence().startsWith(ClaimReader.NEGATES) && none.evidence().contains("'hidden'"), none.evidence());
  }

  @Test
  void aProformObjectStandsForTheClaimsObjectInAnArticleAboutIt() {
    Stance s = classify("Volkov said ⟦Ankara quietly helps them every single day⟧.", "say", RUSSIAN);
    assertEquals(Label.SUPPORT, s.label(), s.evidence());
    assertTrue(s.confidence() <= 0.6 && s.evidence().contains("'them' for DAESH"), s.evidence());
    // outside an article about the claim, "them" could be anyone
    Stance elsewhere = classify(classifier, "Volkov said ⟦Ankara quietly helps them every single day⟧.", "say", RUSSIAN, false);
    assertNotEquals(Label.SUPPORT, elsewhere.label(), elsewhere.evidence());
  }

  @Test
  void nobodyDoingItDeniesItInAnArticleAboutTheClaim() {
    Stance s = classify("Lund said ⟦nobody at the border buys anything from the militants⟧.", "say", new Speaker("Eva Lund", "Lund", "Sweden"));
    assertEquals(Label.DENY, s.label(), s.evidence());
    assertTrue(s.evidence().startsWith(ClaimReader.TOPIC), s.evidence());
  }

  @Test
  void theTargetWithNothingToHideProtestsItsInnocence() {
    Stance s = classify("Kaya said ⟦the Turkish customs service has nothing to hide, and its ledgers are public⟧.", "say", TURKISH);
    assertEquals(Label.DENY, s.label(), s.evidence());
    assertTrue(s.evidence().startsWith(ClaimReader.NOTHING_TO_HIDE), s.evidence());
    // a condition asserts nothing: "if … has nothing to hide, let it …" is a demand
    Stance conditional = classify("Volkov said ⟦if Ankara has nothing to hide, it should open its ledgers⟧.", "say", RUSSIAN);
    assertNotEquals(Label.DENY, conditional.label(), conditional.evidence());
  }

  @Test
  void askingWhereTheProofIsOrOrderingItShownDemandsIt() {
    Stance asked = classify("Kaya said ⟦we read the briefing twice. So where is the proof?⟧", "say", TURKISH);
    assertEquals(Label.DENY, asked.label(), asked.evidence());
    assertTrue(asked.evidence().startsWith("demands-proof: 'where'"), asked.evidence());
    Speaker analyst = new Speaker("Eva Lund", "Lund", "Sweden");
    Stance ordered = classify("Lund said ⟦Show me the shipping papers. Show me one bank transfer.⟧", "say", analyst);
    assertEquals(Label.DENY, ordered.label(), ordered.evidence());
    // a proof verb that reports what the pictures show demands nothing
    Stance shown = classify("Volkov said ⟦the pictures show us the convoys at the crossing⟧.", "say", RUSSIAN);
    assertNotEquals(Label.DENY, shown.label(), shown.evidence());
  }

  // --- fourteenth session: amounts, purposes after an object, relations said of the allegation

  @Test
  void smallAmountOfTheGoodsDenies() {
    // the quantity is the subject and "negligible" its predicate: the trade is played down to nothing
    Stance s = classify("Moreau said ⟦the quantity of ISIS oil entering Turkey was negligible⟧.", "say", CANADIAN);
    assertEquals(Label.DENY, s.label(), s.evidence());
    assertTrue(s.evidence().startsWith(ClaimReader.SMALL_AMOUNT), s.evidence());
    // a partial quote of the predicate alone speaks with the clause around it
    Stance partial = classify("Moreau said the flow of Daesh oil into Turkey had been ⟦marginal for a long time⟧.", "say", CANADIAN,
        QuoteSpan.Kind.PARTIAL);
    assertEquals(Label.DENY, partial.label(), partial.evidence());
  }

  @Test
  void smallAmountAfterAConcessionOrUnderTheTargetsActDoesNotDeny() {
    // the sentence concedes that the goods do move: played down, not denied
    Stance conceded = classify("Moreau said ⟦some ISIS oil does get smuggled into Turkey, but the amounts are small⟧.", "say", CANADIAN);
    assertNotEquals(Label.DENY, conceded.label(), conceded.evidence());
    // the target does the relation: a small amount of it is still the relation
    Stance bought = classify("Volkov said ⟦Turkey buys the oil of ISIS, and the amount is small⟧.", "say", RUSSIAN);
    assertEquals(Label.SUPPORT, bought.label(), bought.evidence());
    // "not small" is no playing down
    Stance notSmall = classify("Volkov said ⟦the volume of ISIS oil crossing into Turkey is not small⟧.", "say", RUSSIAN);
    assertFalse(notSmall.evidence().startsWith(ClaimReader.SMALL_AMOUNT), notSmall.evidence());
  }

  @Test
  void infinitiveAfterAnObjectIsAPurpose() {
    // the parser makes "to protect" the complement of "downed"; after an object it is the act's purpose
    Stance s = classify("Volkov said ⟦Ankara downed the bomber to protect a lucrative smuggling corridor⟧.", "say", RUSSIAN);
    assertEquals(Label.SUPPORT, s.label(), s.evidence());
    assertTrue(s.evidence().startsWith(ClaimReader.PROTECTIVE_MOTIVE), s.evidence());
    // a verb that passes the act to its object: the guards protect, which is no motive of Ankara's
    Stance told = classify("Volkov said ⟦Ankara told the guards to protect the smuggling route⟧.", "say", RUSSIAN);
    assertNotEquals(ClaimReader.PROTECTIVE_MOTIVE, told.evidence().split(":")[0], told.evidence());
  }

  @Test
  void relationWordOnTheAllegationIsSaidOfTheAllegation() {
    // "support" takes the allegations as its object: not the claim's relation; "nothing" rejects them
    Stance s = classify("Moreau said ⟦Canada had seen nothing to support the Russian allegations⟧.", "say", CANADIAN);
    assertEquals(Label.DENY, s.label(), s.evidence());
    assertTrue(s.evidence().startsWith(ClaimReader.REJECTS_ALLEGATION), s.evidence());
  }

  @Test
  void goodsThatEndUpInTheTargetSupport() {
    Stance s = classify("Volkov said ⟦most of the oil pumped by ISIS ends up in Turkey⟧.", "say", RUSSIAN);
    assertEquals(Label.SUPPORT, s.label(), s.evidence());
  }

  @Test
  void cleanRecordOfTheTargetsOwnGoodsDenies() {
    // the target's side puts its own goods on the record: a paper trail offered against the claim
    Stance s = classify("Kaya said ⟦every barrel of crude the republic imports is logged at the port⟧.", "say", TURKISH);
    assertEquals(Label.DENY, s.label(), s.evidence());
    assertTrue(s.evidence().startsWith(ClaimReader.CLEAN_RECORD), s.evidence());
    // said by the other side it is no denial of the target's; negated it is no record
    Stance other = classify("Volkov said ⟦every barrel of crude the republic imports is logged at the port⟧.", "say", RUSSIAN);
    assertFalse(other.evidence().startsWith(ClaimReader.CLEAN_RECORD), other.evidence());
    Stance unlogged = classify("Kaya said ⟦our fuel imports were never documented⟧.", "say", TURKISH);
    assertFalse(unlogged.evidence().startsWith(ClaimReader.CLEAN_RECORD), unlogged.evidence());
  }

  @Test
  void allegationCalledADiversionDenies() {
    Stance s = classify("Kaya said ⟦the whole story is a smokescreen for their own failures⟧.", "say", TURKISH);
    assertEquals(Label.DENY, s.label(), s.evidence());
    assertTrue(s.evidence().startsWith(ClaimReader.DIVERSION), s.evidence());
    // a third party, beside a claim reference
    Stance third = classify("Moreau said ⟦Moscow is using the oil allegations to punish Ankara⟧.", "say", CANADIAN);
    assertEquals(Label.DENY, third.label(), third.evidence());
    // the target said to divert is no denial; nor is a diversion word with no claim reference, said by another side
    Stance target = classify("Volkov said ⟦Ankara wants to change the subject with these allegations⟧.", "say", RUSSIAN);
    assertNotEquals(Label.DENY, target.label(), target.evidence());
    Stance sanctions = classify("Moreau said ⟦the new tariffs punish Turkish farmers⟧.", "say", CANADIAN);
    assertNotEquals(Label.DENY, sanctions.label(), sanctions.evidence());
  }

  @Test
  void theTargetsOwnPurchasesFromAListOfNamedSuppliersDeflect() {
    // "known suppliers" alone names nobody; the list after it does
    Stance s = classify("Kaya said ⟦Turkey bought its oil only from known suppliers, among them Iraq and Azerbaijan⟧.", "say", TURKISH);
    assertEquals(Label.DENY, s.label(), s.evidence());
    assertTrue(s.evidence().startsWith(ClaimReader.DEFLECTS), s.evidence());
    Stance unnamed = classify("Kaya said ⟦Turkey bought its oil only from known suppliers⟧.", "say", TURKISH);
    assertNotEquals(Label.DENY, unnamed.label(), unnamed.evidence());
  }

  @Test
  void aHortativeLetPermitsNothing() {
    // "let them show" exhorts; it does not say the target lets the goods through. The first sentence's
    // purchase from named suppliers is the quote's side, not outweighed by the second
    Stance s = classify("Kaya said: ⟦Our refineries buy crude from Iraq, Iran and Azerbaijan under contracts any auditor can read."
        + " Let them show us one cargo that came from somewhere else.⟧", "say", TURKISH);
    assertEquals(Label.DENY, s.label(), s.evidence());
    // a "let" with its subject still permits
    Stance let = classify("Volkov said ⟦Ankara let the tankers pass⟧.", "say", RUSSIAN);
    assertEquals(Label.SUPPORT, let.label(), let.evidence());
  }

  @Test
  void aNegatedSubjectComparedWithTheTargetAffirmsItOfTheTarget() {
    // "no country … harder than Turkey": Turkey fought hardest, which denies the claim
    Stance fought = classify("Kaya said ⟦no country has fought fuel smuggling harder than Turkey⟧.", "say", TURKISH);
    assertEquals(Label.DENY, fought.label(), fought.evidence());
    assertTrue(fought.evidence().contains("compared with 'Turkey'"), fought.evidence());
    Stance helped = classify("Volkov said ⟦no country has helped ISIS more than Turkey⟧.", "say", RUSSIAN);
    assertEquals(Label.SUPPORT, helped.label(), helped.evidence());
    // compared with someone else, the negation stands
    Stance other = classify("Volkov said ⟦no country has helped ISIS more than Turkey's neighbours claim⟧.", "say", RUSSIAN);
    assertFalse(other.evidence().contains("compared with"), other.evidence());
  }

  @Test
  void onlyAHandfulKnewSaysTheOthersDidNot() throws Exception {
    StanceClassifier coverUp = new StanceClassifier(Claim.parse(Files.readAllBytes(Path.of("pipelines/clinton-health-cover-up.json"))));
    Speaker critic = new Speaker("John Doe", "Doe", "");
    // "knew" is the cover-up claim's contrary; a subject restricted to a small number negates it
    Stance handful = classify(coverUp, "Doe said ⟦only a handful of Clinton aides knew about the illness before Monday⟧.", "say", critic, true);
    assertEquals(Label.SUPPORT, handful.label(), handful.evidence());
    Stance few = classify(coverUp, "Doe said ⟦only a few Clinton aides knew about the illness before Monday⟧.", "say", critic, true);
    assertEquals(Label.SUPPORT, few.label(), few.evidence());
    // "a few" without "only" affirms
    Stance some = classify(coverUp, "Doe said ⟦a few Clinton aides knew about the illness before Monday⟧.", "say", critic, true);
    assertNotEquals(Label.SUPPORT, some.label(), some.evidence());
  }

  @Test
  void aRelationNounAfterALightVerbHasTheSubjectAsItsAgent() throws Exception {
    StanceClassifier coverUp = new StanceClassifier(Claim.parse(Files.readAllBytes(Path.of("pipelines/clinton-health-cover-up.json"))));
    Speaker critic = new Speaker("John Doe", "Doe", "");
    Stance s = classify(coverUp, "Doe said ⟦the campaign is running a cover-up⟧.", "say", critic, true);
    assertEquals(Label.SUPPORT, s.label(), s.evidence());
    assertTrue(s.evidence().startsWith(ClaimReader.TOPIC), s.evidence());
    // negated, by the target's side: a denial
    Stance business = classify("Kaya said ⟦we would never do business with the people who murder our soldiers⟧.", "say", TURKISH);
    assertEquals(Label.DENY, business.label(), business.evidence());
    assertTrue(business.evidence().startsWith(ClaimReader.TOPIC), business.evidence());
    // help the target receives is not help it gives
    Stance received = classify("Volkov said ⟦Turkey received little help for the refugees it hosts⟧.", "say", RUSSIAN);
    assertNotEquals(Label.SUPPORT, received.label(), received.evidence());
  }

  @Test
  void lyingAboutItInACoverUpArticleAssertsTheClaim() throws Exception {
    StanceClassifier coverUp = new StanceClassifier(Claim.parse(Files.readAllBytes(Path.of("pipelines/clinton-health-cover-up.json"))));
    Speaker voter = new Speaker("John Doe", "Doe", "");
    Stance s = classify(coverUp, "Doe said: \"⟦She's sick and the campaign is lying about it.⟧\"", "say", voter, true);
    assertEquals(Label.SUPPORT, s.label(), s.evidence());
    assertTrue(s.evidence().contains("'lying'"), s.evidence());
  }

  @Test
  void anUnownedMentionOfTheTargetsOwnObjectIsTheTargets() throws Exception {
    StanceClassifier coverUp = new StanceClassifier(Claim.parse(Files.readAllBytes(Path.of("pipelines/clinton-health-cover-up.json"))));
    Speaker doctor = new Speaker("John Doe", "Doe", "");
    // the claim's object is the candidate's health: "the infection" in an article about the claim is hers
    Stance unowned = classify(coverUp, "Doe said ⟦the pneumonia was mild and clearing with antibiotics⟧.", "say", doctor, true);
    assertEquals(Label.DENY, unowned.label(), unowned.evidence());
    assertTrue(unowned.evidence().startsWith("contrary-claim"), unowned.evidence());
    // another party in the quote may own it
    Stance his = classify(coverUp, "Doe said ⟦his pneumonia was mild and clearing with antibiotics⟧.", "say", doctor, true);
    assertNotEquals(Label.DENY, his.label(), his.evidence());
    Stance named = classify(coverUp, "Doe said ⟦Senator Smith's pneumonia was mild and clearing with antibiotics⟧.", "say", doctor, true);
    assertNotEquals(Label.DENY, named.label(), named.evidence());
    // a fragment says nothing of whose it is
    Stance fragment = classify(coverUp, "Doe said he was in ⟦excellent health⟧.", "say", doctor, true,
        QuoteSpan.Kind.PARTIAL);
    assertFalse(fragment.evidence().startsWith("contrary-claim"), fragment.evidence());
    // a claim whose object is another party (the militants) does not own it
    Stance militants = classify("Volkov said ⟦the militants' oil revenue fell by half⟧.", "say", RUSSIAN);
    assertNotEquals(Label.SUPPORT, militants.label(), militants.evidence());
  }

  @Test
  void theRoutesTheArticleIsAboutLeadToTheTarget() {
    // "those routes": the trade's routes, by reference, in an article about the claim
    Stance those = classify("Volkov said ⟦the downing of our jet had everything to do with those routes to Turkish ports⟧.", "say", RUSSIAN);
    assertEquals(Label.SUPPORT, those.label(), those.evidence());
    assertTrue(those.evidence().contains("'routes'"), those.evidence());
    // an airline's routes are no trade of the claim's
    Stance airline = classify("Volkov said ⟦Turkish Airlines added three new routes to Asia this winter⟧.", "say", RUSSIAN);
    assertNotEquals(Label.SUPPORT, airline.label(), airline.evidence());
  }

  @Test
  void grantingTheGoodsButDenyingTheTargetsPartDenies() {
    Stance s = classify("Moreau said: ⟦Some crude from ISIS areas certainly reached Turkish refineries."
        + " We have seen no proof that ministers in Ankara arranged it.⟧", "say", CANADIAN);
    assertEquals(Label.DENY, s.label(), s.evidence());
    assertTrue(s.evidence().startsWith(ClaimReader.CONCEDES_TRADE), s.evidence());
    // the second sentence affirms the target's part: support stands
    Stance both = classify("Volkov said: ⟦Some crude from ISIS areas certainly reached Turkish refineries. Ministers in Ankara arranged it.⟧",
        "say", RUSSIAN);
    assertEquals(Label.SUPPORT, both.label(), both.evidence());
  }

  @Test
  void noQuestionThatAffirmsAndNoQuestionOfDenies() {
    Stance that = classify("Volkov said ⟦there is no question that ISIS oil has crossed into Turkey for years⟧.", "say", RUSSIAN);
    assertEquals(Label.SUPPORT, that.label(), that.evidence());
    Stance of = classify("Volkov said ⟦there is no question of Turkey buying ISIS oil⟧.", "say", RUSSIAN);
    assertEquals(Label.DENY, of.label(), of.evidence());
  }

  @Test
  void theTargetsOwnFightIsPresupposedUnderANegationAbove() {
    // the negation is on "has the right", not on the fight the target's side calls its own
    Stance s = classify("Kaya said ⟦nobody has the right to cast a shadow over Turkey's fight against terrorism⟧.", "say", TURKISH);
    assertEquals(Label.DENY, s.label(), s.evidence());
    assertTrue(s.evidence().contains("presupposed"), s.evidence());
  }

  @Test
  void aBareWillGoAfterProofIsAChallenge() {
    Stance s = classify("Kaya said: ⟦If this is proven, I will go. Let those who accuse us show their evidence.⟧", "say", TURKISH);
    assertEquals(Label.DENY, s.label(), s.evidence());
    assertTrue(s.evidence().startsWith(ClaimReader.CHALLENGE), s.evidence());
  }

  @Test
  void theQuestionNobodyAsksInsinuates() {
    Stance who = classify("Volkov said: ⟦Nobody in Brussels asks who is buying this oil.⟧", "say", RUSSIAN);
    assertEquals(Label.SUPPORT, who.label(), who.evidence());
    assertTrue(who.evidence().startsWith(ClaimReader.INSINUATION), who.evidence());
    Stance questions = classify("Volkov said: ⟦When the militants took the fields, nobody asked questions.⟧", "say", RUSSIAN);
    assertEquals(Label.SUPPORT, questions.label(), questions.evidence());
    // said for the target it insinuates nothing against it; nobody answering is no question unasked
    Stance target = classify("Kaya said: ⟦Nobody asks who is buying this oil.⟧", "say", TURKISH);
    assertNotEquals(Label.SUPPORT, target.label(), target.evidence());
    Stance answers = classify("Volkov said: ⟦Nobody answers the phone at the ministry.⟧", "say", RUSSIAN);
    assertNotEquals(Label.SUPPORT, answers.label(), answers.evidence());
  }

  @Test
  void aFeignedBlindnessInsinuates() {
    Stance s = classify("Volkov said: ⟦The border guards are still pretending not to see the convoys.⟧", "say", RUSSIAN);
    assertEquals(Label.SUPPORT, s.label(), s.evidence());
    assertTrue(s.evidence().startsWith(ClaimReader.INSINUATION), s.evidence());
    // not seeing, plainly, insinuates nothing; nor does a feigning the speaker denies
    Stance plain = classify("Volkov said: ⟦The border guards did not see the convoys.⟧", "say", RUSSIAN);
    assertFalse(plain.evidence().startsWith(ClaimReader.INSINUATION), plain.evidence());
    Stance denied = classify("Volkov said: ⟦Nobody is pretending not to see the convoys.⟧", "say", RUSSIAN);
    assertFalse(denied.evidence().startsWith(ClaimReader.INSINUATION), denied.evidence());
  }

  @Test
  void aRejectingNounTheParserTookForAVerbStillRejects() {
    // "lies" tagged a verb after "were": a copula with no subject of its own makes it a noun
    Stance s = classify("Kaya rejected the charges, with the minister saying the reports were \"⟦lies from start to finish.⟧\"",
        "say", TURKISH, QuoteSpan.Kind.PARTIAL);
    assertEquals(Label.DENY, s.label(), s.evidence());
  }

  @Test
  void aClauseAfterASemicolonIsOutOfAnEarlierNegationsScope() {
    // the negation of "true" denies the first clause (Turkey fighting the group), not the clause after the semicolon
    Stance s = classify("Moreau said: ⟦It is not true that Turkey fought ISIS in those years; Ankara looked the other way "
        + "while the oil crossed.⟧", "say", CANADIAN);
    assertEquals(Label.SUPPORT, s.label(), s.evidence());
    Stance plain = classify("Moreau said: ⟦For years Ankara looked the other way while the oil of ISIS crossed.⟧", "say", CANADIAN);
    assertEquals(Label.SUPPORT, plain.label(), plain.evidence());
  }

  @Test
  void anotherPartyAsTheChiefBuyerDeflects() {
    Stance s = classify("Moreau said: ⟦The main customer for ISIS crude has long been the Syrian government.⟧", "say", CANADIAN);
    assertEquals(Label.DENY, s.label(), s.evidence());
    assertTrue(s.evidence().startsWith(ClaimReader.DEFLECTS), s.evidence());
    // one buyer among others deflects nothing
    Stance one = classify("Moreau said ⟦the Syrian government buys oil from ISIS⟧.", "say", CANADIAN);
    assertNotEquals(Label.DENY, one.label(), one.evidence());
  }

  @Test
  void theStateStandsForTheTargetInAnArticleAboutTheClaim() {
    // a target reference from the claim file ("the state"), in an article about the claim
    Stance s = classify("Moreau said ⟦for two years the state looked the other way while the smugglers' tankers crossed⟧.",
        "say", CANADIAN);
    assertEquals(Label.SUPPORT, s.label(), s.evidence());
    assertTrue(s.evidence().contains("'state'"), s.evidence());
  }

  @Test
  void aReferenceAnOfPhraseQualifiesNamesSomeoneElse() {
    // "the government of <another country>" is that country's government, not the target
    Stance s = classify("Moreau said ⟦ISIS sold most of its crude to the government of a neighbouring country⟧.", "say", CANADIAN);
    assertNotEquals(Label.SUPPORT, s.label(), s.evidence());
    // an "of" before what the accused did is no qualifier
    Stance accused = classify("Volkov accused the government of \"⟦letting the militants' oil cross the border freely⟧\".",
        "accuse", RUSSIAN, QuoteSpan.Kind.PARTIAL);
    assertEquals(Label.SUPPORT, accused.label(), accused.evidence());
    // so does an "in" phrase with a name: the government in another capital
    Stance in = classify("Moreau said ⟦ISIS sells its crude to dealers who supply the government in Baghdad⟧.", "say", CANADIAN);
    assertNotEquals(Label.SUPPORT, in.label(), in.evidence());
  }

  @Test
  void notWithoutTheTargetsKnowledgeHoldsWithASecondCaseWord() {
    // the parser gives the quoted phrase two case words ("on", "without"); the exception still makes the target a party
    Stance s = classify("Volkov said, adding that such a trade could not go on \"⟦without the knowledge of Ankara⟧\".",
        "say", RUSSIAN, QuoteSpan.Kind.PARTIAL);
    assertEquals(Label.SUPPORT, s.label(), s.evidence());
  }

  @Test
  void nothingToHideInAConditionDeniesNothingEvenHungOnAQuoteMark() {
    // cue-less, the parser hangs the "if" clause on the opening quote mark, not on "let"
    Stance s = classify("“⟦If the state has nothing to hide, let it open the customs ledgers to a parliamentary commission. "
        + "We are not asking for a miracle, only for the ledgers.⟧”", null, CANADIAN);
    assertNotEquals(Label.DENY, s.label(), s.evidence());
    Stance own = classify("“⟦The state has nothing to hide, and the customs ledgers are open to the commission.⟧”", null, TURKISH);
    assertEquals(Label.DENY, own.label(), own.evidence());
  }

  @Test
  void aNegatedCountOnTheSubjectDenies() {
    // "not one" negates the subject's count; the verb itself carries no negation
    Stance s = classify("Kaya said: \"⟦Not one barrel of ISIS oil goes through our terminal, and Turkish customs weigh every cargo,⟧\" "
        + "she said.", "say", TURKISH);
    assertEquals(Label.DENY, s.label(), s.evidence());
    // counted once: a negated subject is no second, cancelling negation of the goods under it
    Stance single = classify("Kaya said ⟦not a single barrel of ISIS oil has entered Turkey⟧.", "say", TURKISH);
    assertEquals(Label.DENY, single.label(), single.evidence());
    // "not only" is a focus particle
    Stance only = classify("Volkov said ⟦not only one Turkish company bought oil from ISIS⟧.", "say", RUSSIAN);
    assertNotEquals(Label.DENY, only.label(), only.evidence());
  }

  @Test
  void aProofByAnyoneIsAConditionNotAFact() {
    // "the day anyone proves …": a relative clause on a time noun, no "if", yet the proof is only supposed
    Stance s = classify("Kaya said ⟦she would resign on the very day that anyone proved Ankara had bought oil from ISIS⟧.",
        "say", TURKISH);
    assertEquals(Label.DENY, s.label(), s.evidence());
    assertTrue(s.evidence().startsWith("challenge-to-prove") && s.evidence().contains("proof by 'anyone'"), s.evidence());
    // a proof someone named has given is a fact the speaker reports
    Stance given = classify("Volkov said ⟦the inspectors proved Ankara had bought oil from ISIS⟧.", "say", RUSSIAN);
    assertEquals(Label.SUPPORT, given.label(), given.evidence());
  }

  @Test
  void whatTheSpeakerWasAskedIsAnOpenQuestion() {
    // the asking verb lies outside the quote, where the walk stops; the clause's own "whether" leaves it open
    Stance s = classify("Asked ⟦whether Ankara had ever bought oil from ISIS⟧, Kaya shook her head.", "ask", TURKISH);
    assertNotEquals(Label.SUPPORT, s.label(), s.evidence());
    assertTrue(s.evidence().contains("open question 'whether'"), s.evidence());
  }

  @Test
  void aDemandToProveItInTheFrameChallengesTheAccusers() {
    // the quote holds only the proof verb; the demand ("dared … to") is the frame's
    Stance s = classify("The ministry rejected the charge and dared Moscow to \"⟦prove it⟧.\"", "dare", TURKISH, QuoteSpan.Kind.PARTIAL);
    assertEquals(Label.DENY, s.label(), s.evidence());
    assertTrue(s.evidence().startsWith("demands-proof"), s.evidence());
  }

  @Test
  void aWhyQuestionTakesItsClauseAsGivenUnlessAModalMakesItHypothetical() {
    Stance s = classify("\"⟦Why did Ankara let the ISIS tankers through for two years?⟧\" Moreau asked.", "ask", CANADIAN);
    assertEquals(Label.SUPPORT, s.label(), s.evidence());
    Stance would = classify("\"⟦Why would Ankara buy oil from ISIS?⟧\" Moreau asked.", "ask", CANADIAN);
    assertNotEquals(Label.SUPPORT, would.label(), would.evidence());
  }

  @Test
  void whatTheSpeakerSetsApartIsNotAsserted() {
    Stance s = classify("\"⟦That is very different from saying that Ankara was a customer of ISIS.⟧\" Moreau said.", "say", CANADIAN);
    assertEquals(Label.DENY, s.label(), s.evidence());
    assertTrue(s.evidence().contains("set apart"), s.evidence());
  }

  @Test
  void whatCannotBeSeparatedFromTheTradeIsLinkedToIt() {
    // a negated "separate" affirms the link (litotes)
    Stance s = classify("Volkov said ⟦the attack on the convoy could not be separated from the oil business of ISIS in "
        + "Turkey⟧.", "say", RUSSIAN);
    assertNotEquals(Label.DENY, s.label(), s.evidence());
  }

  @Test
  void aRejectingNounThatIsNotTheTargetsPointsBackToTheAllegation() {
    Stance s = classify("Kaya said ⟦Ankara would never give in to this whole propaganda campaign from abroad⟧.", "say", TURKISH);
    assertEquals(Label.DENY, s.label(), s.evidence());
    assertTrue(s.evidence().startsWith("disparaging-reference"), s.evidence());
    // said of the target, the noun is an accusation, not a rejection
    Stance liar = classify("\"⟦Ankara is a liar.⟧\" Volkov said.", "say", RUSSIAN);
    assertNotEquals(Label.DENY, liar.label(), liar.evidence());
  }

  @Test
  void aClauseOpenedByUntilIsTakenAsGivenUnderANegation() {
    // the negation on "return" does not reach the "until" clause: Ankara is playing games with them now
    Stance s = classify("Volkov said ⟦there would be no return to friendly relations until Ankara stopped playing games with ISIS⟧.",
        "say", RUSSIAN);
    assertEquals(Label.SUPPORT, s.label(), s.evidence());
    assertTrue(s.evidence().contains("presupposed by 'until'"), s.evidence());
  }

  @Test
  void anObjectUnderAContraryPhraseIsNotTheRelationsArgument() {
    // supporting a campaign against the object, or being a partner in a war on it, is the contrary act
    Stance campaign = classify("Volkov said ⟦Ankara supports the alliance's campaign against ISIS⟧.", "say", RUSSIAN);
    assertEquals(Label.DENY, campaign.label(), campaign.evidence());
    Stance war = classify("Volkov said ⟦Turkey has been a loyal partner of Europe in the war on ISIS⟧.", "say", RUSSIAN);
    assertNotEquals(Label.SUPPORT, war.label(), war.evidence());
    // with the object as the partner itself, it is the relation
    Stance partner = classify("Volkov said ⟦Turkey has been a loyal partner of ISIS⟧.", "say", RUSSIAN);
    assertEquals(Label.SUPPORT, partner.label(), partner.evidence());
  }

  @Test
  void partnersInTheTradeOfAnArticleAboutTheClaimDoIt() {
    Stance s = classify("Volkov said ⟦the president's nephews were partners in the trade⟧.", "say", RUSSIAN);
    assertEquals(Label.SUPPORT, s.label(), s.evidence());
    // allies are partners with no argument: no relation
    Stance allies = classify("Volkov said ⟦Ankara's partners in Brussels would stand by it⟧.", "say", RUSSIAN);
    assertNotEquals(Label.SUPPORT, allies.label(), allies.evidence());
  }

  @Test
  void aClauseAskedWhyIsTakenAsGivenByWhoeverAsksIt() {
    Stance ask = classify("\"⟦Let the ambassadors ask themselves why fuel lorries from ISIS land are never stopped by Turkish "
        + "patrols.⟧\" Volkov said.", "say", RUSSIAN);
    assertEquals(Label.SUPPORT, ask.label(), ask.evidence());
    assertTrue(ask.evidence().contains("presupposed by 'why'"), ask.evidence());
    // nobody asking does not make it less given
    Stance nobody = classify("Volkov said ⟦nobody in Brussels asks why the lorries from ISIS land are never stopped by Turkish "
        + "patrols⟧.", "say", RUSSIAN);
    assertEquals(Label.SUPPORT, nobody.label(), nobody.evidence());
    // "whether" leaves it open
    Stance whether = classify("Volkov said ⟦the ambassadors should ask whether the lorries from ISIS land are ever stopped by "
        + "Turkish patrols⟧.", "say", RUSSIAN);
    assertNotEquals(Label.SUPPORT, whether.label(), whether.evidence());
  }

  @Test
  void theCountryInTheWordsOfTheTargetsSideIsItsOwn() {
    Stance own = classify("Kaya said ⟦none of the country's diesel purchases came from land held by ISIS⟧.", "say", TURKISH);
    assertEquals(Label.DENY, own.label(), own.evidence());
    // said by someone else, "the country" names nobody
    Stance other = classify("Volkov said ⟦none of the country's diesel purchases came from land held by ISIS⟧.", "say", RUSSIAN);
    assertNotEquals(Label.DENY, other.label(), other.evidence());
    // a country a modifier gives to someone else is not the speaker's
    Stance next = classify("Kaya said ⟦the country next door buys its diesel from ISIS⟧.", "say", TURKISH);
    assertNotEquals(Label.SUPPORT, next.label(), next.evidence());
  }

  @Test
  void whatANegatedEntailmentDoesNotEntailIsLeftOpen() {
    Stance s = classify("\"⟦None of that means no ISIS crude reaches Turkey.⟧\" Moreau said.", "say", CANADIAN);
    assertEquals(Label.DISCUSS, s.label(), s.evidence());
    assertTrue(s.evidence().contains("leaves it open"), s.evidence());
  }

  @Test
  void aContraryActWhoseObjectIsNegatedIsDoneToSomeoneElse() {
    Stance s = classify("\"⟦The ruling party is fighting the separatists, not ISIS,⟧\" Volkov said.", "say", RUSSIAN);
    assertEquals(Label.SUPPORT, s.label(), s.evidence());
    assertTrue(s.evidence().contains("negated argument"), s.evidence());
    Stance plain = classify("\"⟦Ankara is fighting ISIS, not the separatists,⟧\" Volkov said.", "say", RUSSIAN);
    assertEquals(Label.DENY, plain.label(), plain.evidence());
  }

  @Test
  void aContraryWordInsideALongerRelationPhraseIsThatPhrase() {
    // "closed its eyes" (a relation phrase of the claim file) is not "closed" (a contrary word)
    Stance s = classify("Volkov said ⟦Ankara had for years closed its eyes to the ISIS fuel convoys on its roads⟧.", "say", RUSSIAN);
    assertEquals(Label.SUPPORT, s.label(), s.evidence());
  }

  @Test
  void aPartialQuoteOfALawfulSourceIsReadWithTheClauseAroundIt() {
    Stance s = classify("Kaya said Turkey imports its diesel \"⟦from vetted, lawful traders⟧\".", "say", TURKISH,
        QuoteSpan.Kind.PARTIAL);
    assertEquals(Label.DENY, s.label(), s.evidence());
    assertTrue(s.evidence().startsWith("lawful-source"), s.evidence());
  }

  @Test
  void theSpeakersOwnKinAreTheSpeakersSide() {
    Stance s = classify("Kaya said ⟦her sons have nothing to conceal⟧.", "say", TURKISH);
    assertEquals(Label.DENY, s.label(), s.evidence());
    // someone else's sons are no one's side the quote names
    Stance other = classify("Volkov said ⟦his sons have nothing to conceal⟧.", "say", RUSSIAN);
    assertNotEquals(Label.DENY, other.label(), other.evidence());
  }

  @Test
  void aTargetSetAsideByAContrastIsDenied() {
    // "X, not Y" and "not by Y but by X": the relation is said of X and denied of the target, whoever speaks
    for (String marked : List.of(
        "Moreau said ⟦the junta, not Ankara, has long been the main customer of ISIS crude⟧.",
        "Moreau said ⟦the smuggled fuel of Daesh was bought not by Turkey but by the junta's middlemen⟧.")) {
      Stance s = classify(marked, "say", CANADIAN);
      assertEquals(Label.DENY, s.label(), marked + " " + s.evidence());
      assertTrue(s.evidence().contains("negated target 'not"), s.evidence());
    }
    // the contrast the other way round names the target as the doer
    Stance reverse = classify("Moreau said ⟦Ankara, not the junta, has long been the main customer of ISIS crude⟧.", "say", CANADIAN);
    assertEquals(Label.SUPPORT, reverse.label(), reverse.evidence());
  }

  @Test
  void goodsSaidToBeASmallFractionArePlayedDown() {
    Stance s = classify("Moreau, speaking in Ottawa on Friday, said ⟦the diesel reaching Turkey was a small fraction of the militants' "
        + "income⟧.", "say", CANADIAN);
    assertEquals(Label.DISCUSS, s.label(), s.evidence());
    assertTrue(s.evidence().contains("played down by 'small fraction'"), s.evidence());
  }

  @Test
  void aQuestionWhoDoesItNamesNoDoerInTheSameSentence() {
    // the target is in the sentence ("accuse us"), but the relation's doer is only asked about, twice
    Stance s = classify("Kaya said ⟦the people who accuse us ought to ask who sells weapons to the junta and who buys its crude⟧.",
        "say", TURKISH);
    assertNotEquals(Label.SUPPORT, s.label(), s.evidence());
  }

  @Test
  void aDeniedReportOfTradeWithoutTheTargetKnowingMakesTheTargetAParty() {
    // the negation is on the report ("nobody can tell us"), the exception on the trade below it
    Stance s = classify("\"⟦Nobody in the capital can seriously tell us that hundreds of tankers cross the frontier every week "
        + "without the authorities knowing,⟧\" Volkov said.", "say", RUSSIAN);
    assertEquals(Label.SUPPORT, s.label(), s.evidence());
    assertTrue(s.evidence().contains("makes the target a party"), s.evidence());
  }

  @Test
  void aDeniedBeliefThatAProformHappensUnknownToTheTargetIsKnowingComplicity() {
    // "this" stands for the trade the quote's first sentence names; "make us believe" under "no one" is no hedge
    Stance s = classify("\"⟦Hundreds of tankers cross the frontier every night. No one will make us believe that this happens "
        + "without the knowledge of the Turkish authorities,⟧\" Volkov said.", "say", RUSSIAN);
    assertEquals(Label.SUPPORT, s.label(), s.evidence());
    assertTrue(s.evidence().startsWith(ClaimReader.KNOWING_COMPLICITY), s.evidence());
    Stance plain = classify("\"⟦Hundreds of tankers cross the frontier every night. This happens without the knowledge of the "
        + "Turkish authorities,⟧\" Volkov said.", "say", RUSSIAN);
    assertEquals(Label.DENY, plain.label(), plain.evidence());
  }

  @Test
  void theTargetsSideTellingItsAccusersWhatToDoDeniesTheClaim() {
    for (String marked : List.of(
        "\"⟦Those who accuse us should first ask who sells arms to the junta and who buys its crude,⟧\" Kaya said.",
        "\"⟦Those who talk about oil should first explain where the fuel for the junta's tanks comes from,⟧\" Kaya said.")) {
      Stance s = classify(marked, "say", TURKISH);
      assertEquals(Label.DENY, s.label(), marked + " " + s.evidence());
      assertTrue(s.evidence().startsWith(ClaimReader.ANSWERS_ACCUSERS), s.evidence());
    }
    // another side's words to its own accusers, and a demand on those who did something else, take no side
    Stance other = classify("\"⟦Those who accuse Moscow should first look at their own border,⟧\" Volkov said.", "say", RUSSIAN);
    assertNotEquals(Label.DENY, other.label(), other.evidence());
    Stance airspace = classify("\"⟦Those who violated our airspace should apologise,⟧\" Kaya said.", "say", TURKISH);
    assertEquals(Label.UNRELATED, airspace.label(), airspace.evidence());
  }

  @Test
  void anOfficeStakedOnAConditionDeniesTheClaimWithoutAProofWord() {
    Stance s = classify("\"⟦If anyone can lay a single invoice on the table, I will not stay in this office for one more day,⟧\" "
        + "Kaya said.", "say", TURKISH);
    assertEquals(Label.DENY, s.label(), s.evidence());
    assertTrue(s.evidence().startsWith(ClaimReader.CONDITIONAL_RESIGNATION), s.evidence());
    // someone else's promise, reported by the accuser, is no stake of the speaker's
    Stance other = classify("\"⟦Mr Kaya promised to resign if anyone found an invoice. Here are the invoices,⟧\" Volkov said.",
        "say", RUSSIAN);
    assertNotEquals(Label.DENY, other.label(), other.evidence());
  }

  @Test
  void aLawfulSourceAfterFromDeniesWhereTheParseOfThePurchaseIsBroken() {
    // the parser reads "known" as a verb and hangs the suppliers on it: the words after "from" still say lawful
    Stance s = classify("Kaya said ⟦Turkey bought its oil and gas from known and legitimate suppliers - Azerbaijan, Iraq and Iran⟧.",
        "say", TURKISH);
    assertEquals(Label.DENY, s.label(), s.evidence());
    assertTrue(s.evidence().startsWith(ClaimReader.LAWFUL_SOURCE), s.evidence());
    // not for another side's words
    Stance other = classify("Volkov said ⟦Turkey bought its oil and gas from known and legitimate suppliers - Azerbaijan, Iraq and Iran⟧.",
        "say", RUSSIAN);
    assertNotEquals(Label.DENY, other.label(), other.evidence());
  }

  @Test
  void aPronounObjectOfANegatedContraryActStandsForTheGoodsOfTheClauseBefore() {
    Stance s = classify("\"⟦The tankers of Daesh drove to the Turkish border and nobody stopped them,⟧\" Volkov said.", "say", RUSSIAN);
    assertEquals(Label.SUPPORT, s.label(), s.evidence());
    assertTrue(s.evidence().startsWith(ClaimReader.CONTRARY_NEGATED), s.evidence());
    // a pronoun for something else is not the goods
    Stance other = classify("\"⟦The inspectors drove to the Turkish border and nobody stopped them,⟧\" Volkov said.", "say", RUSSIAN);
    assertNotEquals(Label.SUPPORT, other.label(), other.evidence());
  }

  @Test
  void theTargetAsATargetOfTheObjectIsItsContrary() {
    // "target of" (the claim file's contrary words): a victim of the object, not its partner
    Stance s = classify("Kaya said ⟦the country had itself been a target of ISIS bombers more than once⟧.", "say", TURKISH);
    assertEquals(Label.DENY, s.label(), s.evidence());
    assertTrue(s.evidence().startsWith(ClaimReader.CONTRARY), s.evidence());
  }

  @Test
  void theTargetsOwnGoodsThroughPapersAreOnTheRecord() {
    Stance s = classify("Kaya said ⟦every cargo of crude that enters Turkey arrives with a certificate of origin⟧.", "say", TURKISH);
    assertEquals(Label.DENY, s.label(), s.evidence());
    assertTrue(s.evidence().startsWith(ClaimReader.CLEAN_RECORD), s.evidence());
    // without the papers it is no record
    Stance without = classify("Kaya said ⟦every cargo of crude that enters Turkey arrives without a certificate of origin⟧.", "say", TURKISH);
    assertNotEquals(Label.DENY, without.label(), without.evidence());
  }

  @Test
  void aPresentationForTheHomeAudienceDisparagesTheAllegation() {
    // "domestic audience", "home audience", "domestic consumption": the Turkey claim's denyWords
    Stance s = classify("Moreau called the briefing ⟦a slide show staged for the home audience⟧.", "call", CANADIAN,
        QuoteSpan.Kind.PARTIAL);
    assertEquals(Label.DENY, s.label(), s.evidence());
  }

  @Test
  void aParticipleTheParserLostAfterANounIsNotDoneByTheClausesSubject() {
    // "used" hung on "identified" as dep: the routes' users are not the general staff that found them
    Stance s = classify("Volkov said ⟦the Russian military has identified four routes used to move ISIS crude, all of which end in Turkey⟧.",
        "say", RUSSIAN);
    assertEquals(Label.SUPPORT, s.label(), s.evidence());
  }

  @Test
  void aWitnessWhoNeverSawTheGoodsDeniesTheTrade() {
    for (String marked : List.of("\"⟦Tankers? Hundreds of tankers? I never saw a single tanker here,⟧\" the farmer said.",
        "\"⟦The rebels buy the diesel, the army buys it. I never saw it come across here,⟧\" the trader said.")) {
      Stance s = classify(marked, "say", new Speaker("unknown", "the farmer", ""));
      assertEquals(Label.DENY, s.label(), marked + " " + s.evidence());
      assertTrue(s.evidence().startsWith(ClaimReader.WITNESS_DENIAL), s.evidence());
    }
    // seeing them, or not seeing someone else, or not knowing, is no such denial
    for (String marked : List.of("\"⟦We saw the tankers every night,⟧\" the farmer said.",
        "\"⟦I never saw the minister at the border,⟧\" the farmer said.",
        "\"⟦The diesel comes and goes, and we may never know where it ends up,⟧\" the farmer said.")) {
      Stance s = classify(marked, "say", new Speaker("unknown", "the farmer", ""));
      assertNotEquals(Label.DENY, s.label(), marked + " " + s.evidence());
    }
  }

  @Test
  void theTargetsSideLayingItsPapersOpenDeniesTheTrade() {
    for (String marked : List.of("Kaya said ⟦Turkey will open its customs records to any international inspector⟧.",
        "\"⟦Let them go to any court they like. Our ledgers are open,⟧\" Kaya said.")) {
      Stance s = classify(marked, "say", TURKISH);
      assertEquals(Label.DENY, s.label(), marked + " " + s.evidence());
      assertTrue(s.evidence().startsWith(ClaimReader.OPEN_RECORDS), s.evidence());
    }
    // another side's papers, or the target's side demanding them of someone else, are no such offer
    Stance other = classify("Volkov said ⟦Russia will open its customs records to any international inspector⟧.", "say", RUSSIAN);
    assertNotEquals(Label.DENY, other.label(), other.evidence());
  }
}
