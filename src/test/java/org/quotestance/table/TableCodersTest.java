package org.quotestance.table;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.testing.CoderProperties;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quotestance.beam.DeadLetter;
import org.quotestance.beam.DeadLetterCoder;
import org.quotestance.table.ArticleResult.Status;

@Tag("unit")
class TableCodersTest {
  static final QuoteRow Q = new QuoteRow("a\u0000", "=Out", "a#1", "direct", 0, 2_000_000, "“text” é \n x",
      "Recep Tayyip Erdoğan", "he", "", "said", "deny", 0.85, "rule: x", "2015-12-02", "marked-quote", "pronoun");

  private static <T> void roundTrip(Coder<T> coder, T value) throws Exception {
    CoderProperties.coderDecodeEncodeEqual(coder, value);
    CoderProperties.coderDeterministic(coder, value, value);
    CoderProperties.coderSerializable(coder);
  }

  @Test
  void everyCoderGivesBackWhatItWasGiven() throws Exception {
    roundTrip(TableCoders.quoteRow(), Q);
    roundTrip(TableCoders.articleResult(), new ArticleResult("a", "in/a.txt", "Out", "T", Status.OK, List.of(Q, Q),
        "2015-12-02", "http://x"));
    roundTrip(TableCoders.articleResult(), ArticleResult.skipped("b", "in/b.txt", "unknown", ""));
    roundTrip(TableCoders.shardRow(), new ShardRow("quotes.csv", SortKey.of("a", SortKey.number(-3)), "a,b\n", ""));
    roundTrip(TableCoders.aggRow(), new AggRow("speakers.csv", "k", Arrays.asList("Kai", 3, new BigDecimal("-1.000"),
        "", null, new BigDecimal("0.500"))));
    roundTrip(TableCoders.reportQuote(), new ReportQuote("k", Q, "A title"));
    roundTrip(DeadLetterCoder.of(), new DeadLetter("in/x", "x", "read", "IOException: gone"));
  }

  @Test
  void tallyKeepsItsCountsAndFirstValue() throws Exception {
    Tally t = new Tally();
    t.add("support");
    t.add("deny");
    t.add("other");
    t.offerFirst("k2", "B");
    t.offerFirst("k1", "A");
    Tally back = org.apache.beam.sdk.util.CoderUtils.clone(TableCoders.tally(), t);
    org.junit.jupiter.api.Assertions.assertEquals(List.of(3, 1, 1, 0, 1), back.counts());
    org.junit.jupiter.api.Assertions.assertEquals("A", back.firstValue);
    org.junit.jupiter.api.Assertions.assertEquals("k1", back.firstKey);
  }

  @Test
  void aggregateCellsKeepTheirScale() throws Exception {
    AggRow row = new AggRow("t", "k", List.of(new BigDecimal("1.000")));
    org.junit.jupiter.api.Assertions.assertEquals("1.000",
        ((BigDecimal) org.apache.beam.sdk.util.CoderUtils.clone(TableCoders.aggRow(), row).cells().get(0)).toPlainString());
  }
}
