package org.quotestance.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * Stance in the context of the article ({@link ArticleStances}), on texts written for the test: a
 * quote that speaks of the claim's object without naming its target takes the side its speaker
 * takes elsewhere in the article, and only then.
 */
@Tag("integration")
class ArticleStancesTest {
  private static ArticleStances stances;
  private static final Speaker VOLKOV = new Speaker("Boris Volkov", "Volkov", "Russia");

  @BeforeAll
  static void load() throws Exception {
    stances = new ArticleStances(new StanceClassifier(Claim.parse(Files.readAllBytes(Path.of("pipelines/turkey-daesh-oil.json")))));
  }

  /** Each quoted string is a quote of {@code speaker}, in the order given; paragraphs are separate. */
  private static List<Stance> classify(String text, Speaker speaker, String... quotes) {
    List<Speaker> speakers = new ArrayList<>();
    for (String ignored : quotes) {
      speakers.add(speaker);
    }
    return classify(text, speakers, quotes);
  }

  /** Each quoted string is a quote of the speaker at the same place in {@code bySpeaker}. */
  private static List<Stance> classify(String text, List<Speaker> bySpeaker, String... quotes) {
    List<String> cues = new ArrayList<>();
    for (String ignored : quotes) {
      cues.add("say");
    }
    return classify(text, bySpeaker, cues, quotes);
  }

  /** As above, each quote with the cue lemma at the same place in {@code cues} ("" for none). */
  private static List<Stance> classify(String text, List<Speaker> bySpeaker, List<String> cues, String... quotes) {
    ParsedText doc = NlpAnnotator.annotate(text);
    List<QuoteSpan> spans = new ArrayList<>();
    List<Speaker> speakers = new ArrayList<>();
    for (String quote : quotes) {
      int start = text.indexOf(quote);
      assertTrue(start >= 0, quote);
      int sentence = 0;
      for (int i = 0; i < doc.sentences().size(); i++) {
        if (doc.sentences().get(i).begin() <= start) {
          sentence = i;
        }
      }
      // a quote that does not open its sentence is a quoted fragment of it
      QuoteSpan.Kind kind = start > 0 && doc.sentences().get(sentence).begin() < start - 1 ? QuoteSpan.Kind.PARTIAL : QuoteSpan.Kind.DIRECT;
      String cue = cues.get(spans.size());
      spans.add(new QuoteSpan(kind, start, start + quote.length(), cue, cue, -1, -1, sentence));
      speakers.add(bySpeaker.get(spans.size() - 1));
    }
    return stances.classify(doc, spans, speakers);
  }

  // --- backs-evidence and discredits-evidence: a quote that speaks only of the evidence

  private static final Speaker PETROV = new Speaker("Ivan Petrov", "Petrov", "Russia");
  private static final Speaker KAYA = new Speaker("Leyla Kaya", "Kaya", "Turkey");
  private static final Speaker MOREAU = new Speaker("Anne Moreau", "Moreau", "Canada");
  private static final String ALLEGATION = "Oil row\n\nVolkov said: \"Turkey buys oil from Daesh.\"\n\n";

  @Test
  void theClaimsMatterWithoutItsTargetOrASideDiscussesIt() {
    List<Stance> s = classify(ALLEGATION + "Moreau said coalition jets had destroyed more than 300 tanker trucks in two weeks.",
        List.of(VOLKOV, MOREAU), "Turkey buys oil from Daesh.", "coalition jets had destroyed more than 300 tanker trucks in two weeks");
    assertEquals(Label.DISCUSS, s.get(1).label(), s.get(1).toString());
    assertTrue(s.get(1).evidence().startsWith("topic-words"), s.get(1).evidence());
    // the same words about another named party are about that party
    List<Stance> other = classify(ALLEGATION + "Moreau said Norway had painted more than 300 tanker trucks blue.",
        List.of(VOLKOV, MOREAU), "Turkey buys oil from Daesh.", "Norway had painted more than 300 tanker trucks blue");
    assertEquals(Label.UNRELATED, other.get(1).label(), other.get(1).toString());
  }

  @Test
  void theAccusersTheyStandsForTheAccused() {
    // "they" in the words of the side that makes the allegation, in a quote that names no party of its own
    List<Stance> s = classify(ALLEGATION + "\"They thought nobody would ever count the lorries,\" Petrov said.",
        List.of(VOLKOV, PETROV), "Turkey buys oil from Daesh.", "They thought nobody would ever count the lorries,");
    assertEquals(Label.SUPPORT, s.get(1).label(), s.get(1).toString());
    assertTrue(s.get(1).evidence().startsWith(ArticleStances.ACCUSERS_THEY), s.get(1).evidence());
    // a "they" the quote names ("Oslo and Bergen … their"), or said by someone not on the accusing side, stands for nobody accused
    List<Stance> named = classify(ALLEGATION + "\"Oslo and Bergen will deepen their ties,\" Petrov said.",
        List.of(VOLKOV, PETROV), "Turkey buys oil from Daesh.", "Oslo and Bergen will deepen their ties,");
    assertNotEquals(Label.SUPPORT, named.get(1).label(), named.get(1).toString());
    List<Stance> neutral = classify(ALLEGATION + "\"They thought nobody would ever count the lorries,\" Moreau said.",
        List.of(VOLKOV, MOREAU), "Turkey buys oil from Daesh.", "They thought nobody would ever count the lorries,");
    assertNotEquals(Label.SUPPORT, neutral.get(1).label(), neutral.get(1).toString());
  }

  @Test
  void theTargetsTheyStandsForItsAccusers() {
    String denial = "Oil row\n\nKaya said: \"Turkey has never bought oil from Daesh.\"\n\n";
    Speaker aide = new Speaker("Emre Aksoy", "Aksoy", "Turkey");
    List<Stance> s = classify(denial + "\"They would rather show pictures on television,\" Aksoy said.",
        List.of(KAYA, aide), "Turkey has never bought oil from Daesh.", "They would rather show pictures on television,");
    assertEquals(Label.DENY, s.get(0).label(), s.get(0).toString());
    assertEquals(Label.DENY, s.get(1).label(), s.get(1).toString());
    assertTrue(s.get(1).evidence().startsWith(ArticleStances.ACCUSED_THEY), s.get(1).evidence());
    // a side that has denied nothing in the article lends its "they" no side
    List<Stance> alone = classify("Oil row\n\n\"They would rather show pictures on television,\" Aksoy said.",
        List.of(aide), "They would rather show pictures on television,");
    assertNotEquals(Label.DENY, alone.get(0).label(), alone.get(0).toString());
  }

  @Test
  void theAccusersSideStandingByItsEvidenceSupports() {
    List<Stance> s = classify(ALLEGATION + "\"The photographs are there for everyone to see,\" Petrov said.",
        List.of(VOLKOV, PETROV), "Turkey buys oil from Daesh.", "The photographs are there for everyone to see,");
    assertEquals(Label.SUPPORT, s.get(0).label(), s.get(0).toString());
    assertEquals(Label.SUPPORT, s.get(1).label(), s.get(1).toString());
    assertTrue(s.get(1).evidence().startsWith(ClaimReader.BACKS_EVIDENCE), s.get(1).evidence());
  }

  @Test
  void aWeakerAssertionStillMakesItsSideTheAccusers() {
    // the allegation read without a named agent (confidence 0.7) still puts its speaker's side on the accusing side
    List<Stance> s = classify("Oil row\n\nVolkov said: \"Tanker lorries carry Daesh oil into Turkey every night.\"\n\n"
        + "\"The photographs are there for everyone to see,\" Petrov said.",
        List.of(VOLKOV, PETROV), "Tanker lorries carry Daesh oil into Turkey every night.", "The photographs are there for everyone to see,");
    assertEquals(Label.SUPPORT, s.get(0).label(), s.get(0).toString());
    assertTrue(s.get(0).confidence() < 0.8, s.get(0).toString());
    assertEquals(Label.SUPPORT, s.get(1).label(), s.get(1).toString());
  }

  @Test
  void theSameWordsFromAnotherSideDoNotSupport() {
    // only the side whose own words make the allegation stands by its evidence
    List<Stance> s = classify(ALLEGATION + "\"The photographs are there for everyone to see,\" Kaya said.",
        List.of(VOLKOV, KAYA), "Turkey buys oil from Daesh.", "The photographs are there for everyone to see,");
    assertNotEquals(Label.SUPPORT, s.get(1).label(), s.get(1).toString());
  }

  @Test
  void layingTheEvidenceBeforeOthersMakesTheAllegation() {
    // Moreau's side has said nothing else in the article: handing over the dossier is the allegation
    List<Stance> s = classify(ALLEGATION + "Moreau said the ministry would hand the council its dossier next week.",
        List.of(VOLKOV, MOREAU), "Turkey buys oil from Daesh.", "the ministry would hand the council its dossier next week");
    assertEquals(Label.SUPPORT, s.get(1).label(), s.get(1).toString());
    assertTrue(s.get(1).evidence().startsWith(ClaimReader.BACKS_EVIDENCE), s.get(1).evidence());
    // not by the target's side, not when it is only asked for or refused
    List<Stance> own = classify(ALLEGATION + "Kaya said the ministry would hand the council its dossier next week.",
        List.of(VOLKOV, KAYA), "Turkey buys oil from Daesh.", "the ministry would hand the council its dossier next week");
    assertNotEquals(Label.SUPPORT, own.get(1).label(), own.get(1).toString());
    List<Stance> refused = classify(ALLEGATION + "Moreau said the ministry would never hand the council any dossier.",
        List.of(VOLKOV, MOREAU), "Turkey buys oil from Daesh.", "the ministry would never hand the council any dossier");
    assertNotEquals(Label.SUPPORT, refused.get(1).label(), refused.get(1).toString());
    List<Stance> asked = classify(ALLEGATION + "Moreau urged the ministry to hand the council its dossier.",
        List.of(VOLKOV, MOREAU), "Turkey buys oil from Daesh.", "the ministry to hand the council its dossier");
    assertNotEquals(Label.SUPPORT, asked.get(1).label(), asked.get(1).toString());
  }

  @Test
  void evidenceFoundWantingDenies() {
    List<Stance> s = classify(ALLEGATION + "\"Nothing the Kremlin has shown us so far answers that,\" Moreau said.",
        List.of(VOLKOV, MOREAU), "Turkey buys oil from Daesh.", "Nothing the Kremlin has shown us so far answers that,");
    assertEquals(Label.DENY, s.get(1).label(), s.get(1).toString());
    assertTrue(s.get(1).evidence().startsWith(ClaimReader.DISCREDITS_EVIDENCE), s.get(1).evidence());
  }

  @Test
  void evidenceOfAnotherMatterTakesNoSide() {
    // what the images show is the jet's route, not the claim
    List<Stance> s = classify(ALLEGATION + "\"The images show that the jet never left Syrian airspace,\" Petrov said.",
        List.of(VOLKOV, PETROV), "Turkey buys oil from Daesh.", "The images show that the jet never left Syrian airspace,");
    assertNotEquals(Label.SUPPORT, s.get(1).label(), s.get(1).toString());
    assertNotEquals(Label.DENY, s.get(1).label(), s.get(1).toString());
  }

  @Test
  void evidenceInAnArticleNotAboutTheClaimTakesNoSide() {
    List<Stance> s = classify("Bridge row\n\nVolkov said the bridge would reopen.\n\n"
        + "\"Nothing the council has shown us so far answers that,\" Moreau said.",
        List.of(MOREAU), "Nothing the council has shown us so far answers that,");
    assertEquals(Label.UNRELATED, s.get(0).label(), s.get(0).toString());
  }

  @Test
  void aQuoteAboutTheOilTakesTheSpeakersSide() {
    List<Stance> s = classify("Oil report\n\n" + "Volkov said: \"Turkey buys oil from Daesh.\"\n\n"
        + "Markets were calm on Monday.\n\n"
        + "\"The convoys carry the stolen oil to the ports every night,\" Volkov said.",
        VOLKOV, "Turkey buys oil from Daesh.", "The convoys carry the stolen oil to the ports every night,");
    assertEquals(Label.SUPPORT, s.get(0).label(), s.get(0).toString());
    assertEquals(Label.SUPPORT, s.get(1).label(), s.get(1).toString());
    assertTrue(s.get(1).evidence().startsWith(ArticleStances.SPEAKER_SIDE), s.get(1).evidence());
    assertTrue(s.get(1).confidence() < 0.8, "a lent side is not sure: " + s.get(1));
  }

  @Test
  void aQuoteAboutAnotherPartyKeepsItsOwnStance() {
    List<Stance> s = classify("Oil report\n\n" + "Volkov said: \"Turkey buys oil from Daesh.\"\n\n"
        + "Markets were calm on Monday.\n\n"
        + "\"Omar Haddad spoke about the price of oil,\" Volkov said.",
        VOLKOV, "Turkey buys oil from Daesh.", "Omar Haddad spoke about the price of oil,");
    assertEquals(Label.SUPPORT, s.get(0).label(), s.get(0).toString());
    assertEquals(Label.UNRELATED, s.get(1).label(), s.get(1).toString());
  }

  @Test
  void aQuoteWithoutTheClaimsWordsKeepsItsOwnStance() {
    List<Stance> s = classify("Oil report\n\n" + "Volkov said: \"Turkey buys oil from Daesh.\"\n\n"
        + "Markets were calm on Monday.\n\n"
        + "\"The weather in the capital was fine,\" Volkov said.",
        VOLKOV, "Turkey buys oil from Daesh.", "The weather in the capital was fine,");
    assertEquals(Label.UNRELATED, s.get(1).label(), s.get(1).toString());
  }

  @Test
  void aSpeakerOnBothSidesLendsNoSide() {
    List<Stance> s = classify("Oil report\n\n" + "Volkov said: \"Turkey buys oil from Daesh.\"\n\n"
        + "Later Volkov said: \"Turkey does not buy oil from Daesh.\"\n\n"
        + "Markets were calm on Monday.\n\n"
        + "\"The convoys carry the stolen oil to the ports every night,\" Volkov said.",
        VOLKOV, "Turkey buys oil from Daesh.", "Turkey does not buy oil from Daesh.",
        "The convoys carry the stolen oil to the ports every night,");
    assertEquals(Label.SUPPORT, s.get(0).label(), s.get(0).toString());
    assertEquals(Label.DENY, s.get(1).label(), s.get(1).toString());
    assertTrue(!s.get(2).takesSide(), s.get(2).toString());
  }

  @Test
  void aHeadlineLendsNoSide() {
    List<Stance> s = classify("Turkey buys oil from Daesh: Volkov\n\n"
        + "Markets were calm on Monday.\n\n"
        + "\"The convoys carry the stolen oil to the ports every night,\" Volkov said.",
        VOLKOV, "Turkey buys oil from Daesh", "The convoys carry the stolen oil to the ports every night,");
    assertEquals(Label.SUPPORT, s.get(0).label(), s.get(0).toString());
    assertTrue(!s.get(1).takesSide(), s.get(1).toString());
  }

  @Test
  void anArticleNamingTheTargetAndTheObjectWithItsGoodsIsAboutTheClaim() {
    // no sentence names Turkey and Daesh together, but one names Daesh with its oil: "this trade" refers back
    String about = "Moscow speech\n\n" + "Volkov spoke about Turkey's leaders on Monday.\n\n"
        + "He spoke at length about the money Daesh makes from oil.\n\n"
        + "\"There are people in Ankara who got rich on this trade,\" Volkov said.";
    List<Stance> s = classify(about, VOLKOV, "There are people in Ankara who got rich on this trade,");
    assertEquals(Label.SUPPORT, s.get(0).label(), s.get(0).toString());
    // without the object and its goods, "this trade" refers to nothing the claim is about
    String other = "Moscow speech\n\n" + "Volkov spoke about Turkey's leaders on Monday.\n\n"
        + "He spoke at length about the price of wheat.\n\n"
        + "\"There are people in Ankara who got rich on this trade,\" Volkov said.";
    List<Stance> o = classify(other, VOLKOV, "There are people in Ankara who got rich on this trade,");
    assertTrue(o.get(0).label() != Label.SUPPORT, o.get(0).toString());
  }

  @Test
  void anArticleThatOnlyDescribesTheObjectIsAboutTheClaimWhenOneSentenceHoldsTheGoodsAndTheTarget() {
    // the object is never named: "militants" describe it, the tankers are its goods, Turkish the target
    String about = "Border report\n\n" + "Drone footage shows tankers leaving militant-held wells for the Turkish border.\n\n"
        + "\"There are people in Ankara who got rich on this trade,\" Volkov said.";
    List<Stance> s = classify(about, VOLKOV, "There are people in Ankara who got rich on this trade,");
    assertEquals(Label.SUPPORT, s.get(0).label(), s.get(0).toString());
    // the same description without the goods says nothing of the trade the claim is about
    String other = "Border report\n\n" + "Drone footage shows trucks leaving militant-held villages for the Turkish border.\n\n"
        + "\"There are people in Ankara who got rich on this trade,\" Volkov said.";
    List<Stance> o = classify(other, VOLKOV, "There are people in Ankara who got rich on this trade,");
    assertTrue(o.get(0).label() != Label.SUPPORT, o.get(0).toString());
  }

  @Test
  void aPartialQuoteOnTheEvidenceIsReadWithItsSubjectOutsideTheQuote() {
    String text = "Moscow briefing\n\n"
        + "\"Turkey buys the oil of Daesh,\" Volkov said.\n\n"
        + "The maps shown by the general staff \"leave no room for doubt,\" Volkov said.";
    List<Stance> s = classify(text, VOLKOV, "Turkey buys the oil of Daesh,", "leave no room for doubt,");
    assertEquals(Label.SUPPORT, s.get(0).label(), s.get(0).toString());
    assertEquals(Label.SUPPORT, s.get(1).label(), s.get(1).toString());
  }

  @Test
  void evidenceCalledThinIsFoundWanting() {
    List<Stance> s = classify(ALLEGATION + "\"The Russian evidence is thin,\" Moreau said.",
        List.of(VOLKOV, MOREAU), "Turkey buys oil from Daesh.", "The Russian evidence is thin,");
    assertEquals(Label.DENY, s.get(1).label(), s.get(1).toString());
    assertTrue(s.get(1).evidence().startsWith(ClaimReader.DISCREDITS_EVIDENCE), s.get(1).evidence());
  }

  @Test
  void noPieceOfEvidenceFindsItWanting() {
    // the evidence noun is the "of" phrase of the counted object ("a single piece of evidence")
    List<Stance> s = classify(ALLEGATION + "\"So far I have not seen a single piece of evidence,\" Moreau said.",
        List.of(VOLKOV, MOREAU), "Turkey buys oil from Daesh.", "So far I have not seen a single piece of evidence,");
    assertEquals(Label.DENY, s.get(1).label(), s.get(1).toString());
    assertTrue(s.get(1).evidence().startsWith(ClaimReader.DISCREDITS_EVIDENCE), s.get(1).evidence());
  }

  @Test
  void figuresThatDoNotAddUpAreFoundWanting() {
    List<Stance> s = classify(ALLEGATION + "Moreau said the ministry's figures did not add up.\n\n",
        List.of(VOLKOV, MOREAU), "Turkey buys oil from Daesh.", "the ministry's figures did not add up");
    assertEquals(Label.DENY, s.get(1).label(), s.get(1).toString());
  }

  // --- echo: a crosshead or headline repeating a body quote's words takes that quote's side

  @Test
  void aCrossheadTakesTheSideOfTheQuoteWhoseWordsItRepeats() {
    String text = "Talks resumed in Geneva.\n\n'A caravan of tankers every night'\n\n"
        + "\"Turkey buys oil from Daesh, a caravan of tankers every night,\" Volkov said.\n\n";
    Speaker crosshead = new Speaker("Boris Volkov", "", "Russia").by("crosshead-echo");
    List<Stance> s = classify(text, List.of(crosshead, VOLKOV), List.of("", "say"), "A caravan of tankers every night",
        "Turkey buys oil from Daesh, a caravan of tankers every night,");
    assertEquals(Label.SUPPORT, s.get(1).label(), s.get(1).toString());
    assertEquals(Label.SUPPORT, s.get(0).label(), s.get(0).toString());
    assertTrue(s.get(0).evidence().startsWith(ArticleStances.ECHO), s.get(0).evidence());
    // the same words given to the speaker by another rule are no echo
    Speaker continued = new Speaker("Boris Volkov", "", "Russia").by("turn-continuation");
    s = classify(text, List.of(continued, VOLKOV), List.of("", "say"), "A caravan of tankers every night",
        "Turkey buys oil from Daesh, a caravan of tankers every night,");
    assertTrue(!s.get(0).evidence().startsWith(ArticleStances.ECHO), s.get(0).evidence());
    // a scare-quoted word repeats a word, not a statement
    String word = "Talks resumed in Geneva.\n\n'Tankers'\n\n\"Turkey buys oil from Daesh, tankers every night,\" Volkov said.\n\n";
    s = classify(word, List.of(crosshead, VOLKOV), List.of("", "say"), "Tankers", "Turkey buys oil from Daesh, tankers every night,");
    assertTrue(!s.get(0).evidence().startsWith(ArticleStances.ECHO), s.get(0).evidence());
  }

  // --- continuation: "he added" and cue-less quotes carry on the side of the quote before them

  @Test
  void aQuoteThatGoesOnFromTheSameSpeakersSideTakesIt() {
    String text = ALLEGATION + "\"We will keep our eyes open,\" he added.\n\n";
    List<Stance> added = classify(text, List.of(VOLKOV, VOLKOV), List.of("say", "add"), "Turkey buys oil from Daesh.",
        "We will keep our eyes open,");
    assertEquals(Label.SUPPORT, added.get(1).label(), added.get(1).toString());
    assertTrue(added.get(1).evidence().startsWith(ArticleStances.CONTINUATION), added.get(1).evidence());
    List<Stance> bare = classify(text, List.of(VOLKOV, VOLKOV), List.of("say", ""), "Turkey buys oil from Daesh.",
        "We will keep our eyes open,");
    assertEquals(Label.SUPPORT, bare.get(1).label(), bare.get(1).toString());
    // a new "said" is a new statement; another speaker's quote is no continuation
    List<Stance> said = classify(text, List.of(VOLKOV, VOLKOV), List.of("say", "say"), "Turkey buys oil from Daesh.",
        "We will keep our eyes open,");
    assertNotEquals(Label.SUPPORT, said.get(1).label(), said.get(1).toString());
    List<Stance> other = classify(text, List.of(VOLKOV, MOREAU), List.of("say", "add"), "Turkey buys oil from Daesh.",
        "We will keep our eyes open,");
    assertNotEquals(Label.SUPPORT, other.get(1).label(), other.get(1).toString());
  }

  @Test
  void aQuoteThatOpensWithAContrastBorrowsNoSide() {
    // "But …" sets the quote against the speaker's words before it: neither continuation nor the paragraph lends their side
    String text = ALLEGATION + "\"But the weather will decide it,\" he added.\n\n";
    List<Stance> but = classify(text, List.of(VOLKOV, VOLKOV), List.of("say", "add"), "Turkey buys oil from Daesh.",
        "But the weather will decide it,");
    assertNotEquals(Label.SUPPORT, but.get(1).label(), but.get(1).toString());
    List<Stance> plain = classify(ALLEGATION + "\"The weather will decide it,\" he added.\n\n", List.of(VOLKOV, VOLKOV),
        List.of("say", "add"), "Turkey buys oil from Daesh.", "The weather will decide it,");
    assertEquals(Label.SUPPORT, plain.get(1).label(), plain.get(1).toString());
    // "But to …" is a contrast too; only "yet to" (contrastExceptions) is none
    List<Stance> butTo = classify(ALLEGATION + "\"But to blame the weather is another matter,\" he added.\n\n",
        List.of(VOLKOV, VOLKOV), List.of("say", "add"), "Turkey buys oil from Daesh.", "But to blame the weather is another matter,");
    assertNotEquals(Label.SUPPORT, butTo.get(1).label(), butTo.get(1).toString());
    List<Stance> yetTo = classify(ALLEGATION + "\"Yet to be announced is the date,\" he added.\n\n",
        List.of(VOLKOV, VOLKOV), List.of("say", "add"), "Turkey buys oil from Daesh.", "Yet to be announced is the date,");
    assertEquals(Label.SUPPORT, yetTo.get(1).label(), yetTo.get(1).toString());
  }

  @Test
  void anAppealBorrowsNoSideFromTheParagraph() {
    String text = "Oil row\n\nVolkov said: \"Turkey buys oil from Daesh.\" He urged both capitals \"to talk to each other.\"\n\n";
    List<Stance> urged = classify(text, List.of(VOLKOV, VOLKOV), List.of("say", "urge"), "Turkey buys oil from Daesh.",
        "to talk to each other.");
    assertNotEquals(Label.SUPPORT, urged.get(1).label(), urged.get(1).toString());
    // the same words reported with "said" take the paragraph's side
    List<Stance> said = classify(text, List.of(VOLKOV, VOLKOV), List.of("say", "say"), "Turkey buys oil from Daesh.",
        "to talk to each other.");
    assertEquals(Label.SUPPORT, said.get(1).label(), said.get(1).toString());
  }

  // --- discredits-evidence by exclusion: the evidence shows only what falls short of the claim

  @Test
  void evidenceSaidToShowOnlyLessThanTheClaimIsFoundWanting() {
    String text = ALLEGATION + "Kaya said the satellite images showed \"trucks on a highway, and nothing more.\"\n\n"
        + "Moreau said the photographs \"prove that trucks exist, not who pays for the fuel.\"\n\n";
    List<Stance> s = classify(text, List.of(VOLKOV, KAYA, MOREAU), "Turkey buys oil from Daesh.",
        "trucks on a highway, and nothing more.", "prove that trucks exist, not who pays for the fuel.");
    assertEquals(Label.DENY, s.get(1).label(), s.get(1).toString());
    assertTrue(s.get(1).evidence().startsWith(ClaimReader.DISCREDITS_EVIDENCE), s.get(1).evidence());
    assertEquals(Label.DENY, s.get(2).label(), s.get(2).toString());
    // what the images show, with no exclusion, discredits nothing
    String plain = ALLEGATION + "Kaya said the satellite images showed \"trucks on a highway.\"\n\n";
    List<Stance> p = classify(plain, List.of(VOLKOV, KAYA), "Turkey buys oil from Daesh.", "trucks on a highway.");
    assertNotEquals(Label.DENY, p.get(1).label(), p.get(1).toString());
  }

  // --- answers-question: a quote that answers a question about the claim

  @Test
  void anAnswerToAQuestionAboutTheAllegationsTakesTheSpeakersSide() {
    String text = "Kaya rejects Moscow's oil charges\n\n"
        + "Moscow says Ankara buys oil from ISIS. \"Turkey has never bought a drop of oil from ISIS,\" Kaya said.\n\n"
        + "Asked about the oil allegations at a briefing on Monday, Kaya shrugged. \"We will answer at the council, point by point.\"\n";
    List<Stance> s = classify(text, KAYA, "Turkey has never bought a drop of oil from ISIS",
        "We will answer at the council, point by point.");
    assertEquals(Label.DENY, s.get(0).label(), s.get(0).evidence());
    assertEquals(Label.DENY, s.get(1).label(), s.get(1).evidence());
    assertTrue(s.get(1).evidence().startsWith(ArticleStances.SPEAKER_SIDE), s.get(1).evidence());
  }

  @Test
  void anAnswerToAQuestionAboutAnotherMatterTakesNoSide() {
    String text = "Kaya rejects Moscow's oil charges\n\n"
        + "Moscow says Ankara buys oil from ISIS. \"Turkey has never bought a drop of oil from ISIS,\" Kaya said.\n\n"
        + "Asked about the tourist season at a briefing on Monday, Kaya shrugged. \"We will answer at the council, point by point.\"\n";
    List<Stance> s = classify(text, KAYA, "Turkey has never bought a drop of oil from ISIS",
        "We will answer at the council, point by point.");
    assertEquals(Label.UNRELATED, s.get(1).label(), s.get(1).evidence());
  }

  @Test
  void anAnswerWithNoSideElsewhereDiscussesTheClaim() {
    String text = "Nato keeps out of the oil row\n\n"
        + "Moscow says Ankara buys oil from ISIS.\n\n"
        + "Asked about the Russian accusations, Moreau shrugged. \"We will study what both capitals send us.\"\n";
    List<Stance> s = classify(text, MOREAU, "We will study what both capitals send us.");
    assertEquals(Label.DISCUSS, s.get(0).label(), s.get(0).evidence());
    assertTrue(s.get(0).evidence().startsWith(ArticleStances.ANSWERS_QUESTION), s.get(0).evidence());
  }

  @Test
  void aQuoteAboutTheClaimWithNoPropositionTakesTheSideItsSpeakerTakesInTheParagraph() {
    // the second quote speaks of the claim's matter (a relation word) but the parse reads no proposition in it
    String quote = "has never had a business relationship with any armed group beyond its borders";
    String text = "Kaya rejects Moscow's oil charges\n\n"
        + "\"Turkey has never bought a drop of oil from ISIS,\" Kaya said, adding that Turkey \"" + quote + "\".\n\n";
    List<Stance> s = classify(text, MOREAU, "Turkey has never bought a drop of oil from ISIS", quote);
    assertEquals(Label.DENY, s.get(0).label(), s.get(0).evidence());
    assertEquals(Label.DENY, s.get(1).label(), s.get(1).evidence());
    assertTrue(s.get(1).evidence().startsWith("same speaker, same paragraph"), s.get(1).evidence());
  }
}
