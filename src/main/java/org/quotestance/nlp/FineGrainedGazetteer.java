package org.quotestance.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * CoreNLP's fine-grained NER step ({@code ner.applyFineGrained}: the KBP gazetteers that turn a
 * coarse LOCATION into CITY, COUNTRY or STATE_OR_PROVINCE, and tag TITLE, NATIONALITY, RELIGION,
 * IDEOLOGY, ...), computed with hash lookups instead of TokensRegex.
 *
 * <p>Why: CoreNLP compiles each of the gazetteers' 586,000 lines into a TokensRegex pattern
 * (7 of the 11 seconds of model loading) and runs its general sequence matcher on every pattern a
 * sentence triggers, which was 60% of all annotation time. Every line is a fixed sequence of
 * per-token strings or per-token regular expressions, so an index on one literal token of each
 * line finds the same matches. The selection and overwrite rules below are CoreNLP 4.5's
 * ({@code TokensRegexNERAnnotator}, {@code MultiPatternMatcher.findNonOverlapping}) with its
 * default fine-grained settings; {@code FineGrainedGazetteerTest} checks the tags against
 * CoreNLP's own annotator token by token, and docs/DEVELOPING.md has the corpus-wide comparison.
 *
 * <p>Immutable after loading, so one instance serves every thread.
 */
public final class FineGrainedGazetteer {
  /** CoreNLP's DEFAULT_KBP_TOKENSREGEX_NER_SETTINGS: options before the first file apply to it alone. */
  static final String CASELESS = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab";
  static final String CASED = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_cased.tab";
  private static final Pattern VALID_POS = Pattern.compile("(NN|JJ|ADD).*");
  /** Types that overwrite an existing tag only where the line names it (CoreNLP's default). */
  private static final Set<String> NO_DEFAULT_OVERWRITE = Set.of("CITY");
  /** A token string with none of these is compared as a string, otherwise as a regex (as TokensRegex does). */
  private static final String REGEX_CHARACTERS = "[]?.\\^$()*+{}|";
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private static volatile FineGrainedGazetteer shared;

  /** One gazetteer line. Nodes are Strings (compared as strings) or Patterns (matched whole). */
  private record Entry(int index, Object[] nodes, boolean caseless, String type, Set<String> overwritable,
      double priority, int anchor, String anchorKey, String prefix) {}

  /** A match of one entry at [start, end); {@code order} is CoreNLP's trigger order. */
  private record Match(Entry entry, int start, int end, long order) {
    int length() {
      return end - start;
    }
  }

  private static final Comparator<Match> SELECTION_ORDER = Comparator
      .comparingDouble((Match m) -> -m.entry().priority())
      .thenComparingInt(m -> -m.length())
      .thenComparingLong(Match::order)
      .thenComparingInt(Match::start)
      .thenComparingInt(Match::end);

  private final List<Entry> entries;
  private final Map<String, int[]> casedAnchors;
  private final Map<String, int[]> caselessAnchors;
  /** Lines with no literal token, by the first character their first token must start with. */
  private final Map<String, int[]> casedPrefixes;
  private final Map<String, int[]> caselessPrefixes;
  /** Lines with no literal token and no fixed first character: tried at every token. */
  private final int[] unanchored;
  /** Tags the annotator may always replace: the background symbols, no tag, and its own types. */
  private final Set<String> replaceable;

  private FineGrainedGazetteer(List<Entry> entries) {
    this.entries = entries;
    Map<String, int[]> cased = new HashMap<>(1 << 14);
    Map<String, int[]> caseless = new HashMap<>(1 << 20);
    Map<String, int[]> casedFirst = new HashMap<>();
    Map<String, int[]> caselessFirst = new HashMap<>();
    int[] none = new int[0];
    Set<String> labels = new HashSet<>(Arrays.asList("O", "MISC"));
    for (Entry e : entries) {
      labels.add(e.type());
      if (e.anchor() < 0 && e.prefix().isEmpty()) {
        none = append(none, e.index());
      } else if (e.anchor() < 0) {
        (e.caseless() ? caselessFirst : casedFirst).merge(firstChar(e.prefix(), e.caseless()),
            new int[] {e.index()}, FineGrainedGazetteer::concat);
      } else {
        (e.caseless() ? caseless : cased).merge(e.anchorKey(), new int[] {e.index()}, FineGrainedGazetteer::concat);
      }
    }
    this.casedAnchors = cased;
    this.caselessAnchors = caseless;
    this.casedPrefixes = casedFirst;
    this.caselessPrefixes = caselessFirst;
    this.unanchored = none;
    this.replaceable = labels;
  }

  /** The index key of a word's first character; caseless keys fold case as regex matching does. */
  private static String firstChar(String word, boolean caseless) {
    int c = word.codePointAt(0);
    return Character.toString(caseless ? Character.toLowerCase(Character.toUpperCase(c)) : c);
  }

  /**
   * The literal text a regular expression's every match starts with ("" when unsure): its
   * characters up to the first operator, less one that a quantifier makes optional.
   */
  static String literalPrefix(String regex) {
    if (regex.indexOf('|') >= 0) {
      return "";
    }
    StringBuilder prefix = new StringBuilder();
    int i = 0;
    while (i < regex.length()) {
      char c = regex.charAt(i);
      int next;
      char literal;
      if (c == '\\' && i + 1 < regex.length() && !Character.isLetterOrDigit(regex.charAt(i + 1))) {
        literal = regex.charAt(i + 1);
        next = i + 2;
      } else if (Character.isLetterOrDigit(c) || c == ' ' || c == '-' || c == '\'' || c == '&' || c == '/' || c == ',') {
        literal = c;
        next = i + 1;
      } else {
        break;
      }
      if (next < regex.length() && "?*+{".indexOf(regex.charAt(next)) >= 0) {
        break; // the quantifier may leave this character out
      }
      prefix.append(literal);
      i = next;
    }
    return prefix.toString();
  }

  private static int[] append(int[] a, int value) {
    int[] b = Arrays.copyOf(a, a.length + 1);
    b[a.length] = value;
    return b;
  }

  private static int[] concat(int[] a, int[] b) {
    int[] c = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  /** The gazetteers CoreNLP's fine-grained step uses, loaded once per JVM. */
  public static FineGrainedGazetteer shared() {
    if (shared == null) {
      synchronized (FineGrainedGazetteer.class) {
        if (shared == null) {
          shared = load(List.of(new Source(CASELESS, true), new Source(CASED, false)));
        }
      }
    }
    return shared;
  }

  /** A gazetteer file on the class path; {@code caseless} compares its strings ignoring case. */
  record Source(String resource, boolean caseless) {}

  static FineGrainedGazetteer load(List<Source> sources) {
    List<Entry> entries = new ArrayList<>();
    Map<String, Entry> seen = new HashMap<>(1 << 20);
    // a few dozen distinct values each, shared rather than parsed per line
    Map<String, Set<String>> overwritableSets = new HashMap<>();
    Map<String, String> types = new HashMap<>();
    Map<String, Double> priorities = new HashMap<>();
    for (Source source : sources) {
      InputStream in = FineGrainedGazetteer.class.getClassLoader().getResourceAsStream(source.resource());
      if (in == null) {
        throw new IllegalStateException("gazetteer not on the class path: " + source.resource());
      }
      try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String line;
        int lineNumber = 0;
        while ((line = reader.readLine()) != null) {
          lineNumber++;
          read(line, source, entries, seen, overwritableSets, types, priorities, lineNumber);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read gazetteer " + source.resource(), e);
      }
    }
    return new FineGrainedGazetteer(entries);
  }

  private static void read(String line, Source source, List<Entry> entries, Map<String, Entry> seen,
      Map<String, Set<String>> overwritableSets, Map<String, String> shared, Map<String, Double> priorities,
      int lineNumber) {
    String[] fields = line.split("\t");
    if (fields.length < 2 || fields.length > 5) {
      throw new IllegalStateException(source.resource() + " line " + lineNumber + ": expected 2 to 5 columns");
    }
    String pattern = fields[0].trim();
    if (pattern.startsWith("( ") && pattern.endsWith(" )")) {
      throw new IllegalStateException(source.resource() + " line " + lineNumber + ": TokensRegex lines are not supported");
    }
    if (fields.length > 4 && Integer.parseInt(fields[4].trim()) != 0) {
      throw new IllegalStateException(source.resource() + " line " + lineNumber + ": match groups are not supported");
    }
    String[] parts = WHITESPACE.split(pattern);
    // CoreNLP's duplicate check compares the token strings, lower-cased in a caseless file
    String key = parts.length == 1 ? pattern : String.join("\u0001", parts);
    if (source.caseless()) {
      key = key.toLowerCase(Locale.ROOT);
    }
    String type = shared.computeIfAbsent(fields[1], t -> {
      int comma = t.trim().indexOf(',');
      return comma > 0 ? t.trim().substring(0, comma).trim() : t.trim();
    });
    Set<String> overwritable = fields.length > 2
        ? overwritableSets.computeIfAbsent(fields[2].trim(), f -> Set.copyOf(Arrays.asList(f.split("\\s*,\\s*"))))
        : Set.of();
    double priority = fields.length > 3
        ? priorities.computeIfAbsent(fields[3], f -> Double.parseDouble(f.trim())) : 0.0;
    Entry previous = seen.get(key);
    if (previous != null && priority <= previous.priority()) {
      return; // a duplicate line: CoreNLP keeps the first unless the later one has a higher priority
    }
    int flags = source.caseless() ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
    Object[] nodes = new Object[parts.length];
    int anchor = -1;
    int anchorLength = -1;
    for (int i = 0; i < parts.length; i++) {
      String p = parts[i];
      if (isLiteral(p)) {
        nodes[i] = p;
        // CoreNLP triggers a pattern by its first longest literal token
        int length = p.equals("-LRB-") || p.equals("-RRB-") ? 1 : p.length();
        if (length > anchorLength) {
          anchor = i;
          anchorLength = length;
        }
      } else {
        nodes[i] = Pattern.compile(p, flags);
      }
    }
    String anchorKey = anchor < 0 ? null
        : parts.length == 1 ? key // the same string: half a million single-token lines
        : source.caseless() ? parts[anchor].toLowerCase(Locale.ROOT) : parts[anchor];
    String prefix = anchor < 0 ? literalPrefix(parts[0]) : "";
    Entry entry = new Entry(entries.size(), nodes, source.caseless(), type, overwritable, priority,
        anchor, anchorKey, prefix);
    entries.add(entry);
    seen.put(key, entry);
  }

  private static boolean isLiteral(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (REGEX_CHARACTERS.indexOf(token.charAt(i)) >= 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The fine-grained tags of one sentence.
   *
   * @param words the tokens' text
   * @param tags their part-of-speech tags
   * @param ner their coarse NER tags (not changed)
   * @return the tags after the gazetteers, one per token
   */
  public String[] tag(List<String> words, List<String> tags, List<String> ner) {
    int n = words.size();
    String[] result = ner.toArray(new String[n]);
    String[] lower = new String[n];
    for (int i = 0; i < n; i++) {
      lower[i] = words.get(i).toLowerCase(Locale.ROOT);
    }
    List<Match> matches = new ArrayList<>();
    Map<Integer, List<Integer>> startsByEntry = new HashMap<>();
    for (int j = 0; j < n; j++) {
      collect(casedAnchors.get(words.get(j)), j, words, startsByEntry);
      collect(caselessAnchors.get(lower[j]), j, words, startsByEntry);
      if (!words.get(j).isEmpty()) {
        collectAt(casedPrefixes.get(firstChar(words.get(j), false)), j, words, startsByEntry);
        collectAt(caselessPrefixes.get(firstChar(words.get(j), true)), j, words, startsByEntry);
      }
    }
    for (int index : unanchored) {
      Entry e = entries.get(index);
      for (int start = 0; start + e.nodes().length <= n; start++) {
        if (matches(e, words, start)) {
          startsByEntry.computeIfAbsent(index, k -> new ArrayList<>()).add(start);
        }
      }
    }
    for (Map.Entry<Integer, List<Integer>> found : startsByEntry.entrySet()) {
      Entry e = entries.get(found.getKey());
      long order = triggerOrder(e, words, lower);
      List<Integer> starts = found.getValue();
      starts.sort(null);
      int end = -1;
      for (int start : starts) {
        // one pattern's matches do not overlap each other: its search goes on after a match
        if (start >= end) {
          end = start + e.nodes().length;
          matches.add(new Match(e, start, end, order));
        }
      }
    }
    matches.sort(SELECTION_ORDER);
    boolean[] taken = new boolean[n];
    List<Match> chosen = new ArrayList<>();
    for (Match m : matches) {
      boolean free = true;
      for (int i = m.start(); i < m.end() && free; i++) {
        free = !taken[i];
      }
      if (free) {
        Arrays.fill(taken, m.start(), m.end(), true);
        chosen.add(m);
      }
    }
    chosen.sort(Comparator.comparingInt(Match::start).thenComparingInt(Match::end));
    for (Match m : chosen) {
      if (validPos(tags, m.start(), m.end()) && mayOverwrite(m.entry(), result, m.start(), m.end())) {
        Arrays.fill(result, m.start(), m.end(), m.entry().type());
      }
    }
    return result;
  }

  private void collect(int[] candidates, int j, List<String> words, Map<Integer, List<Integer>> startsByEntry) {
    if (candidates == null) {
      return;
    }
    for (int index : candidates) {
      Entry e = entries.get(index);
      int start = j - e.anchor();
      if (start >= 0 && start + e.nodes().length <= words.size() && matches(e, words, start)) {
        startsByEntry.computeIfAbsent(index, k -> new ArrayList<>(1)).add(start);
      }
    }
  }

  /** Lines without a literal token whose first token may start at {@code start}. */
  private void collectAt(int[] candidates, int start, List<String> words, Map<Integer, List<Integer>> startsByEntry) {
    if (candidates == null) {
      return;
    }
    for (int index : candidates) {
      Entry e = entries.get(index);
      if (start + e.nodes().length <= words.size()
          && words.get(start).regionMatches(e.caseless(), 0, e.prefix(), 0, e.prefix().length())
          && matches(e, words, start)) {
        startsByEntry.computeIfAbsent(index, k -> new ArrayList<>(1)).add(start);
      }
    }
  }

  private static boolean matches(Entry e, List<String> words, int start) {
    Object[] nodes = e.nodes();
    for (int k = 0; k < nodes.length; k++) {
      String word = words.get(start + k);
      Object node = nodes[k];
      boolean ok = node instanceof String s
          ? (e.caseless() ? s.equalsIgnoreCase(word) : s.equals(word))
          : ((Pattern) node).matcher(word).matches();
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /**
   * CoreNLP's tie-break between equally long matches of equal priority: the order in which the
   * sentence's tokens triggered the patterns (unanchored patterns first, then by the first token
   * that triggers each; at one token, case-sensitive lines before caseless ones, then file order).
   */
  private long triggerOrder(Entry e, List<String> words, String[] lower) {
    if (e.anchor() < 0) {
      return e.index();
    }
    int first = 0;
    while (first < words.size()
        && !(e.caseless() ? lower[first].equals(e.anchorKey()) : words.get(first).equals(e.anchorKey()))) {
      first++;
    }
    long group = e.caseless() ? 2 : 1;
    return ((long) (first + 1) << 42) | (group << 40) | e.index();
  }

  private static boolean validPos(List<String> tags, int start, int end) {
    for (int i = start; i < end; i++) {
      String pos = tags.get(i);
      if (pos != null && VALID_POS.matcher(pos).matches()) {
        return true;
      }
    }
    return false;
  }

  /** CoreNLP's rule for replacing the tags a span already has. */
  private boolean mayOverwrite(Entry entry, String[] ner, int start, int end) {
    boolean allLocations = true;
    for (int i = start; i < end && allLocations; i++) {
      allLocations = "LOCATION".equals(ner[i]) || "GPE".equals(ner[i]);
    }
    if (allLocations) {
      return true;
    }
    String startNer = ner[start];
    String endNer = ner[end - 1];
    // a span that cuts across an entity already recognised leaves it alone
    if (startNer != null && !replaceable.contains(startNer) && start > 0 && startNer.equals(ner[start - 1])) {
      return false;
    }
    if (endNer != null && !replaceable.contains(endNer) && end < ner.length && endNer.equals(ner[end])) {
      return false;
    }
    if (startNer == null) {
      return true;
    }
    for (int i = start + 1; i < end; i++) {
      if (!startNer.equals(ner[i])) {
        return true;
      }
    }
    if (entry.overwritable().contains(startNer)) {
      return true;
    }
    return !NO_DEFAULT_OVERWRITE.contains(entry.type()) && replaceable.contains(startNer);
  }
}
