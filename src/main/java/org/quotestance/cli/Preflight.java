package org.quotestance.cli;

import java.io.IOException;
import java.io.InputStream;
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
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.quotestance.io.InputPatterns;
import org.quotestance.io.Metadata;
import org.quotestance.pipeline.QuoteStanceOptions;
import org.quotestance.stance.Claim;
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
    List<String> inputs = inputs(o.getInput());
    ClaimBytes claimFile = readClaim(o.getClaim());
    byte[] claimBytes = claimFile.bytes();
    Claim claim;
    try {
      claim = Claim.parse(claimBytes);
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalArgumentException("cannot use claim file " + o.getClaim() + ": " + RunCommand.oneLine(e.getMessage()));
    }
    String staging = stagingDirectory(o.getOutput());
    RunInfo info = new RunInfo(inputs, claimFile.name(), sha256(claimBytes), claim.id(), o.getScope(), staging,
        claim.statement(), o.getMaxArticleChars());
    return new RunCommand.Prepared(inputs, claim, info);
  }

  private static List<String> inputs(String option) throws IOException {
    List<String> patterns = InputPatterns.of(option);
    long matched = 0;
    Set<String> directories = new TreeSet<>();
    for (MatchResult r : FileSystems.match(patterns, EmptyMatchTreatment.ALLOW)) {
      if (r.status() == MatchResult.Status.OK) {
        matched += r.metadata().size();
        r.metadata().forEach(m -> directories.add(m.resourceId().getCurrentDirectory().toString()));
      }
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

  /** Creates --output if needed and a fresh staging directory inside it (proves it is writable). */
  private static String stagingDirectory(String output) {
    String name = ".staging-" + UUID.randomUUID();
    if (output.contains("://")) {
      return output.replaceAll("/+$", "") + "/" + name + "/";
    }
    try {
      Path dir = Files.createDirectories(Path.of(output));
      Path staging = Files.createDirectory(dir.resolve(name));
      return staging.toAbsolutePath() + "/";
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("output directory " + output + " is not writable: " + RunCommand.oneLine(e.toString()));
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
