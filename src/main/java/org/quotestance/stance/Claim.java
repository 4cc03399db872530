package org.quotestance.stance;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.quotestance.config.StrictJson;
import org.quotestance.speaker.KnownSpeakers;

/**
 * A claim that stance is measured against, as written in {@code pipelines/*.json}: who it is about
 * (target), what they are said to relate to (object), the relation, words that refer back to the
 * claim, the cue lexicons of each stance, and optionally known speakers. The structural fields are
 * optional: {@code objectRequired} lists the relation words that only count with the object (or the
 * goods) as their argument ("support ISIS", not "support the territorial integrity of Turkey");
 * {@code goods} are what the relation trades in ("oil"), standing for the object in an article about
 * the claim; {@code objectReferences} are descriptions that refer to the object once the article
 * names it ("the terrorist group"); {@code contrary} are predicates that say the opposite of the
 * relation when the target does them to the object ("fight", "against", "seize"); {@code exchange}
 * are relation words of a trade, which either side may do ("Daesh sells oil to Ankara");
 * {@code targetReferences} are words that stand for the target in an article about the claim
 * ("the campaign", "the candidate"), whole words; {@code passages} are nouns for where the goods
 * would pass under the target's control ("border", "crossing"). A key
 * none of these records has is an error (a misspelt optional list would otherwise be ignored).
 */
public record Claim(
    String id, String statement, Entity target, ObjectEntity object, List<String> relation,
    List<String> claimReferences, Cues cues, List<KnownSpeakers.Entry> speakers, List<String> objectRequired,
    List<String> goods, List<String> objectReferences, List<String> contrary, List<String> exchange,
    List<String> targetReferences, List<String> passages)
    implements Serializable {

  public record Entity(String name, List<String> aliases) implements Serializable {}

  /**
   * The claim's object. {@code ownedByTarget}: the object is the target's own ("her health"), so in an
   * article about the claim a mention of it that no other party owns is the target's ("the pneumonia
   * was mild").
   */
  public record ObjectEntity(String name, List<String> aliases, Boolean ownedByTarget) implements Serializable {
    public boolean owned() {
      return Boolean.TRUE.equals(ownedByTarget);
    }
  }

  public record Cues(
      List<String> denyVerbs, List<String> denyWords, List<String> supportVerbs, List<String> supportWords,
      List<String> proofWords, List<String> consequenceWords, List<String> conditionWords,
      List<String> negationWords) implements Serializable {}

  public static Claim parse(byte[] json) throws IOException {
    Claim claim = StrictJson.parse("claim file", json, Claim.class);
    claim.validate();
    return claim;
  }

  private void validate() {
    require(id != null && !id.isBlank(), "\"id\" is missing");
    require(target != null && target.aliases() != null && !target.aliases().isEmpty(), "\"target.aliases\" is missing");
    require(object != null && object.aliases() != null && !object.aliases().isEmpty(), "\"object.aliases\" is missing");
    require(relation != null, "\"relation\" is missing");
    require(cues != null, "\"cues\" is missing");
    require(cues.denyVerbs() != null && cues.supportVerbs() != null && cues.denyWords() != null,
        "\"cues\" needs denyVerbs, denyWords and supportVerbs");
    for (List<String> list : java.util.Arrays.asList(target.aliases(), object.aliases(), relation, claimReferences,
        objectRequired, goods, objectReferences, contrary, exchange, targetReferences, passages, cues.denyVerbs(), cues.denyWords(), cues.supportVerbs(),
        cues.supportWords(), cues.proofWords(), cues.consequenceWords(), cues.conditionWords(), cues.negationWords())) {
      require(list == null || list.stream().allMatch(w -> w != null && !w.isBlank()), "a word list holds an empty or null item");
    }
  }

  private static void require(boolean ok, String message) {
    if (!ok) {
      throw new IllegalArgumentException("claim file: " + message);
    }
  }

  static List<String> orEmpty(List<String> list) {
    return list == null ? List.of() : list;
  }

  public KnownSpeakers knownSpeakers() {
    return new KnownSpeakers(speakers == null ? List.of() : speakers);
  }
}
