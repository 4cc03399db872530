package org.quotestance.table;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;

import org.apache.beam.sdk.coders.MapCoder;
import org.apache.beam.sdk.coders.SetCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.coders.BooleanCoder;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MoveOptions.StandardMoveOptions;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.Create;

import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Sum;
import org.apache.beam.sdk.transforms.Top;
import org.apache.beam.sdk.transforms.View;



import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.quotestance.beam.Buckets;
import org.quotestance.beam.DeadLetter;
import org.quotestance.beam.DeadLetterCoder;

/**
 * The table stage, scaled out: no step holds every quote. Copies of an article id are resolved per
 * id; canonical speaker names per block of names that can fit each other (a map of names, not of
 * quotes, reaches the workers as a side input); every count table is a {@code Combine.perKey} of
 * small tallies; quotes.csv, quotes.jsonl, articles.csv, errors.csv and the count tables are written
 * by many workers as sorted run files and merged, one reader per run, into the staging directory
 * ({@link ShardFiles}). Only bounded values are global: the run's counters, the report's first
 * {@link Tables#REPORT_ROWS} quotes and dead letters (top-K combiners) and the count tables'
 * rows (one per speaker, affiliation, outlet or day). The files are byte-identical to
 * {@link TableBuilder}'s, which builds the same tables from a whole run in memory.
 */
public final class WriteTables extends PTransform<PCollection<TableItem>, PCollection<String>> {
  /** Keys the shard writers are spread over, per file. */
  static final int SHARDS = 16;
  /** The report's cap on dead letters listed (errors.csv has them all). */
  static final int MAX_REPORT_ERRORS = Tables.REPORT_ROWS;

  private static final StringUtf8Coder S = StringUtf8Coder.of();
  private static final TupleTag<KV<String, String>> DROPPED = new TupleTag<>() {};
  private static final TupleTag<DeadLetter> DUPLICATES = new TupleTag<>() {};
  private static final TupleTag<ArticleResult> RESULTS = new TupleTag<>() {};
  private static final TupleTag<DeadLetter> LETTERS = new TupleTag<>() {};
  private static final TupleTag<KV<String, Long>> NAMES = new TupleTag<>() {};
  /** An article copy (id, input) and whether it was kept: dead letters say false. */
  private static final TupleTag<KV<KV<String, String>, Boolean>> SEEN = new TupleTag<>() {};
  private static final TupleTag<ShardRow> ROWS = new TupleTag<>() {};
  private static final TupleTag<String> COUNTERS = new TupleTag<>() {};
  /** A key's tally with an extra count (speakers of an affiliation, articles of an outlet). */
  private static final TupleTag<KV<KV<String, String>, KV<Tally, Long>>> PARTS = new TupleTag<>() {};
  private static final TupleTag<ReportQuote> REPORT_QUOTES = new TupleTag<>() {};
  private static final TupleTag<KV<KV<String, String>, String>> AFFILIATION_SPEAKERS = new TupleTag<>() {};
  /** The counter of dead letters, for the report. */
  static final String DEAD_LETTERS = "deadletters";
  private static final KvCoder<KV<String, String>, Boolean> SEEN_CODER =
      KvCoder.of(KvCoder.of(S, S), BooleanCoder.of());
  private static final KvCoder<KV<String, String>, KV<Tally, Long>> PART_CODER =
      KvCoder.of(KvCoder.of(S, S), AggregateFn.PART);
  private static final Map<String, Coder<?>> OUTPUT_CODERS = Map.of(
      SEEN.getId(), SEEN_CODER,
      ROWS.getId(), TableCoders.shardRow(),
      COUNTERS.getId(), S,
      PARTS.getId(), PART_CODER,
      REPORT_QUOTES.getId(), TableCoders.reportQuote(),
      AFFILIATION_SPEAKERS.getId(), KvCoder.of(KvCoder.of(S, S), S));

  private final RunInfo info;
  private final TableWriter.Report report;

  public WriteTables(RunInfo info, TableWriter.Report report) {
    this.info = info;
    this.report = report;
  }

  @Override
  public PCollection<String> expand(PCollection<TableItem> arriving) {
    // Results arrive one article per bundle (the article stages are spread per article); the table
    // stage's many light steps would each be set up per bundle again, so its input is regrouped into
    // a bounded number of bundles first. Steps that read the same collection are one multi-output
    // step: the DirectRunner sets up every step per bundle and walks every step's watermark on
    // each pass of its driver.
    PCollectionTuple items = arriving
        .apply("Rebundle", Buckets.regroup(TableItem::copyKey))
        .apply("ResultsAndDeadLetters", ParDo.of(new DoFn<TableItem, ArticleResult>() {
          @ProcessElement
          public void process(@Element TableItem i, MultiOutputReceiver out) {
            if (i.result() != null) {
              out.get(RESULTS).output(i.result());
            }
            if (i.error() != null) {
              out.get(LETTERS).output(i.error());
            }
          }
        }).withOutputTags(RESULTS, TupleTagList.of(LETTERS)));
    PCollection<ArticleResult> results = items.get(RESULTS).setCoder(TableCoders.articleResult());
    PCollection<DeadLetter> letters = items.get(LETTERS).setCoder(DeadLetterCoder.of());

    // One result per article id: the first copy by input, a dead letter for the others. Only the
    // (id, input) pairs are grouped; the copies to drop reach the results as a side input, which
    // holds only duplicates (ids are unique within one input file).
    KvCoder<String, String> pairCoder = KvCoder.of(S, S);
    PCollectionTuple copies = results
        .apply("IdInputs", ParDo.of(new DoFn<ArticleResult, KV<String, String>>() {
          @ProcessElement
          public void process(@Element ArticleResult r, OutputReceiver<KV<String, String>> out) {
            out.output(KV.of(r.articleId(), r.input()));
          }
        })).setCoder(pairCoder)
        .apply("CopiesById", Buckets.groupByKey())
        .apply("LaterCopies", ParDo.of(new DoFn<KV<String, List<String>>, KV<String, String>>() {
          @ProcessElement
          public void process(@Element KV<String, List<String>> e, MultiOutputReceiver out) {
            if (e.getValue().size() < 2) {
              return;
            }
            for (DeadLetter d : TableRows.duplicates(e.getKey(), e.getValue())) {
              out.get(DUPLICATES).output(d);
              out.get(DROPPED).output(KV.of(d.articleId(), d.input()));
            }
          }
        }).withOutputTags(DROPPED, TupleTagList.of(DUPLICATES)));
    PCollectionView<Map<String, Boolean>> dropped = copies.get(DROPPED).setCoder(pairCoder)
        .apply("DroppedKeys", ParDo.of(new DoFn<KV<String, String>, KV<String, Boolean>>() {
          @ProcessElement
          public void process(@Element KV<String, String> e, OutputReceiver<KV<String, Boolean>> out) {
            out.output(KV.of(copyKey(e.getKey(), e.getValue()), true));
          }
        })).setCoder(KvCoder.of(S, BooleanCoder.of()))
        .apply("DroppedCopies", View.asMap());
    PCollection<ArticleResult> kept = results
        .apply("FirstCopy", ParDo.of(new DoFn<ArticleResult, ArticleResult>() {
          @ProcessElement
          public void process(ProcessContext c) {
            ArticleResult r = c.element();
            if (!c.sideInput(dropped).containsKey(copyKey(r.articleId(), r.input()))) {
              c.output(r);
            }
          }
        }).withSideInputs(dropped)).setCoder(TableCoders.articleResult());
    PCollection<DeadLetter> errors = PCollectionList.of(letters)
        .and(copies.get(DUPLICATES).setCoder(DeadLetterCoder.of()))
        .apply("AllDeadLetters", Flatten.pCollections());

    // Per kept article: its named speakers (for the canonical names) and that its id was kept.
    PCollectionTuple keptParts = kept.apply("NamesAndKeptIds", ParDo.of(new DoFn<ArticleResult, KV<String, Long>>() {
      @ProcessElement
      public void process(@Element ArticleResult r, MultiOutputReceiver out) {
        r.quotes().stream().filter(TableRows::named).forEach(q -> out.get(NAMES).output(KV.of(q.speaker(), 1L)));
        out.get(SEEN).output(KV.of(KV.of(r.articleId(), r.input()), true));
      }
    }).withOutputTags(NAMES, TupleTagList.of(SEEN)));
    PCollection<ArticleResult> canonical = canonicalSpeakers(kept,
        keptParts.get(NAMES).setCoder(KvCoder.of(S, VarLongCoder.of())));
    keptParts.get(SEEN).setCoder(SEEN_CODER);

    // Per dead letter: its errors.csv row, its (id, input) and a count for the report.
    PCollectionTuple errorParts = errors.apply("PerDeadLetter", ParDo.of(new DoFn<DeadLetter, ShardRow>() {
      @ProcessElement
      public void process(@Element DeadLetter e, MultiOutputReceiver out) {
        out.get(ROWS).output(TableRows.error(e));
        out.get(SEEN).output(KV.of(KV.of(e.articleId(), e.input()), false));
        out.get(COUNTERS).output(DEAD_LETTERS);
      }
    }).withOutputTags(ROWS, TupleTagList.of(SEEN).and(COUNTERS)));
    setCoders(errorParts);

    // articles.csv: a row per kept article, and one per (id, input) known only from dead letters.
    PCollection<KV<String, String>> failed = PCollectionList.of(keptParts.get(SEEN))
        .and(errorParts.get(SEEN))
        .apply("AllIds", Flatten.pCollections())
        .apply("ById+Input", Buckets.groupByKey())
        .apply("FailedOnly", ParDo.of(new DoFn<KV<KV<String, String>, List<Boolean>>, KV<String, String>>() {
          @ProcessElement
          public void process(@Element KV<KV<String, String>, List<Boolean>> e, OutputReceiver<KV<String, String>> out) {
            for (Boolean isKept : e.getValue()) {
              if (isKept) {
                return;
              }
            }
            out.output(e.getKey());
          }
        })).setCoder(KvCoder.of(S, S));
    PCollectionTuple failedParts = failed.apply("PerFailedArticle", ParDo.of(new DoFn<KV<String, String>, ShardRow>() {
      @ProcessElement
      public void process(@Element KV<String, String> e, MultiOutputReceiver out) {
        out.get(ROWS).output(TableRows.failedArticle(e.getKey(), e.getValue()));
        out.get(COUNTERS).output("status/failed");
        out.get(PARTS).output(KV.of(KV.of(TableRows.OUTLETS, SortKey.of("unknown")), KV.of(new Tally(), 1L)));
      }
    }).withOutputTags(ROWS, TupleTagList.of(COUNTERS).and(PARTS)));
    setCoders(failedParts);

    // Per kept article under canonical names: its rows, counters, report quotes and tallies.
    PCollectionTuple articleParts = canonical.apply("PerArticle", ParDo.of(new DoFn<ArticleResult, ShardRow>() {
      @ProcessElement
      public void process(@Element ArticleResult r, MultiOutputReceiver out) {
        OutputReceiver<ShardRow> rows = out.get(ROWS);
        OutputReceiver<String> counters = out.get(COUNTERS);
        OutputReceiver<KV<KV<String, String>, KV<Tally, Long>>> parts = out.get(PARTS);
        rows.output(TableRows.article(r));
        if (r.status() != ArticleResult.Status.FAILED) {
          counters.output("status/" + r.status().label());
        }
        parts.output(KV.of(KV.of(TableRows.OUTLETS, SortKey.of(r.outlet())), KV.of(new Tally(), 1L)));
        for (QuoteRow q : r.quotes()) {
          rows.output(TableRows.quote(q));
          counters.output("kind/" + q.kind());
          counters.output("stance/" + q.stance());
          out.get(REPORT_QUOTES).output(new ReportQuote(SortKey.quote(q), q, r.title()));
          for (KV<KV<String, String>, Tally> vote : votes(q)) {
            parts.output(KV.of(vote.getKey(), KV.of(vote.getValue(), 0L)));
          }
          if (!q.affiliation().isEmpty()) {
            out.get(AFFILIATION_SPEAKERS).output(KV.of(KV.of(TableRows.AFFILIATIONS, SortKey.of(q.affiliation())), q.speaker()));
          }
        }
      }
    }).withOutputTags(ROWS, TupleTagList.of(COUNTERS).and(PARTS).and(REPORT_QUOTES).and(AFFILIATION_SPEAKERS)));
    setCoders(articleParts);

    PCollection<AggRow> aggregates = aggregates(articleParts.get(PARTS), failedParts.get(PARTS),
        articleParts.get(AFFILIATION_SPEAKERS));

    PCollection<ShardRow> rows = PCollectionList.of(articleParts.get(ROWS))
        .and(errorParts.get(ROWS))
        .and(failedParts.get(ROWS))
        .and(aggregates.apply("AggregateRows", ParDo.of(new DoFn<AggRow, ShardRow>() {
          @ProcessElement
          public void process(@Element AggRow a, OutputReceiver<ShardRow> out) {
            out.output(TableRows.shard(a));
          }
        })).setCoder(TableCoders.shardRow()))
        .apply("AllRows", Flatten.pCollections());
    PCollection<String> written = rows.apply("SortedFiles", new SortedFiles(info.staging()));

    // run.json and report.html, from bounded values only.
    PCollectionView<Map<String, Integer>> counters = PCollectionList.of(articleParts.get(COUNTERS))
        .and(failedParts.get(COUNTERS))
        .and(errorParts.get(COUNTERS))
        .apply("AllCounters", Flatten.pCollections())
        .apply("Counters", Combine.globally(new CountersFn()).asSingletonView());
    PCollectionView<List<ReportQuote>> firstQuotes = articleParts.get(REPORT_QUOTES)
        .apply("FirstQuotes", Top.<ReportQuote, ByKeyDescending>of(Tables.REPORT_ROWS, new ByKeyDescending())
            .asSingletonView());
    PCollectionView<List<DeadLetter>> firstErrors = errors
        .apply("FirstDeadLetters", Top.<DeadLetter, ErrorsDescending>of(MAX_REPORT_ERRORS, new ErrorsDescending())
            .asSingletonView());
    PCollectionView<List<AggRow>> aggregateView = aggregates.apply("AggregateView", View.asList());
    PCollectionView<List<String>> writtenView = written.apply("WrittenView", View.asList());
    return written.getPipeline()
        .apply("Run", Create.of(info.staging()).withCoder(S))
        .apply("Summary", ParDo.of(new SummaryFn(info, report, counters, firstQuotes, firstErrors,
            aggregateView, writtenView))
            .withSideInputs(counters, firstQuotes, firstErrors, aggregateView, writtenView))
        .setCoder(S);
  }

  /** The tallies a quote adds to: its speaker's, affiliation's, outlet's and day's. */
  static List<KV<KV<String, String>, Tally>> votes(QuoteRow q) {
    List<KV<KV<String, String>, Tally>> out = new ArrayList<>(4);
    if (TableRows.named(q)) {
      out.add(KV.of(KV.of(TableRows.SPEAKERS, SortKey.of(q.speaker())), TableRows.speakerVote(q)));
    }
    if (!q.affiliation().isEmpty()) {
      out.add(KV.of(KV.of(TableRows.AFFILIATIONS, SortKey.of(q.affiliation())), TableRows.vote(q)));
    }
    out.add(KV.of(KV.of(TableRows.OUTLETS, SortKey.of(q.outlet())), TableRows.vote(q)));
    PublishedDay.of(q.published()).ifPresent(day ->
        out.add(KV.of(KV.of(TableRows.TIMELINE, SortKey.of(day, q.affiliation())), TableRows.vote(q))));
    return out;
  }

  /** The coders of a multi-output step's outputs, by tag. */
  private static void setCoders(PCollectionTuple parts) {
    parts.getAll().forEach((tag, collection) -> {
      @SuppressWarnings({"unchecked", "rawtypes"})
      PCollection<Object> c = (PCollection) collection;
      c.setCoder((Coder<Object>) OUTPUT_CODERS.get(tag.getId()));
    });
  }

  /** Each kept article with its quotes under canonical speaker names and fallback affiliations. */
  /** {@code speakerNames}: one (name, 1) per named quote of the kept articles. */
  private static PCollection<ArticleResult> canonicalSpeakers(PCollection<ArticleResult> kept,
      PCollection<KV<String, Long>> speakerNames) {
    PCollectionView<Map<String, String>> names = speakerNames
        .apply("NameFrequency", Buckets.combinePerKey(Sum.ofLongs()))
        .apply("ByBlock", ParDo.of(new DoFn<KV<String, Long>, KV<String, KV<String, Long>>>() {
          @ProcessElement
          public void process(@Element KV<String, Long> e, OutputReceiver<KV<String, KV<String, Long>>> out) {
            out.output(KV.of(SpeakerCanon.block(e.getKey()), e));
          }
        })).setCoder(KvCoder.of(S, KvCoder.of(S, VarLongCoder.of())))
        .apply("NamesByBlock", Buckets.groupByKey())
        .apply("CanonicalNames", ParDo.of(new DoFn<KV<String, List<KV<String, Long>>>, KV<String, String>>() {
          @ProcessElement
          public void process(@Element KV<String, List<KV<String, Long>>> e, OutputReceiver<KV<String, String>> out) {
            Map<String, Integer> frequency = new HashMap<>();
            e.getValue().forEach(n -> frequency.put(n.getKey(), Math.toIntExact(n.getValue())));
            SpeakerCanon.canonicalNames(frequency).forEach((name, canon) -> out.output(KV.of(name, canon)));
          }
        })).setCoder(KvCoder.of(S, S))
        .apply("NameMap", View.asMap());
    PCollectionView<Map<String, String>> affiliations = kept
        .apply("AffiliationVotes", ParDo.of(new DoFn<ArticleResult, KV<String, String>>() {
          /** Read once per bundle: the DirectRunner rebuilds a map side input at every read. */
          private transient Map<String, String> nameMap;

          @StartBundle
          public void startBundle() {
            nameMap = null;
          }

          @ProcessElement
          public void process(ProcessContext c) {
            for (QuoteRow q : c.element().quotes()) {
              if (TableRows.named(q) && !q.affiliation().isEmpty()) {
                nameMap = nameMap != null ? nameMap : c.sideInput(names);
                c.output(KV.of(nameMap.get(q.speaker()), q.affiliation()));
              }
            }
          }
        }).withSideInputs(names)).setCoder(KvCoder.of(S, S))
        .apply("MostVoted", Buckets.combinePerKey(new MostVotedFn()))
        .apply("AffiliationMap", View.asMap());
    return kept.apply("Canonical", ParDo.of(new DoFn<ArticleResult, ArticleResult>() {
      /** Read once per bundle (in the global window the maps are the same for every element). */
      private transient Map<String, String> nameMap;
      private transient Map<String, String> affiliationMap;

      @StartBundle
      public void startBundle() {
        nameMap = null;
        affiliationMap = null;
      }

      @ProcessElement
      public void process(ProcessContext c) {
        ArticleResult r = c.element();
        if (nameMap == null) {
          nameMap = c.sideInput(names);
          affiliationMap = c.sideInput(affiliations);
        }
        List<QuoteRow> rows = new ArrayList<>(r.quotes().size());
        for (QuoteRow q : r.quotes()) {
          String name = TableRows.named(q) ? nameMap.get(q.speaker()) : null;
          if (name == null) {
            rows.add(q);
          } else {
            String aff = q.affiliation().isEmpty() ? affiliationMap.getOrDefault(name, "") : q.affiliation();
            rows.add(q.withSpeaker(name, aff));
          }
        }
        c.output(new ArticleResult(r.articleId(), r.input(), r.outlet(), r.title(), r.status(), List.copyOf(rows),
            r.published(), r.url()));
      }
    }).withSideInputs(names, affiliations)).setCoder(TableCoders.articleResult());
  }

  /**
   * speakers, affiliations, outlets and timeline rows: tallies per key (each with an extra count of
   * 0) and extra counts (articles of an outlet, with an empty tally), combined per key.
   */
  private static PCollection<AggRow> aggregates(PCollection<KV<KV<String, String>, KV<Tally, Long>>> articleParts,
      PCollection<KV<KV<String, String>, KV<Tally, Long>>> failedParts,
      PCollection<KV<KV<String, String>, String>> affiliationSpeakers) {
    PCollection<KV<KV<String, String>, KV<Tally, Long>>> speakersPerAffiliation = affiliationSpeakers
        .apply("DistinctSpeakers", Buckets.combinePerKey(new CountDistinctFn()))
        .apply("ExtraOnly", ParDo.of(new DoFn<KV<KV<String, String>, Long>, KV<KV<String, String>, KV<Tally, Long>>>() {
          @ProcessElement
          public void process(@Element KV<KV<String, String>, Long> e, OutputReceiver<KV<KV<String, String>, KV<Tally, Long>>> out) {
            out.output(KV.of(e.getKey(), KV.of(new Tally(), e.getValue())));
          }
        })).setCoder(PART_CODER);
    // A key's tally and its extra count (speakers of an affiliation, articles of an outlet) in one combine.
    return PCollectionList.of(articleParts).and(failedParts).and(speakersPerAffiliation)
        .apply("TalliesAndExtras", Flatten.pCollections())
        .apply("Tallies", Buckets.combinePerKey(new AggregateFn()))
        .apply("AggregateRow", ParDo.of(new DoFn<KV<KV<String, String>, KV<Tally, Long>>, AggRow>() {
          @ProcessElement
          public void process(@Element KV<KV<String, String>, KV<Tally, Long>> e, OutputReceiver<AggRow> out) {
            out.output(TableRows.aggregate(e.getKey().getKey(), e.getKey().getValue(), e.getValue().getKey(),
                Math.toIntExact(e.getValue().getValue())));
          }
        })).setCoder(TableCoders.aggRow());
  }

  /** A key's tally and extra count: tallies summed (first affiliation by quote order kept), counts added. */
  static final class AggregateFn extends Combine.CombineFn<KV<Tally, Long>, KV<Tally, Long>, KV<Tally, Long>> {
    static final KvCoder<Tally, Long> PART = KvCoder.of(TableCoders.tally(), VarLongCoder.of());

    @Override
    public KV<Tally, Long> createAccumulator() {
      return KV.of(new Tally(), 0L);
    }

    @Override
    public KV<Tally, Long> addInput(KV<Tally, Long> acc, KV<Tally, Long> input) {
      return KV.of(acc.getKey().merge(input.getKey()), acc.getValue() + input.getValue());
    }

    @Override
    public KV<Tally, Long> mergeAccumulators(Iterable<KV<Tally, Long>> accs) {
      KV<Tally, Long> sum = createAccumulator();
      for (KV<Tally, Long> a : accs) {
        sum = addInput(sum, a);
      }
      return sum;
    }

    @Override
    public KV<Tally, Long> extractOutput(KV<Tally, Long> acc) {
      return acc;
    }

    @Override
    public Coder<KV<Tally, Long>> getAccumulatorCoder(org.apache.beam.sdk.coders.CoderRegistry r, Coder<KV<Tally, Long>> in) {
      return PART;
    }

    @Override
    public Coder<KV<Tally, Long>> getDefaultOutputCoder(org.apache.beam.sdk.coders.CoderRegistry r, Coder<KV<Tally, Long>> in) {
      return PART;
    }
  }

  /** How many different values a key has (speakers of an affiliation). */
  static final class CountDistinctFn extends Combine.CombineFn<String, Set<String>, Long> {
    @Override
    public Set<String> createAccumulator() {
      return new HashSet<>();
    }

    @Override
    public Set<String> addInput(Set<String> acc, String value) {
      acc.add(value);
      return acc;
    }

    @Override
    public Set<String> mergeAccumulators(Iterable<Set<String>> accs) {
      Set<String> all = new HashSet<>();
      accs.forEach(all::addAll);
      return all;
    }

    @Override
    public Long extractOutput(Set<String> acc) {
      return (long) acc.size();
    }

    @Override
    public Coder<Set<String>> getAccumulatorCoder(org.apache.beam.sdk.coders.CoderRegistry r, Coder<String> in) {
      return SetCoder.of(S);
    }

    @Override
    public Coder<Long> getDefaultOutputCoder(org.apache.beam.sdk.coders.CoderRegistry r, Coder<String> in) {
      return VarLongCoder.of();
    }
  }

  /** The value with most votes; on a tie the first alphabetically (as SpeakerCanon). Counts as {@link CountersFn}. */
  static final class MostVotedFn extends Combine.CombineFn<String, Map<String, Integer>, String> {
    private final CountersFn counts = new CountersFn();

    @Override
    public Map<String, Integer> createAccumulator() {
      return counts.createAccumulator();
    }

    @Override
    public Map<String, Integer> addInput(Map<String, Integer> acc, String vote) {
      return counts.addInput(acc, vote);
    }

    @Override
    public Map<String, Integer> mergeAccumulators(Iterable<Map<String, Integer>> accs) {
      return counts.mergeAccumulators(accs);
    }

    @Override
    public String extractOutput(Map<String, Integer> votes) {
      String best = null;
      int most = 0;
      for (Map.Entry<String, Integer> v : votes.entrySet()) {
        if (best == null || v.getValue() > most || (v.getValue() == most && v.getKey().compareTo(best) < 0)) {
          best = v.getKey();
          most = v.getValue();
        }
      }
      return best;
    }

    @Override
    public Coder<Map<String, Integer>> getAccumulatorCoder(org.apache.beam.sdk.coders.CoderRegistry r, Coder<String> in) {
      return counts.getAccumulatorCoder(r, in);
    }

    @Override
    public Coder<String> getDefaultOutputCoder(org.apache.beam.sdk.coders.CoderRegistry r, Coder<String> in) {
      return S;
    }
  }

  /** Named counts for run.json: a small map, whatever the run's size. */
  static final class CountersFn extends Combine.CombineFn<String, Map<String, Integer>, Map<String, Integer>> {
    @Override
    public Map<String, Integer> createAccumulator() {
      return new HashMap<>();
    }

    @Override
    public Map<String, Integer> addInput(Map<String, Integer> acc, String name) {
      acc.merge(name, 1, Integer::sum);
      return acc;
    }

    @Override
    public Map<String, Integer> mergeAccumulators(Iterable<Map<String, Integer>> accs) {
      Map<String, Integer> sum = new HashMap<>();
      accs.forEach(a -> a.forEach((k, v) -> sum.merge(k, v, Integer::sum)));
      return sum;
    }

    @Override
    public Map<String, Integer> extractOutput(Map<String, Integer> acc) {
      return acc;
    }

    @Override
    public Coder<Map<String, Integer>> getAccumulatorCoder(org.apache.beam.sdk.coders.CoderRegistry r, Coder<String> in) {
      return MapCoder.of(S, VarIntCoder.of());
    }

    @Override
    public Coder<Map<String, Integer>> getDefaultOutputCoder(org.apache.beam.sdk.coders.CoderRegistry r, Coder<String> in) {
      return MapCoder.of(S, VarIntCoder.of());
    }
  }

  /** Top's order for the first quotes: a smaller key is "greater", so Top keeps the smallest keys. */
  static final class ByKeyDescending implements Comparator<ReportQuote>, Serializable {
    @Override
    public int compare(ReportQuote a, ReportQuote b) {
      return b.key().compareTo(a.key());
    }
  }

  static final class ErrorsDescending implements Comparator<DeadLetter>, Serializable {
    @Override
    public int compare(DeadLetter a, DeadLetter b) {
      return TableRows.errorKey(b).compareTo(TableRows.errorKey(a));
    }
  }

  /**
   * Sorted files from rows of any number of files: rows spread over {@link #SHARDS} keys per file;
   * each key's rows written as sorted runs of at most {@link ShardFiles#RUN_ROWS}; each file's runs
   * merged. Every file of {@link TableRows#HEADERS} is written, with its header alone when it has no row.
   */
  static final class SortedFiles extends PTransform<PCollection<ShardRow>, PCollection<String>> {
    private final String staging;

    SortedFiles(String staging) {
      this.staging = staging;
    }

    @Override
    public PCollection<String> expand(PCollection<ShardRow> rows) {
      PCollection<KV<String, String>> runs = rows
          .apply("ToShard", ParDo.of(new DoFn<ShardRow, KV<KV<String, Integer>, ShardRow>>() {
            @ProcessElement
            public void process(@Element ShardRow r, OutputReceiver<KV<KV<String, Integer>, ShardRow>> out) {
              out.output(KV.of(KV.of(r.file(), Math.floorMod(r.key().hashCode(), SHARDS)), r));
            }
          })).setCoder(KvCoder.of(KvCoder.of(S, VarIntCoder.of()), TableCoders.shardRow()))
          .apply("RowsByShard", GroupByKey.create())
          .apply("SortedRuns", ParDo.of(new RunsFn(staging))).setCoder(KvCoder.of(S, S));
      PCollection<KV<String, String>> everyFile = rows.getPipeline()
          .apply("EveryFile", Create.of(new ArrayList<>(TableRows.HEADERS.keySet())).withCoder(S))
          .apply("NoRun", ParDo.of(new DoFn<String, KV<String, String>>() {
            @ProcessElement
            public void process(@Element String file, OutputReceiver<KV<String, String>> out) {
              out.output(KV.of(file, ""));
            }
          })).setCoder(KvCoder.of(S, S));
      return PCollectionList.of(runs).and(everyFile).apply("AllRuns", Flatten.pCollections())
          .apply("RunsByFile", GroupByKey.create())
          .apply("Merge", ParDo.of(new MergeFn(staging))).setCoder(S);
    }
  }

  /** One copy of an article: its id and the input it was read from (ids are unique within an input). */
  static String copyKey(String articleId, String input) {
    return articleId + '\u0000' + input;
  }

  static ResourceId runsDir(String staging) {
    return FileSystems.matchNewResource(staging, true).resolve(".runs", StandardResolveOptions.RESOLVE_DIRECTORY);
  }

  private static final class RunsFn extends DoFn<KV<KV<String, Integer>, Iterable<ShardRow>>, KV<String, String>> {
    private final String staging;

    RunsFn(String staging) {
      this.staging = staging;
    }

    @ProcessElement
    public void process(@Element KV<KV<String, Integer>, Iterable<ShardRow>> e, OutputReceiver<KV<String, String>> out)
        throws IOException {
      String file = e.getKey().getKey();
      List<ShardRow> buffer = new ArrayList<>();
      for (ShardRow r : e.getValue()) {
        buffer.add(r);
        if (buffer.size() >= ShardFiles.RUN_ROWS) {
          out.output(KV.of(file, flush(file, buffer)));
          buffer = new ArrayList<>();
        }
      }
      if (!buffer.isEmpty()) {
        out.output(KV.of(file, flush(file, buffer)));
      }
    }

    private String flush(String file, List<ShardRow> rows) throws IOException {
      ResourceId run = runsDir(staging).resolve(file, StandardResolveOptions.RESOLVE_DIRECTORY)
          .resolve(UUID.randomUUID() + ".run", StandardResolveOptions.RESOLVE_FILE);
      ShardFiles.writeRun(run, rows);
      return run.toString();
    }
  }

  private static final class MergeFn extends DoFn<KV<String, Iterable<String>>, String> {
    private final String staging;

    MergeFn(String staging) {
      this.staging = staging;
    }

    @ProcessElement
    public void process(@Element KV<String, Iterable<String>> e, OutputReceiver<String> out) throws IOException {
      String file = e.getKey();
      List<String> names = new ArrayList<>();
      e.getValue().forEach(n -> {
        if (!n.isEmpty()) {
          names.add(n);
        }
      });
      names.sort(Comparator.naturalOrder());
      List<ResourceId> runs = new ArrayList<>();
      names.forEach(n -> runs.add(FileSystems.matchNewResource(n, false)));
      ResourceId dir = FileSystems.matchNewResource(staging, true);
      ShardFiles.merge(dir, runs, file, TableRows.header(file), TableRows.QUOTES.equals(file) ? TableRows.QUOTES_JSON : null);
      FileSystems.delete(runs, StandardMoveOptions.IGNORE_MISSING_FILES);
      out.output(file);
    }
  }

  private static final class SummaryFn extends DoFn<String, String> {
    private final RunInfo info;
    private final TableWriter.Report report;
    private final PCollectionView<Map<String, Integer>> counters;
    private final PCollectionView<List<ReportQuote>> quotes;
    private final PCollectionView<List<DeadLetter>> errors;
    private final PCollectionView<List<AggRow>> aggregates;
    private final PCollectionView<List<String>> written;

    SummaryFn(RunInfo info, TableWriter.Report report, PCollectionView<Map<String, Integer>> counters,
        PCollectionView<List<ReportQuote>> quotes, PCollectionView<List<DeadLetter>> errors,
        PCollectionView<List<AggRow>> aggregates, PCollectionView<List<String>> written) {
      this.info = info;
      this.report = report;
      this.counters = counters;
      this.quotes = quotes;
      this.errors = errors;
      this.aggregates = aggregates;
      this.written = written;
    }

    @ProcessElement
    public void process(ProcessContext c) throws IOException {
      c.sideInput(written); // the files are merged before the run summary exists
      Map<String, Integer> counted = c.sideInput(counters);
      Tables.RunCounts counts = TableRows.counts(counted);
      int quoteCount = counts.quotesByKind().values().stream().mapToInt(Integer::intValue).sum();
      Tables tables = TableRows.forReport(c.sideInput(aggregates), c.sideInput(quotes), c.sideInput(errors), counts,
          quoteCount, counted.getOrDefault(DEAD_LETTERS, 0));
      ResourceId dir = FileSystems.matchNewResource(info.staging(), true);
      TableWriter.writeSummary(dir, tables, RunSummary.of(info, counts), report);
      removeRuns(info.staging());
      c.output(info.staging());
    }
  }

  /** The run files' folder, once merged (on a local disk; an object store has no folders). */
  static void removeRuns(String staging) throws IOException {
    ResourceId runs = runsDir(staging);
    if (!"file".equals(runs.getScheme())) {
      return;
    }
    Path dir = Paths.get(runs.toString());
    if (Files.exists(dir)) {
      try (var paths = Files.walk(dir)) {
        for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }
}
