package org.quotestance.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.quotestance.quote.ReportingLexicon;

/**
 * The start-up check that every verb cue of a claim can fire. {@code denyVerbs} and
 * {@code supportVerbs} are compared with one token's lemma, so an entry of several words can
 * never match: an error. They fire in two places: as the quote's own cue ("rejected", a rejecting
 * cue) and on the parse of the quoted words ("we reject the lies that …"). A verb that is not a
 * reporting verb in {@code reporting.json} is never a quote's cue, so it fires only in the second
 * place: a warning, since the claim still works, but its author may expect more of it.
 */
public final class ClaimCues {
  private ClaimCues() {}

  /** Throws on a cue that can never fire; returns one warning line per verb list with verbs that fire only inside quotes. */
  public static List<String> check(Claim claim, ReportingLexicon lexicon) {
    List<String> warnings = new ArrayList<>();
    for (Map.Entry<String, List<String>> list : Map.of("denyVerbs", claim.cues().denyVerbs(),
        "supportVerbs", claim.cues().supportVerbs()).entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
      List<String> notCues = new ArrayList<>();
      for (String verb : list.getValue()) {
        if (verb.strip().contains(" ")) {
          throw new IllegalArgumentException("\"cues." + list.getKey() + "\": '" + verb
              + "' has several words, but a verb cue is compared with one word's lemma; put phrases in denyWords or supportWords");
        }
        if (!lexicon.isReportingVerb(verb.strip().toLowerCase(Locale.ROOT))) {
          notCues.add(verb);
        }
      }
      if (!notCues.isEmpty()) {
        warnings.add("\"cues." + list.getKey() + "\": " + String.join(", ", notCues)
            + (notCues.size() == 1 ? " is not a reporting verb" : " are not reporting verbs")
            + " (reporting.json), so no quote has " + (notCues.size() == 1 ? "it" : "them")
            + " as its cue; they count only inside quoted words");
      }
    }
    return warnings;
  }
}
