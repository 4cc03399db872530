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

  @Description("A paragraph that recurs in at least this many articles of one outlet (the article's outlet, else the"
      + " one its boilerplate names) is boilerplate and not analysed, unless it holds a quote mark; 0 turns this off")
  @Default.Integer(3)
  int getOutletRepeatArticles();

  void setOutletRepeatArticles(int value);

  @Description("No progress lines on stderr during the run (the final summary line is still printed)")
  @Default.Boolean(false)
  boolean getQuiet();

  void setQuiet(boolean value);

  @Description("Folder that keeps each article's annotation between runs, so that a rerun (with any claim) skips"
      + " CoreNLP for texts it has seen; default $XDG_CACHE_HOME/quote-stance, else ~/.cache/quote-stance")
  String getAnnotationCache();

  void setAnnotationCache(String value);

  @Description("No annotation cache: every article is annotated, nothing is read from or written to the cache")
  @Default.Boolean(false)
  boolean getNoAnnotationCache();

  void setNoAnnotationCache(boolean value);

  @Description("Largest size of the annotation cache in MB; the least recently used annotations are deleted beyond it")
  @Default.Long(2048)
  long getAnnotationCacheMaxMB();

  void setAnnotationCacheMaxMB(long value);
}
