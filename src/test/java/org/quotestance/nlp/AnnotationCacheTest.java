package org.quotestance.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stored form and the cache folder: round trip, damaged entries, concurrent runs, the size bound. */
class AnnotationCacheTest {

  /** A text with the shapes the format must keep: two sentences, non-ASCII words, a root, an unpaired surrogate. */
  static ParsedText sample(String suffix) {
    String text = "Erdoğan said “no”.\n\nIt \uD800 ends" + suffix;
    List<Token> first = List.of(
        new Token(0, "Erdoğan", "Erdoğan", "NNP", "PERSON", 0, 7, 1, "nsubj"),
        new Token(1, "said", "say", "VBD", "O", 8, 12, -1, "root"),
        new Token(2, "“", "“", "``", "O", 13, 14, 3, "punct"),
        new Token(3, "no", "no", "UH", "O", 14, 16, 1, "ccomp"),
        new Token(4, "”", "”", "''", "O", 16, 17, 3, "punct"),
        new Token(5, ".", ".", ".", "O", 17, 18, 1, "punct"));
    List<Token> second = List.of(
        new Token(0, "It", "it", "PRP", "O", 20, 22, 2, "nsubj"),
        new Token(1, "\uD800", "\uD800", "SYM", "O", 23, 24, 2, "dep"),
        new Token(2, "ends" + suffix, "end", "VBZ", "O", 25, 29 + suffix.length(), -1, "root"));
    return new ParsedText(text, List.of(new Sentence(0, 0, first), new Sentence(1, 1, second)));
  }

  @Test
  @Tag("unit")
  void storedFormRoundTripsToEqualObjects() throws IOException {
    ParsedText parsed = sample("");
    byte[] key = AnnotationCache.key(parsed.text());
    byte[] stored = AnnotationFormat.encode(key, parsed);
    assertEquals(parsed, new ParsedText(parsed.text(), AnnotationFormat.decode(stored, key, parsed.text())));
  }

  @Test
  @Tag("integration") // CoreNLP
  void realAnnotationOfASeedArticleRoundTrips() throws IOException {
    String text;
    try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
      Path first = seeds.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
      text = Files.readString(first);
    }
    ParsedText parsed = NlpAnnotator.annotate(text);
    byte[] key = AnnotationCache.key(text);
    byte[] stored = AnnotationFormat.encode(key, parsed);
    assertEquals(parsed, new ParsedText(text, AnnotationFormat.decode(stored, key, text)));
    ByteArrayOutputStream serialised = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(serialised)) {
      out.writeObject(new ArrayList<>(parsed.sentences()));
    }
    // compact: about a quarter of what Java serialisation of the same records takes (measured 5,961 vs 23,494 bytes)
    assertTrue(stored.length * 3 < serialised.size(), stored.length + " bytes, serialised " + serialised.size());
  }

  @Test
  @Tag("unit")
  void theKeyDependsOnTheTextOnly() {
    assertArrayEquals(AnnotationCache.key("a text"), AnnotationCache.key("a text"));
    assertNotEquals(Arrays.toString(AnnotationCache.key("a text")), Arrays.toString(AnnotationCache.key("a text ")));
    // unpaired surrogates are different texts, not one replacement character
    assertNotEquals(Arrays.toString(AnnotationCache.key("\uD800")), Arrays.toString(AnnotationCache.key("\uD801")));
  }

  private static void assertArrayEquals(byte[] a, byte[] b) {
    assertTrue(Arrays.equals(a, b));
  }

  @Test
  @Tag("unit")
  void aDamagedEntryIsAMissAndIsRewritten(@TempDir Path dir) throws IOException {
    ParsedText parsed = sample("");
    String text = parsed.text();
    byte[] key = AnnotationCache.key(text);
    byte[] good = AnnotationFormat.encode(key, parsed);
    byte[] flipped = good.clone();
    flipped[good.length / 2] ^= 0x10;
    byte[] otherKey = AnnotationFormat.encode(AnnotationCache.key("other"), parsed);
    List<byte[]> damaged = List.of(new byte[0], Arrays.copyOf(good, good.length - 1), Arrays.copyOf(good, 20),
        flipped, otherKey, "garbage, not an entry".getBytes(StandardCharsets.UTF_8));
    for (byte[] bad : damaged) {
      AnnotationCache cache = AnnotationCache.separate(new AnnotationCache.Settings(dir.toString(), 1 << 20));
      Files.createDirectories(cache.path(key).getParent());
      Files.write(cache.path(key), bad);
      assertEquals(Optional.empty(), cache.get(key, text));
      AtomicInteger annotated = new AtomicInteger();
      assertEquals(parsed, cache.annotate(text, t -> {
        annotated.incrementAndGet();
        return parsed;
      }));
      assertEquals(1, annotated.get(), "a damaged entry must be annotated again");
      assertEquals(parsed, cache.annotate(text, t -> {
        throw new AssertionError("the rewritten entry must be a hit");
      }));
    }
    // The stored text length guards against a key whose text differs (it cannot, short of SHA-256 collisions).
    assertThrows(IOException.class, () -> AnnotationFormat.decode(good, key, text + "x"));
  }

  @Test
  @Tag("unit")
  void twoRunsWritingAndReadingTheSameKeysAtOnce(@TempDir Path dir) throws Exception {
    AnnotationCache.Settings settings = new AnnotationCache.Settings(dir.toString(), 1 << 30);
    // Two cache objects, as two JVMs would have, with four threads each on the same 20 texts.
    List<AnnotationCache> runs = List.of(AnnotationCache.separate(settings), AnnotationCache.separate(settings));
    List<ParsedText> texts = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      texts.add(sample(Integer.toString(i)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
    List<Future<?>> done = new ArrayList<>();
    for (int thread = 0; thread < 8; thread++) {
      AnnotationCache cache = runs.get(thread % 2);
      int offset = thread;
      done.add(pool.submit(() -> {
        start.await();
        for (int round = 0; round < 10; round++) {
          for (int i = 0; i < texts.size(); i++) {
            ParsedText expected = texts.get((i + offset) % texts.size());
            byte[] key = AnnotationCache.key(expected.text());
            Optional<ParsedText> seen = cache.get(key, expected.text());
            if (seen.isPresent() && !seen.get().equals(expected)) {
              wrong.add(expected.text());
            }
            cache.put(key, expected);
          }
        }
        return null;
      }));
    }
    start.countDown();
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();
    assertEquals(List.of(), List.copyOf(wrong), "a reader saw a partial or foreign entry");
    for (ParsedText expected : texts) {
      assertEquals(Optional.of(expected), runs.get(0).get(AnnotationCache.key(expected.text()), expected.text()));
    }
    try (Stream<Path> files = Files.walk(dir)) {
      assertFalse(files.anyMatch(f -> f.getFileName().toString().endsWith(".tmp")), "temporary files left behind");
    }
  }

  @Test
  @Tag("unit")
  void evictionDeletesTheLeastRecentlyUsedEntriesDownToTheBound(@TempDir Path dir) throws IOException {
    long entrySize = AnnotationFormat.encode(AnnotationCache.key(sample("00").text()), sample("00")).length;
    // room for four entries of this size; the write-time sweep must not run during setup, so a large bound first
    AnnotationCache writer = AnnotationCache.separate(new AnnotationCache.Settings(dir.toString(), 1 << 30));
    List<ParsedText> texts = new ArrayList<>();
    for (int i = 10; i < 20; i++) {
      ParsedText p = sample(Integer.toString(i));
      texts.add(p);
      byte[] key = AnnotationCache.key(p.text());
      writer.put(key, p);
      // entry i last used at minute i: the first ones are the oldest
      Files.setLastModifiedTime(writer.path(key), FileTime.fromMillis(1_000_000_000_000L + i * 60_000L));
    }
    // A hit makes the oldest entry the most recently used.
    ParsedText oldest = texts.get(0);
    assertTrue(writer.get(AnnotationCache.key(oldest.text()), oldest.text()).isPresent());
    Path staleTemp = dir.resolve("ab").resolve("." + "ab".repeat(32) + ".qsa.123-4.tmp");
    Files.createDirectories(staleTemp.getParent());
    Files.write(staleTemp, new byte[100]);
    Files.setLastModifiedTime(staleTemp, FileTime.fromMillis(1_000_000_000_000L));
    Path unrelated = dir.resolve("notes.txt");
    Files.writeString(unrelated, "not ours");

    AnnotationCache bounded = AnnotationCache.separate(new AnnotationCache.Settings(dir.toString(), 4 * entrySize));
    bounded.evict();
    assertTrue(bounded.sizeBytes() <= 4 * entrySize, bounded.sizeBytes() + " > " + 4 * entrySize);
    List<ParsedText> kept = texts.stream()
        .filter(p -> bounded.get(AnnotationCache.key(p.text()), p.text()).isPresent()).toList();
    assertEquals(List.of(oldest, texts.get(7), texts.get(8), texts.get(9)), kept);
    assertFalse(Files.exists(staleTemp), "a temporary file a dead run left must go");
    assertTrue(Files.exists(unrelated), "files that are not cache entries are never deleted");
  }

  @Test
  @Tag("unit")
  void writingBeyondAnEighthOfTheBoundSweeps(@TempDir Path dir) throws IOException {
    long entrySize = AnnotationFormat.encode(AnnotationCache.key(sample("00").text()), sample("00")).length;
    AnnotationCache cache = AnnotationCache.separate(new AnnotationCache.Settings(dir.toString(), 8 * entrySize));
    for (int i = 10; i < 60; i++) {
      ParsedText p = sample(Integer.toString(i));
      cache.put(AnnotationCache.key(p.text()), p);
    }
    assertTrue(cache.sizeBytes() <= 8 * entrySize + entrySize, cache.sizeBytes() + " bytes");
  }

  @Test
  @Tag("unit")
  void anUnwritableCacheCostsOnlyTheCache(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("a-file");
    Files.writeString(file, "x");
    // a folder that cannot exist: its parent is a file
    AnnotationCache cache = AnnotationCache.separate(new AnnotationCache.Settings(file.resolve("cache").toString(), 1 << 20));
    ParsedText parsed = sample("");
    assertEquals(parsed, cache.annotate(parsed.text(), t -> parsed));
    assertEquals(parsed, cache.annotate(parsed.text(), t -> parsed));
  }
}
