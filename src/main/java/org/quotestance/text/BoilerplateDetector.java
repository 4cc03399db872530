package org.quotestance.text;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.quotestance.config.StrictJson;

/**
 * Marks paragraphs an outlet adds around a story: photo captions and credits, navigation, share
 * bars, repeated blocks, related-article teasers and donation or newsletter appeals. It works from
 * structure, repetition, position and the wording typical of appeals (lexicon in
 * {@code quote-stance/boilerplate.json}), never from strings of particular sites.
 */
public final class BoilerplateDetector implements Serializable {
  private final List<String> appealPhrases;
  private final List<Pattern> captionPatterns;
  private final List<Pattern> navigationPatterns;
  private final int shortParagraphWords;
  private final int shortAppealWords;
  private final int captionMaxWords;
  private final double tailMinBoilerplateShare;
  private final OutletDetector outlets;
  private final Set<String> outletVoiceWords;
  private final Set<String> readerVoiceWords;

  /** {@code quote-stance/boilerplate.json}, every key required. */
  public record Config(List<String> appealPhrases, List<String> captionPatterns, List<String> navigationPatterns,
      int shortParagraphWords, double tailMinBoilerplateShare, int shortAppealWords, int captionMaxWords,
      List<String> outletArticles, List<String> outletNonNames, List<String> outletVoiceWords,
      List<String> readerVoiceWords) {}

  public static final String RESOURCE = "/quote-stance/boilerplate.json";

  private BoilerplateDetector(Config config) {
    appealPhrases = List.copyOf(config.appealPhrases());
    captionPatterns = config.captionPatterns().stream().map(Pattern::compile).toList();
    navigationPatterns = config.navigationPatterns().stream().map(Pattern::compile).toList();
    shortParagraphWords = config.shortParagraphWords();
    shortAppealWords = config.shortAppealWords();
    captionMaxWords = config.captionMaxWords();
    tailMinBoilerplateShare = config.tailMinBoilerplateShare();
    outlets = new OutletDetector(config.outletArticles(), config.outletNonNames());
    outletVoiceWords = Set.copyOf(config.outletVoiceWords());
    readerVoiceWords = Set.copyOf(config.readerVoiceWords());
  }

  /** The publisher named by the boilerplate {@link #classify} found, or "" (see {@link OutletDetector}). */
  String outlet(List<String> paragraphs, Kind[] kinds) {
    return outlets.detect(paragraphs, kinds);
  }

  public static BoilerplateDetector load() {
    return new BoilerplateDetector(StrictJson.resource(RESOURCE, Config.class));
  }

  /**
   * What a paragraph is: story text, or one of the kinds of boilerplate. REPEATED recurs within the
   * article; OUTLET_REPEATED recurs across the articles of its outlet (set by cleaning from the
   * corpus-level count, {@link OutletRepeats}, never by {@link #classify}).
   */
  public enum Kind {
    CONTENT, APPEAL, CAPTION, NAVIGATION, REPEATED, OUTLET_REPEATED;

    public boolean isBoilerplate() {
      return this != CONTENT;
    }
  }

  /** One kind per paragraph. Paragraphs are whitespace-normalised. */
  public Kind[] classify(List<String> paragraphs) {
    int n = paragraphs.size();
    Kind[] kinds = new Kind[n];
    boolean[] boilerplate = new boolean[n];
    boolean[] appeal = new boolean[n];
    boolean[] readerAddress = new boolean[n];
    Set<String> seen = new HashSet<>();
    int title = titleIndex(paragraphs);
    for (int i = 0; i < n; i++) {
      String p = paragraphs.get(i);
      readerAddress[i] = !hasQuoteMark(p) && addressesTheReader(p);
      appeal[i] = isAppeal(p, readerAddress[i]);
      boolean repeated = !seen.add(p.toLowerCase(Locale.ROOT)) && words(p) > 3;
      kinds[i] = appeal[i] ? Kind.APPEAL : repeated ? Kind.REPEATED : isCaption(p) ? Kind.CAPTION
          : isNavigation(p, i == title) ? Kind.NAVIGATION : Kind.CONTENT;
      boilerplate[i] = kinds[i].isBoilerplate();
    }
    markAppealTail(boilerplate, appeal, readerAddress);
    markTrailingIntroductions(paragraphs, boilerplate);
    for (int i = 0; i < n; i++) {
      if (boilerplate[i] && kinds[i] == Kind.CONTENT) {
        kinds[i] = Kind.APPEAL;
      }
    }
    return kinds;
  }

  private boolean isAppeal(String p) {
    return isAppeal(p, !hasQuoteMark(p) && addressesTheReader(p));
  }

  /** {@code readerAddress}: the paragraph, outside quote marks, is the outlet speaking to its reader. */
  private boolean isAppeal(String p, boolean readerAddress) {
    String lower = p.toLowerCase(Locale.ROOT);
    List<String> found = appealPhrases.stream().filter(lower::contains).toList();
    // "subscribers" matches "subscribe" and "subscriber": overlapping phrases count once.
    long hits = found.stream().filter(f -> found.stream().noneMatch(g -> !g.equals(f) && g.contains(f))).count();
    if (hasQuoteMark(p)) {
      return hits >= 3; // a quote that mentions subscribers is still a quote
    }
    hits += readerAddress ? 1 : 0;
    return hits >= 2 || (hits == 1 && words(p) <= shortAppealWords);
  }

  /**
   * Outside quote marks, a story reports in the third person; a paragraph in which "we" speak to
   * "you" ("we count on your help", "thank you for reading us") is the outlet addressing its
   * reader. Callers have ruled out quote marks. "US" in capitals is a country, not a pronoun.
   */
  private boolean addressesTheReader(String p) {
    boolean outletVoice = false;
    boolean readerVoice = false;
    int start = -1;
    for (int i = 0; i <= p.length(); i++) {
      boolean letter = i < p.length() && Character.isLetter(p.codePointAt(i));
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        String token = p.substring(start, i);
        start = -1;
        if (token.length() > 1 && token.equals(token.toUpperCase(Locale.ROOT))) {
          continue;
        }
        String lower = token.toLowerCase(Locale.ROOT);
        outletVoice |= outletVoiceWords.contains(lower);
        readerVoice |= readerVoiceWords.contains(lower);
      }
      if (i < p.length() && Character.isSupplementaryCodePoint(p.codePointAt(i))) {
        i++;
      }
    }
    return outletVoice && readerVoice;
  }

  /**
   * A caption is short and quotes no one: "Gov. Ann Lee (R) said it would be "unwise" …"
   * is a story paragraph even though "(R)" also marks a position in a photo.
   */
  private boolean isCaption(String p) {
    return words(p) <= captionMaxWords && !hasQuoteMark(p) && captionPatterns.stream().anyMatch(pattern -> pattern.matcher(p).find());
  }

  /** Short lines without sentence punctuation are menus, widgets and credits; the title is exempt. */
  private boolean isNavigation(String p, boolean isTitle) {
    if (navigationPatterns.stream().anyMatch(pattern -> pattern.matcher(p).find())) {
      return true;
    }
    if (isTitle) {
      return false;
    }
    boolean endsLikeSentence = !p.isEmpty() && SENTENCE_END.indexOf(p.charAt(p.length() - 1)) >= 0;
    if (words(p) <= shortParagraphWords && !endsLikeSentence) {
      return true;
    }
    return looksLikeTeaserHeadline(p);
  }

  /** A Title Case line inside the story, without final punctuation, is a related-article teaser. */
  private static boolean looksLikeTeaserHeadline(String p) {
    if (words(p) > 16) {
      return false; // a story paragraph, the common case, without splitting it
    }
    String[] tokens = p.split("\\s+");
    if (tokens.length < 4 || tokens.length > 16 || !p.isEmpty() && HEADLINE_END.indexOf(p.charAt(p.length() - 1)) >= 0) {
      return false;
    }
    // Title Case leaves short function words ("to", "on", "of") in lower case.
    int content = 0;
    int capitalised = 0;
    for (String t : tokens) {
      if (t.length() > 3) {
        content++;
        capitalised += Character.isUpperCase(t.charAt(0)) ? 1 : 0;
      }
    }
    return content >= 3 && capitalised >= 0.8 * content;
  }

  /**
   * From an appeal in the second half on, a tail that is mostly boilerplate, or the outlet speaking
   * to its reader, is all boilerplate.
   */
  private void markAppealTail(boolean[] boilerplate, boolean[] appeal, boolean[] readerAddress) {
    int n = boilerplate.length;
    for (int start = n / 2; start < n; start++) {
      if (!appeal[start]) {
        continue;
      }
      int marked = 0;
      for (int j = start; j < n; j++) {
        marked += boilerplate[j] || readerAddress[j] ? 1 : 0;
      }
      if (marked >= tailMinBoilerplateShare * (n - start)) {
        for (int j = start; j < n; j++) {
          boilerplate[j] = true;
        }
        return;
      }
    }
  }

  /** "… at the following addresses:" followed only by boilerplate introduces that boilerplate. */
  private static void markTrailingIntroductions(List<String> paragraphs, boolean[] boilerplate) {
    int last = boilerplate.length - 1;
    while (last >= 0 && boilerplate[last]) {
      last--;
    }
    if (last >= 0 && last < boilerplate.length - 1 && paragraphs.get(last).endsWith(":")) {
      boilerplate[last] = true;
    }
  }

  /** The headline: the first paragraph of some length that is neither appeal nor menu. */
  public int titleIndex(List<String> paragraphs) {
    for (int i = 0; i < paragraphs.size(); i++) {
      String p = paragraphs.get(i);
      if (words(p) > 3 && !isAppeal(p) && navigationPatterns.stream().noneMatch(pt -> pt.matcher(p).find())) {
        return i;
      }
    }
    return -1;
  }

  /** The words of the stripped paragraph: runs of characters other than ASCII white space (as split at {@code \\s+}). */
  static int words(String p) {
    String t = p.strip();
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
      count += !space && !inWord ? 1 : 0;
      inWord = !space;
    }
    return count;
  }

  static boolean hasQuoteMark(String p) {
    for (int i = 0; i < p.length(); i++) {
      if (QUOTE_MARKS.indexOf(p.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static final String QUOTE_MARKS = "\"“”«»„";
  private static final String SENTENCE_END = ".!?:\"”’'»)";
  private static final String HEADLINE_END = ".!?:\"”";
}
