package org.quotestance.table;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.apache.beam.sdk.util.ReleaseInfo;

/** run.json: inputs, claim, counts and versions. The driver adds wall times after the run. */
public final class RunSummary {
  private RunSummary() {}

  public static ObjectNode of(RunInfo info, Tables.RunCounts counts) {
    ObjectNode o = TableWriter.JSON.createObjectNode();
    info.inputs().forEach(o.putArray("input")::add);
    o.put("claim_file", info.claimFile());
    o.put("claim_sha256", info.claimSha256());
    o.put("claim_id", info.claimId());
    o.put("claim_statement", info.claimStatement());
    o.put("scope", info.scope());
    if (info.maxArticleChars() > 0) {
      o.put("max_article_chars", info.maxArticleChars());
    }
    ObjectNode articles = o.putObject("articles");
    articles.put("read", counts.read());
    articles.put("ok", counts.ok());
    articles.put("skipped", counts.skipped());
    articles.put("failed", counts.failed());
    ObjectNode quotes = o.putObject("quotes");
    quotes.put("total", counts.quotesByKind().values().stream().mapToInt(Integer::intValue).sum());
    counts.quotesByKind().forEach(quotes.putObject("by_kind")::put);
    counts.quotesByStance().forEach(quotes.putObject("by_stance")::put);
    ObjectNode versions = o.putObject("versions");
    Properties built = builtVersions();
    versions.put("quote_stance", built.getProperty("quote-stance", "unknown"));
    versions.put("beam", ReleaseInfo.getReleaseInfo().getVersion());
    versions.put("corenlp", built.getProperty("corenlp", "unknown"));
    return o;
  }

  /** Versions Maven wrote at build time (the shaded jar has no per-library manifests). */
  private static Properties builtVersions() {
    Properties p = new Properties();
    try (InputStream in = RunSummary.class.getResourceAsStream("/quote-stance/version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      // versions stay "unknown"
    }
    return p;
  }
}
