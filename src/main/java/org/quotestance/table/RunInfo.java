package org.quotestance.table;

import java.io.Serializable;
import java.util.List;

/** What run.json says about the run's configuration. */
public record RunInfo(List<String> inputs, String claimFile, String claimSha256, String claimId, String scope,
    String staging, String claimStatement, int maxArticleChars) implements Serializable {

  public RunInfo {
    claimStatement = claimStatement == null ? "" : claimStatement;
  }

  /** Without the claim's statement and the article length limit (tests of the tables alone). */
  public RunInfo(List<String> inputs, String claimFile, String claimSha256, String claimId, String scope,
      String staging) {
    this(inputs, claimFile, claimSha256, claimId, scope, staging, "", 0);
  }
}
