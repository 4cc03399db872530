package org.quotestance.pipeline;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.Validation;

/** The command line of the output contract, as Beam pipeline options. */
public interface QuoteStanceOptions extends PipelineOptions {
  @Description("Input file patterns, comma-separated (.txt, .jsonl, .ndjson, optionally .gz; Beam globs)")
  @Default.String("seeds/*.txt")
  @Validation.Required
  String getInput();

  void setInput(String value);

  @Description("Directory that receives every output table; created if missing")
  @Default.String("output")
  String getOutput();

  void setOutput(String value);

  @Description("Claim definition (JSON) that stance is measured against")
  @Default.String("pipelines/turkey-daesh-oil.json")
  String getClaim();

  void setClaim(String value);

  @Description("all: every article goes through quote extraction; claim: only articles naming the claim's target or object")
  @Default.String("all")
  String getScope();

  void setScope(String value);

  @Description("Articles longer than this are not processed (a row in errors.csv, status failed)")
  @Default.Integer(200000)
  int getMaxArticleChars();

  void setMaxArticleChars(int value);

  @Description("No progress lines on stderr during the run (the final summary line is still printed)")
  @Default.Boolean(false)
  boolean getQuiet();

  void setQuiet(boolean value);
}
