package org.quotestance.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.beam.sdk.metrics.Metrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Annotations stored on disk, one file per article text and annotator configuration, so that a
 * later run (any claim, any later stage) skips CoreNLP for texts it has seen.
 *
 * <ul>
 *   <li><b>Key:</b> SHA-256 of the stored format's version, the CoreNLP version, both annotator
 *       property sets, the bytes of the classes that turn CoreNLP's output into {@link ParsedText}
 *       and of the tagger's stand-ins ({@code tagging.json}) (so that a change to them is a miss
 *       rather than a stale hit), and the cleaned text.
 *   <li><b>Layout:</b> {@code DIR/ab/abcdef….qsa} (the first two hex digits as a folder, so that no
 *       folder holds millions of files), in {@link AnnotationFormat}.
 *   <li><b>Sharing:</b> an entry is written to a temporary file in its folder and renamed into
 *       place atomically, so a reader sees a whole entry or none; two runs writing the same key
 *       write the same bytes. An entry that is truncated, corrupt or unreadable is a miss and is
 *       overwritten by the next run that annotates its text; the cache never fails an article.
 *   <li><b>Bound:</b> a hit sets the entry's modification time, so that time is its last use;
 *       {@link #evict()} deletes the least recently used entries until the cache fits its maximum
 *       size. It runs in each JVM after every eighth of the maximum written, and at the end of a run.
 * </ul>
 */
public final class AnnotationCache {
  private static final Logger LOG = LoggerFactory.getLogger(AnnotationCache.class);
  private static final String SUFFIX = ".qsa";
  private static final Pattern ENTRY = Pattern.compile("[0-9a-f]{64}\\.qsa");
  private static final Pattern TEMP = Pattern.compile("\\.[0-9a-f]{64}\\.qsa\\.[0-9]+-[0-9]+\\.tmp");
  /** A temporary file older than this was left by a run that died; younger ones may be in use. */
  private static final Duration STALE_TEMP = Duration.ofHours(1);
  public static final long DEFAULT_MAX_BYTES = 2L << 30;
  /** Namespace of the Beam counters "hits" and "misses", which run.json reports. */
  public static final String METRICS = "annotation_cache";

  /** Where the cache is and how large it may grow; null settings mean no cache. */
  public record Settings(String directory, long maxBytes) implements Serializable {
    public Settings {
      if (maxBytes <= 0) {
        throw new IllegalArgumentException("the annotation cache's maximum size must be positive");
      }
    }
  }

  private static final Map<Path, AnnotationCache> OPEN = new ConcurrentHashMap<>();
  private static final AtomicLong HITS = new AtomicLong();
  private static final AtomicLong MISSES = new AtomicLong();
  private static volatile byte[] configurationDigest;

  private final Path root;
  private final long maxBytes;
  private final AtomicLong writtenSinceSweep = new AtomicLong();
  private final AtomicBoolean sweeping = new AtomicBoolean();
  private final AtomicBoolean warned = new AtomicBoolean();
  private final AtomicLong tempCounter = new AtomicLong();

  private AnnotationCache(Path root, long maxBytes) {
    this.root = root;
    this.maxBytes = maxBytes;
  }

  /** The JVM's one cache object for {@code settings}' directory, so that its threads share the write count. */
  public static AnnotationCache open(Settings settings) {
    Path root = Path.of(settings.directory()).toAbsolutePath().normalize();
    return OPEN.computeIfAbsent(root, r -> new AnnotationCache(r, settings.maxBytes()));
  }

  /** A cache object of its own, as another JVM would have (tests of concurrent runs). */
  static AnnotationCache separate(Settings settings) {
    return new AnnotationCache(Path.of(settings.directory()).toAbsolutePath().normalize(), settings.maxBytes());
  }

  /**
   * {@code $XDG_CACHE_HOME/quote-stance}, else {@code ~/.cache/quote-stance}. The XDG base directory
   * specification says a relative {@code XDG_CACHE_HOME} is to be ignored.
   */
  public static Path defaultDirectory() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
      return Path.of(xdg, "quote-stance");
    }
    return Path.of(System.getProperty("user.home"), ".cache", "quote-stance");
  }

  /** Hits and misses in this JVM since it started (every cache directory together). */
  public record Counts(long hits, long misses) {
    public Counts since(Counts start) {
      return new Counts(hits - start.hits, misses - start.misses);
    }
  }

  public static Counts counts() {
    return new Counts(HITS.get(), MISSES.get());
  }

  public Path root() {
    return root;
  }

  /** The annotation of {@code text}: from the cache, else from {@code annotator}, then stored. */
  public ParsedText annotate(String text, java.util.function.Function<String, ParsedText> annotator) {
    byte[] key = key(text);
    Optional<ParsedText> cached = get(key, text);
    if (cached.isPresent()) {
      HITS.incrementAndGet();
      Metrics.counter(METRICS, "hits").inc();
      return cached.get();
    }
    MISSES.incrementAndGet();
    Metrics.counter(METRICS, "misses").inc();
    ParsedText parsed = annotator.apply(text);
    put(key, parsed);
    return parsed;
  }

  /** The entry for {@code key}, or empty when there is none or it cannot be read as a whole. */
  Optional<ParsedText> get(byte[] key, String text) {
    Path file = path(key);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException | UncheckedIOException e) {
      warnOnce("cannot read " + file + ": " + e);
      return Optional.empty();
    }
    List<Sentence> sentences;
    try {
      sentences = AnnotationFormat.decode(bytes, key, text);
    } catch (IOException e) {
      LOG.debug("annotation cache entry {} not used: {}", file, e.getMessage());
      return Optional.empty();
    }
    try {
      Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
    } catch (IOException e) {
      // a read-only or concurrently evicted cache still serves the hit; only its LRU order is older
    }
    return Optional.of(new ParsedText(text, sentences));
  }

  /** Stores {@code parsed} under {@code key}; a failure (disk full, no permission) is logged, never thrown. */
  void put(byte[] key, ParsedText parsed) {
    Path file = path(key);
    byte[] bytes = AnnotationFormat.encode(key, parsed);
    Path temp = file.resolveSibling("." + file.getFileName() + "." + ProcessHandle.current().pid() + "-"
        + tempCounter.incrementAndGet() + ".tmp");
    try {
      Files.createDirectories(file.getParent());
      Files.write(temp, bytes);
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException | UncheckedIOException e) {
      warnOnce("cannot write to the annotation cache " + root + ": " + e);
      try {
        Files.deleteIfExists(temp);
      } catch (IOException ignored) {
        // the sweep removes stale temporary files
      }
      return;
    }
    if (writtenSinceSweep.addAndGet(bytes.length) > maxBytes / 8) {
      writtenSinceSweep.set(0);
      evict();
    }
  }

  /**
   * Deletes least recently used entries until the cache is at most its maximum size, and temporary
   * files that a dead run left. One sweep at a time per JVM; several JVMs sweeping at once may
   * delete a little more than needed, never an entry that a reader then sees half of (a reader
   * that opened an entry keeps reading it; one that did not gets a miss).
   */
  public void evict() {
    if (!sweeping.compareAndSet(false, true)) {
      return;
    }
    try {
      List<Entry> entries = new ArrayList<>();
      long total = 0;
      long now = System.currentTimeMillis();
      try (DirectoryStream<Path> folders = Files.newDirectoryStream(root)) {
        for (Path folder : folders) {
          if (!Files.isDirectory(folder) || !folder.getFileName().toString().matches("[0-9a-f]{2}")) {
            continue;
          }
          try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path f : files) {
              String name = f.getFileName().toString();
              BasicFileAttributes a;
              try {
                a = Files.readAttributes(f, BasicFileAttributes.class);
              } catch (IOException e) {
                continue; // evicted by another run meanwhile
              }
              if (ENTRY.matcher(name).matches()) {
                entries.add(new Entry(f, a.size(), a.lastModifiedTime().toMillis()));
                total += a.size();
              } else if (TEMP.matcher(name).matches() && now - a.lastModifiedTime().toMillis() > STALE_TEMP.toMillis()) {
                Files.deleteIfExists(f);
              }
            }
          }
        }
      }
      if (total <= maxBytes) {
        return;
      }
      entries.sort(Comparator.comparingLong(Entry::lastUsed).thenComparing(e -> e.path().getFileName().toString()));
      for (Entry e : entries) {
        if (total <= maxBytes) {
          break;
        }
        Files.deleteIfExists(e.path());
        total -= e.size();
      }
    } catch (NoSuchFileException e) {
      // nothing cached yet
    } catch (IOException | UncheckedIOException e) {
      warnOnce("cannot clean up the annotation cache " + root + ": " + e);
    } finally {
      sweeping.set(false);
    }
  }

  private record Entry(Path path, long size, long lastUsed) {}

  /** Total bytes of the entries in the cache (for tests and the summary). */
  public long sizeBytes() throws IOException {
    if (!Files.isDirectory(root)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(root, 2)) {
      long total = 0;
      for (Path f : (Iterable<Path>) files::iterator) {
        if (ENTRY.matcher(f.getFileName().toString()).matches()) {
          total += Files.size(f);
        }
      }
      return total;
    }
  }

  Path path(byte[] key) {
    String hex = HexFormat.of().formatHex(key);
    return root.resolve(hex.substring(0, 2)).resolve(hex + SUFFIX);
  }

  private void warnOnce(String message) {
    if (warned.compareAndSet(false, true)) {
      LOG.warn(message + " (the run goes on; further cache problems are not reported)");
    }
  }

  /** The key of {@code text} under this build's annotator configuration. */
  public static byte[] key(String text) {
    MessageDigest sha = sha256();
    sha.update(configuration());
    // the UTF-16 code units as they are: an encoder would replace unpaired surrogates, making texts alike
    ByteBuffer units = ByteBuffer.allocate(text.length() * 2);
    units.asCharBuffer().put(text);
    sha.update(units);
    return sha.digest();
  }

  /**
   * Everything besides the text that decides the stored annotation, digested once per JVM: a
   * change to any of it makes every old entry a miss (the old entries age out of the LRU).
   */
  static byte[] configuration() {
    byte[] d = configurationDigest;
    if (d == null) {
      MessageDigest sha = sha256();
      update(sha, "quote-stance annotation cache");
      update(sha, "format " + AnnotationFormat.VERSION);
      update(sha, "corenlp " + coreNlpVersion());
      update(sha, "pipeline " + new TreeMap<>(NlpAnnotator.properties()));
      update(sha, "splitter " + new TreeMap<>(NlpAnnotator.splitterProperties()));
      for (Class<?> c : List.of(NlpAnnotator.class, SentenceRepair.class, AcronymStandIns.class, FineGrainedGazetteer.class)) {
        sha.update(classBytes(c));
      }
      sha.update(AcronymStandIns.resourceBytes());
      d = sha.digest();
      configurationDigest = d;
    }
    return d.clone();
  }

  private static void update(MessageDigest sha, String s) {
    sha.update(s.getBytes(StandardCharsets.UTF_8));
    sha.update((byte) 0);
  }

  private static String coreNlpVersion() {
    try (InputStream in = AnnotationCache.class.getResourceAsStream("/quote-stance/version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("corenlp", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static byte[] classBytes(Class<?> c) {
    String resource = "/" + c.getName().replace('.', '/') + ".class";
    try (InputStream in = c.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("cannot read " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
