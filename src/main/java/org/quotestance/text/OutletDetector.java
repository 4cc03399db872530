package org.quotestance.text;

import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses the publisher from the boilerplate it adds: the capitalised name repeated across its
 * appeals and menus ("Support The Valley Ledger!", "A Message from The Valley Ledger:"), or the
 * credit at the end of its captions ("… - Acme International"). Transcripts repeat short
 * paragraphs too, so bracketed stage directions ("(CROSSTALK)", "[LAUGHTER]"), speaker labels
 * ("WALLACE:") and long words in capitals are never taken for a name; acronyms (up to five
 * capitals) still are.
 */
final class OutletDetector implements Serializable {
  /** A name: up to four capitalised words, after an article that is not part of it ("The Valley Ledger"). */
  private final Pattern namePattern;
  /** boilerplate.json's outletArticles ("The") and outletNonNames (capitalised words of any appeal: "Share", "Dear"). */
  private final Set<String> articles;
  private final Set<String> generic;
  private static final Pattern BRACKETED = Pattern.compile("[(\\[][^()\\[\\]]*[)\\]]");
  private static final Pattern SPEAKER_LABEL = Pattern.compile("^\\W*\\p{Lu}[\\p{Lu}\\s.'-]*:");
  private static final int MAX_ACRONYM = 5;
  private static final Pattern CAPTION_CREDIT = Pattern.compile("\\s-\\s((?:[A-Z][\\p{L}]+ ?){1,4})$");

  OutletDetector(List<String> articles, List<String> nonNames) {
    this.articles = Set.copyOf(articles);
    this.generic = Set.copyOf(nonNames);
    String article = articles.isEmpty() ? ""
        : "(?:(?:" + String.join("|", articles.stream().map(Pattern::quote).toList()) + ") )?";
    namePattern = Pattern.compile(article + "[A-Z][\\p{L}]+(?: [A-Z][\\p{L}]+){0,3}");
  }

  String detect(List<String> paragraphs, BoilerplateDetector.Kind[] kinds) {
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      String p = paragraphs.get(i);
      if (kinds[i] == BoilerplateDetector.Kind.CAPTION) {
        Matcher credit = CAPTION_CREDIT.matcher(p);
        if (credit.find()) {
          counts.merge(credit.group(1).strip(), 2, Integer::sum);
        }
      } else if (kinds[i] == BoilerplateDetector.Kind.APPEAL || kinds[i] == BoilerplateDetector.Kind.NAVIGATION) {
        Set<String> inParagraph = new HashSet<>();
        String words = SPEAKER_LABEL.matcher(BRACKETED.matcher(p).replaceAll(" ")).replaceFirst(" ");
        Matcher m = namePattern.matcher(words);
        while (m.find()) {
          collectPrefixes(m.group(), inParagraph);
        }
        inParagraph.forEach(name -> counts.merge(name, 1, Integer::sum));
      }
    }
    String best = "";
    int bestCount = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      String name = e.getKey();
      int count = e.getValue();
      if (count < 2 || generic.contains(name) || shouted(name)) {
        continue; // a name the outlet repeats, not one that happens to appear once
      }
      boolean better = count > bestCount || (count == bestCount
          && (name.length() > best.length() || (name.length() == best.length() && name.compareTo(best) < 0)));
      if (better) {
        best = name;
        bestCount = count;
      }
    }
    return best;
  }

  /** A word in capitals longer than an acronym: a stage direction or a shout, not a publisher. */
  private static boolean shouted(String name) {
    for (String word : name.split(" ")) {
      if (word.length() > MAX_ACRONYM && word.equals(word.toUpperCase(java.util.Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** "Metro TV News Live" also counts as "Metro TV" and "Metro TV News". */
  private void collectPrefixes(String name, Set<String> out) {
    String[] words = name.split(" ");
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < words.length; k++) {
      sb.append(k == 0 ? "" : " ").append(words[k]);
      if (!(k == 0 && articles.contains(words[k]))) {
        out.add(sb.toString());
      }
    }
  }
}
