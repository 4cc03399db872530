package org.quotestance.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.beam.sdk.io.FileSystems;
import org.quotestance.io.InputFiles;
import org.quotestance.io.InputPatterns;
import org.quotestance.io.Metadata;
import org.quotestance.nlp.AcronymStandIns;
import org.quotestance.nlp.AnnotationCache;
import org.quotestance.pipeline.QuoteStanceOptions;
import org.quotestance.quote.ReportingLexicon;
import org.quotestance.speaker.Affiliations;
import org.quotestance.stance.Claim;
import org.quotestance.stance.ClaimCues;
import org.quotestance.stance.StanceLanguage;
import org.quotestance.stance.TermLanguage;
import org.quotestance.text.BoilerplateDetector;
import org.quotestance.table.RunInfo;

/** The checks before any work, each failing with a message a person can act on. */
final class Preflight {
  private Preflight() {}

  static RunCommand.Prepared check(QuoteStanceOptions o) throws IOException {
    if (!o.getScope().equals("all") && !o.getScope().equals("claim")) {
      throw new IllegalArgumentException("--scope must be all or claim, not " + o.getScope());
    }
    if (o.getMaxArticleChars() <= 0) {
      throw new IllegalArgumentException("--maxArticleChars must be positive");
    }
    if (o.getOutletRepeatArticles() < 0) {
      throw new IllegalArgumentException("--outletRepeatArticles must be 0 (off) or more");
    }
    boolean localOutput = !o.getOutput().contains("://");
    InputFiles.Excluded excluded = localOutput
        ? new InputFiles.Excluded(OutputDir.target(o.getOutput()).toString()) : InputFiles.Excluded.none();
    // Counted with the output's tables, so that --output equal to the input folder is named as such below.
    List<String> inputs = inputs(o.getInput(), InputFiles.Excluded.none());
    ClaimBytes claimFile = readClaim(o.getClaim());
    byte[] claimBytes = claimFile.bytes();
    Claim claim;
    try {
      ClaimValidator.validate(claimBytes);
      claim = Claim.parse(claimBytes);
    } catch (ClaimValidator.Invalid | IOException | IllegalArgumentException e) {
      throw new IllegalArgumentException("cannot use claim file " + o.getClaim() + ": " + RunCommand.oneLine(e.getMessage()));
    }
    ReportingLexicon lexicon = languageResources();
    try {
      for (String warning : ClaimCues.check(claim, lexicon)) {
        System.err.println("quote-stance: warning: claim file " + o.getClaim() + ": " + warning);
      }
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("cannot use claim file " + o.getClaim() + ": " + RunCommand.oneLine(e.getMessage()));
    }
    OutputDir output = localOutput ? OutputDir.open(o.getOutput(), Publisher.FILES) : null;
    String staging = output != null ? output.staging().toAbsolutePath() + "/"
        : o.getOutput().replaceAll("/+$", "") + "/.staging-" + UUID.randomUUID() + "/";
    RunInfo info = new RunInfo(inputs, claimFile.name(), sha256(claimBytes), claim.id(), o.getScope(), staging,
        claim.statement(), o.getMaxArticleChars());
    return new RunCommand.Prepared(inputs, excluded, claim, info, output, annotationCache(o, System.err));
  }

  /**
   * Reads every language resource once before the run, so that a misspelt or missing key (in
   * affiliations.tsv an unknown kind, in either list a line without its fields) is one line and
   * exit 2 (a {@link org.quotestance.config.ConfigException} names the file and the key or line)
   * rather than a failure of every article on the workers. {@link #LANGUAGE_RESOURCES} lists them.
   */
  static ReportingLexicon languageResources() {
    BoilerplateDetector.load();
    AcronymStandIns.load();
    StanceLanguage.load();
    TermLanguage.load();
    Affiliations.get(); // and capitals.tsv, through Countries
    return ReportingLexicon.load();
  }

  /** The files under {@code /quote-stance/} that {@link #languageResources()} reads. */
  static final List<String> LANGUAGE_RESOURCES = List.of("boilerplate.json", "stance.json", "stance-terms.json",
      "affiliations.tsv", "capitals.tsv", "reporting.json", "tagging.json");

  /**
   * The annotation cache's settings, or null for none. A folder given with --annotationCache that
   * cannot be created stops the run like an unwritable --output; the default folder that cannot
   * be (a read-only home, say) only costs the cache, with a warning.
   */
  static AnnotationCache.Settings annotationCache(QuoteStanceOptions o, PrintStream err) throws IOException {
    if (o.getAnnotationCacheMaxMB() <= 0) {
      throw new IllegalArgumentException("--annotationCacheMaxMB must be positive");
    }
    if (o.getNoAnnotationCache()) {
      return null;
    }
    boolean given = o.getAnnotationCache() != null && !o.getAnnotationCache().isBlank();
    Path dir = given ? Path.of(o.getAnnotationCache()) : AnnotationCache.defaultDirectory();
    try {
      Files.createDirectories(dir);
      if (!Files.isWritable(dir)) {
        throw new IOException("not writable");
      }
    } catch (IOException | SecurityException e) {
      if (given) {
        throw new IllegalArgumentException("cannot use --annotationCache=" + o.getAnnotationCache() + ": "
            + RunCommand.oneLine(e.getMessage() == null ? e.toString() : e.getMessage()));
      }
      err.println("quote-stance: warning: no annotation cache, cannot create " + dir + " (" + e + ")");
      return null;
    }
    return new AnnotationCache.Settings(dir.toAbsolutePath().toString(), o.getAnnotationCacheMaxMB() << 20);
  }

  /**
   * The patterns (a folder is the article files in it), each checked: a path without wildcards
   * must exist, and together they must match something.
   */
  private static List<String> inputs(String option, InputFiles.Excluded excluded) throws IOException {
    List<String> patterns = InputPatterns.of(option);
    long matched = 0;
    Set<String> directories = new TreeSet<>();
    for (String p : patterns) {
      InputFiles.Match m;
      try {
        m = InputFiles.match(p, excluded, Integer.MAX_VALUE);
      } catch (IOException | RuntimeException e) {
        throw new IllegalArgumentException("cannot list --input pattern " + p + ": " + RunCommand.oneLine(e.toString()));
      }
      if (m.missing()) {
        throw new IllegalArgumentException("no such file: " + p + " (in --input=" + option + ")");
      }
      matched += m.size();
      m.files().forEach(f -> directories.add(f.substring(0, f.lastIndexOf('/') + 1)));
    }
    if (matched == 0) {
      throw new IllegalArgumentException("no input matched --input=" + option + relativeHint(option));
    }
    // A broken metadata.csv would silently lose every article's outlet and date: say so now.
    for (String dir : directories) {
      Metadata.besides(dir + Metadata.FILE_NAME);
    }
    return patterns;
  }

  /** Relative patterns are resolved against the working directory, which is easy to forget. */
  private static String relativeHint(String option) {
    boolean relative = !option.contains("://") && !option.startsWith("/");
    return relative ? " (relative to " + Path.of("").toAbsolutePath() + ")" : "";
  }

  /** The claim file's bytes and what run.json calls it. */
  record ClaimBytes(String name, byte[] bytes) {}

  /**
   * The claim file; a relative {@code pipelines/NAME.json} that is not there (the jar run from
   * another directory) is the copy bundled in the jar.
   */
  static ClaimBytes readClaim(String path) {
    try (InputStream in = Channels.newInputStream(FileSystems.open(FileSystems.matchSingleFileSpec(path).resourceId()))) {
      return new ClaimBytes(path, in.readAllBytes());
    } catch (IOException | IllegalArgumentException e) {
      byte[] bundled = bundledClaim(path);
      if (bundled != null) {
        return new ClaimBytes(path + " (bundled in the jar)", bundled);
      }
      throw new IllegalArgumentException("cannot read claim file " + path + ": " + RunCommand.oneLine(e.getMessage()));
    }
  }

  static byte[] bundledClaim(String path) {
    String normalised = path.replace('\\', '/').replaceFirst("^\\./", "");
    if (!normalised.matches("pipelines/[\\w.-]+\\.json")) {
      return null;
    }
    try (InputStream in = Preflight.class.getResourceAsStream("/quote-stance/" + normalised)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      return null;
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
