package org.quotestance.text;

import org.quotestance.table.ArticleResult;

/** Breaks the layering on purpose, for ArchitectureTest to show that its rules can fail. */
public final class UpwardDependencyFixture {
  ArticleResult result;

  private UpwardDependencyFixture() {}
}
