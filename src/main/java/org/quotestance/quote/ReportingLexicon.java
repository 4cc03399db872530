package org.quotestance.quote;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.quotestance.config.StrictJson;

/**
 * The reporting vocabulary from {@code quote-stance/reporting.json}: data, not code. Every key is
 * required and no other is allowed, so a misspelt key stops the run instead of leaving a set empty.
 * {@code topicPrepositions} say which prepositions introduce what talk is about, after which
 * verbs ("commented on X", but not "spoke on Monday" or "spoke for five minutes").
 * {@code accordingTo} are the phrases that name a source without a verb ("according to X").
 * {@code headlineVerbs} end a headline after its speaker ("…, Graham Says"), in title case;
 * {@code complementizers} open a reported clause ("said that …"); {@code agentPrepositions} mark a
 * passive's agent ("was told by officials").
 */
public record ReportingLexicon(
    Set<String> verbs, Set<String> needsComplement, Set<String> passiveSourceVerbs,
    Set<String> relayVerbs, Set<String> pronouns, Set<String> descriptionHeads,
    Set<String> institutionHeads, Set<String> objectContentVerbs, Set<String> sourceNouns, Set<String> topicVerbs,
    Set<String> nouns, Map<String, Set<String>> topicPrepositions, Set<String> addresseeVerbs,
    Set<String> anonymousHeads, List<String> accordingTo, Set<String> asClauseVerbs,
    Set<String> epithetMarkers, List<String> headlineVerbs, Set<String> complementizers,
    Set<String> agentPrepositions, Set<String> namingWords, Set<String> voicingVerbs, Set<String> inclusionWords,
    Set<String> postModifierOpeners, Map<String, String> phrasalVerbs)
    implements Serializable {

  public static final String RESOURCE = "/quote-stance/reporting.json";

  public ReportingLexicon {
    verbs = copy(verbs);
    needsComplement = copy(needsComplement);
    passiveSourceVerbs = copy(passiveSourceVerbs);
    relayVerbs = copy(relayVerbs);
    pronouns = copy(pronouns);
    descriptionHeads = copy(descriptionHeads);
    institutionHeads = copy(institutionHeads);
    objectContentVerbs = copy(objectContentVerbs);
    sourceNouns = copy(sourceNouns);
    topicVerbs = copy(topicVerbs);
    nouns = copy(nouns);
    if (topicPrepositions != null) {
      Map<String, Set<String>> out = new LinkedHashMap<>();
      topicPrepositions.forEach((k, v) -> out.put(k, copy(v)));
      topicPrepositions = Map.copyOf(out);
    }
    addresseeVerbs = copy(addresseeVerbs);
    anonymousHeads = copy(anonymousHeads);
    accordingTo = accordingTo == null ? null : List.copyOf(accordingTo);
    asClauseVerbs = copy(asClauseVerbs);
    epithetMarkers = copy(epithetMarkers);
    headlineVerbs = headlineVerbs == null ? null : List.copyOf(headlineVerbs);
    complementizers = copy(complementizers);
    agentPrepositions = copy(agentPrepositions);
    namingWords = copy(namingWords);
    voicingVerbs = copy(voicingVerbs);
    inclusionWords = copy(inclusionWords);
    postModifierOpeners = copy(postModifierOpeners);
    // sorted once, so that the first phrase that matches is the same on every run
    phrasalVerbs = phrasalVerbs == null ? null : Collections.unmodifiableSortedMap(new TreeMap<>(phrasalVerbs));
  }

  public static ReportingLexicon load() {
    return StrictJson.resource(RESOURCE, ReportingLexicon.class);
  }

  /** Null only while StrictJson looks for a misspelt key; load() never returns a null set. */
  private static Set<String> copy(Set<String> words) {
    return words == null ? null : Set.copyOf(words);
  }

  /** Each {@code accordingTo} phrase as its words. */
  public List<List<String>> accordingToWords() {
    return accordingTo.stream().map(p -> List.of(p.strip().split("\\s+"))).toList();
  }

  /** "about X" after any topic verb; "for X" only after "call", "ask", …: see reporting.json. */
  public boolean introducesTopic(String preposition, String verbLemma) {
    Set<String> verbs = topicPrepositions.get(preposition);
    return verbs != null && (verbs.contains("*") || verbs.contains(verbLemma));
  }

  public boolean isReportingVerb(String lemma) {
    return verbs.contains(lemma.toLowerCase(java.util.Locale.ROOT));
  }

  /** "tell", "warn", …: the verb's object is the person spoken to ("told reporters that …"). */
  public boolean isAddresseeVerb(String lemma) {
    return addresseeVerbs.contains(lemma.toLowerCase(java.util.Locale.ROOT));
  }
}
