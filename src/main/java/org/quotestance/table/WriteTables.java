package org.quotestance.table;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.quotestance.beam.DeadLetter;
import org.quotestance.beam.Coders;

/**
 * The table stage: gathers every result and dead letter, builds the sorted tables and writes them
 * into the staging directory, from which the driver moves them into --output once complete.
 */
public final class WriteTables extends PTransform<PCollection<TableItem>, PCollection<String>> {
  private final RunInfo info;
  private final TableWriter.Report report;

  public WriteTables(RunInfo info, TableWriter.Report report) {
    this.info = info;
    this.report = report;
  }

  @Override
  public PCollection<String> expand(PCollection<TableItem> items) {
    return items
        .apply("Gather", WithKeys.<String, TableItem>of("tables"))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), Coders.of(TableItem.class)))
        .apply(GroupByKey.create())
        .apply("Write", ParDo.of(new WriteFn(info, report)));
  }

  private static final class WriteFn extends DoFn<KV<String, Iterable<TableItem>>, String> {
    private final RunInfo info;
    private final TableWriter.Report report;

    WriteFn(RunInfo info, TableWriter.Report report) {
      this.info = info;
      this.report = report;
    }

    @ProcessElement
    public void process(@Element KV<String, Iterable<TableItem>> all, OutputReceiver<String> out) throws Exception {
      List<ArticleResult> results = new ArrayList<>();
      List<DeadLetter> errors = new ArrayList<>();
      for (TableItem item : all.getValue()) {
        if (item.result() != null) {
          results.add(item.result());
        } else {
          errors.add(item.error());
        }
      }
      Tables tables = TableBuilder.build(results, errors);
      TableWriter.write(FileSystems.matchNewResource(info.staging(), true), tables,
          RunSummary.of(info, tables.counts()), report);
      out.output(info.staging());
    }
  }
}
