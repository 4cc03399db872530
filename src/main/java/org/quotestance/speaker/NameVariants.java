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
    // Every apostrophe form is one sign, and it joins ("Ya’alon" = "Ya'alon" = "Yaalon"): split, "Alon"
    // would look like a shorter form of the same name
    String plain = APOSTROPHES.matcher(name).replaceAll("'");
    // NFKD splits accents from letters (ğ, ç, é) and compatibility forms (ligatures, full width);
    // letters of any script are kept, so two Cyrillic or Greek names stay apart
    plain = MARKS.matcher(Normalizer.normalize(plain, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
    plain = unstroke(plain);
    plain = APOSTROPHE.matcher(POSSESSIVE.matcher(plain).replaceAll("")).replaceAll("");
    plain = NOT_NAME.matcher(plain).replaceAll(" ");
    return Arrays.stream(SPACES.split(plain.trim())).filter(t -> !t.isEmpty()).map(NameVariants::fold).toList();
  }

  /** Latin letters that have no decomposition into a base letter and a mark (Kılıç, Łukasz, Søren, Đoković). */
  private static String unstroke(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      int k = STROKED.indexOf(s.charAt(i));
      if (k >= 0) {
        if (b == null) {
          b = new StringBuilder(s);
        }
        b.setCharAt(i, UNSTROKED.charAt(k));
      }
    }
    return b == null ? s : b.toString();
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
  private static final Pattern APOSTROPHES = Pattern.compile("[’‘ʼʻ´`′]");
  private static final Pattern APOSTROPHE = Pattern.compile("'");
  private static final Pattern POSSESSIVE = Pattern.compile("'s\\b");
  private static final Pattern NOT_NAME = Pattern.compile("[^\\p{L}\\p{N} ]");
  private static final String STROKED = "ıłøđħŧ";
  private static final String UNSTROKED = "ilodht";
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern ENCE_END = Pattern.compile("ence$");
  private static final Pattern OUR_END = Pattern.compile("our$");
  private static final Pattern DOUBLED = Pattern.compile("(.)\\1+");
  private static final Pattern I_END = Pattern.compile("(ei|ii|ie)$");
}
