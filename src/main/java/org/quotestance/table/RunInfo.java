package org.quotestance.table;

import java.io.Serializable;
import java.util.List;

/** What run.json says about the run's configuration. */
public record RunInfo(List<String> inputs, String claimFile, String claimSha256, String claimId, String scope,
    String staging) implements Serializable {}
