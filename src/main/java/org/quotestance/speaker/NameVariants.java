package org.quotestance.speaker;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells whether two names can denote the same person: equal after folding accents,
 * transliteration and spelling variants (Sergei/Sergey, Defence/Defense) and case, or one is the other with names dropped
 * (Erdogan, Recep Erdogan, Recep Tayyip Erdogan) as long as the surnames agree.
 */
public final class NameVariants {
  private NameVariants() {}

  public static boolean compatible(String a, String b) {
    List<String> x = tokens(a);
    List<String> y = tokens(b);
    if (x.isEmpty() || y.isEmpty()) {
      return false;
    }
    if (!x.get(x.size() - 1).equals(y.get(y.size() - 1))) {
      return false;
    }
    List<String> shorter = x.size() <= y.size() ? x : y;
    List<String> longer = x.size() <= y.size() ? y : x;
    return longer.containsAll(shorter);
  }

  /** Folded tokens of a name: lower case, no accents or punctuation, spelling variants unified. */
  public static List<String> tokens(String name) {
    // Called for every pair of mentions an article compares: memoised, and the patterns compiled once
    if (TOKENS.size() > MAX_MEMO) {
      TOKENS.clear();
    }
    return TOKENS.computeIfAbsent(name, NameVariants::computeTokens);
  }

  private static List<String> computeTokens(String name) {
    String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    plain = NOT_NAME.matcher(POSSESSIVE.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("")).replaceAll(" ");
    return Arrays.stream(SPACES.split(plain.trim())).filter(t -> !t.isEmpty()).map(NameVariants::fold).toList();
  }

  private static String fold(String token) {
    // British and American spellings are one name: "Defence Ministry" = "Defense Ministry"
    String t = OUR_END.matcher(ENCE_END.matcher(token).replaceAll("ense")).replaceAll("or")
        .replace("kh", "h").replace("y", "i").replace("ou", "u").replace("w", "v");
    t = DOUBLED.matcher(t).replaceAll("$1");
    return I_END.matcher(t).replaceAll("i");
  }

  private static final int MAX_MEMO = 200_000;
  private static final java.util.Map<String, List<String>> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern POSSESSIVE = Pattern.compile("['’]s\\b");
  private static final Pattern NOT_NAME = Pattern.compile("[^a-z0-9 ]");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern ENCE_END = Pattern.compile("ence$");
  private static final Pattern OUR_END = Pattern.compile("our$");
  private static final Pattern DOUBLED = Pattern.compile("(.)\\1+");
  private static final Pattern I_END = Pattern.compile("(ei|ii|ie)$");
}
