package org.quotestance.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
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
    byte[] claimBytes = readClaim(o.getClaim());
    Claim claim;
    try {
      claim = Claim.parse(claimBytes);
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalArgumentException("cannot use claim file " + o.getClaim() + ": " + RunCommand.oneLine(e.getMessage()));
    }
    String staging = stagingDirectory(o.getOutput());
    RunInfo info = new RunInfo(inputs, o.getClaim(), sha256(claimBytes), claim.id(), o.getScope(), staging);
    return new RunCommand.Prepared(inputs, claim, info);
  }

  private static List<String> inputs(String option) throws IOException {
    List<String> patterns = new ArrayList<>();
    for (String p : option.split(",")) {
      if (!p.isBlank()) {
        patterns.add(p.strip());
      }
    }
    long matched = 0;
    for (MatchResult r : FileSystems.match(patterns, EmptyMatchTreatment.ALLOW)) {
      if (r.status() == MatchResult.Status.OK) {
        matched += r.metadata().size();
      }
    }
    if (matched == 0) {
      throw new IllegalArgumentException("no input matched --input=" + option);
    }
    return patterns;
  }

  private static byte[] readClaim(String path) {
    try (InputStream in = Channels.newInputStream(FileSystems.open(FileSystems.matchSingleFileSpec(path).resourceId()))) {
      return in.readAllBytes();
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalArgumentException("cannot read claim file " + path + ": " + RunCommand.oneLine(e.getMessage()));
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
