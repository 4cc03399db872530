package org.quotestance.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quotestance.beam.DeadLetter;
import org.quotestance.table.ArticleResult.Status;

@Tag("unit")
class TableBuilderTest {
    private static final String ORLOV = "Dmitri Ivanovich Orlov";

    static QuoteRow quote(String article, String outlet, String id, String kind, int start, String speaker,
            String affiliation, String stance) {
        return new QuoteRow(article, outlet, id, kind, start, start + 10, "text of " + id, speaker, speaker,
                affiliation, "say", stance, 0.8, "rule");
    }

    // Article a: "Dmitry Orlov" (no affiliation) supports, Mira Holm denies, Kai Strand is unrelated.
    // Article b: "Dmitri Orlov" (Ministry of Energy) supports, "Dmitri Ivanovich Orlov" denies, an unknown discusses.
    static final List<QuoteRow> A = List.of(
            quote("a", "Harbour Post", "a-3", "direct", 50, "Kai Strand", "", "unrelated"),
            quote("a", "Harbour Post", "a-1", "direct", 10, "Dmitry Orlov", "", "support"),
            quote("a", "Harbour Post", "a-2", "partial", 30, "Mira Holm", "City Council", "deny"));
    static final List<QuoteRow> B = List.of(
            quote("b", "Valley Times", "b-2", "direct", 40, ORLOV, "", "deny"),
            quote("b", "Valley Times", "b-1", "indirect", 5, "Dmitri Orlov", "Ministry of Energy", "support"),
            quote("b", "Valley Times", "b-3", "direct", 90, "unknown", "", "discuss"));

    static Tables tables() {
        List<ArticleResult> results = List.of(
                ArticleResult.skipped("c", "in/c.txt", "Valley Times", "Title C"),
                new ArticleResult("b", "in/b.txt", "Valley Times", "Title B", Status.OK, B),
                new ArticleResult("a", "in/a.txt", "Harbour Post", "Title A", Status.OK, A));
        List<DeadLetter> errors = List.of(
                new DeadLetter("in/d.txt", "d", "nlp", "IllegalStateException: boom"),
                new DeadLetter("in/d.txt", "d", "clean", "IllegalStateException: bang"));
        return TableBuilder.build(results, errors);
    }

    @Test
    void quotesAreSortedAndSpeakersCanonicalisedToTheFullestName() {
        List<QuoteRow> quotes = tables().quotes();
        assertEquals(List.of("a-1", "a-2", "a-3", "b-1", "b-2", "b-3"), quotes.stream().map(QuoteRow::quoteId).toList());
        assertEquals(List.of(ORLOV, "Mira Holm", "Kai Strand", ORLOV, ORLOV, "unknown"),
                quotes.stream().map(QuoteRow::speaker).toList());
        // the mention stays as written
        assertEquals("Dmitry Orlov", quotes.get(0).speakerMention());
    }

    @Test
    void missingAffiliationIsTakenFromAnotherArticle() {
        List<QuoteRow> quotes = tables().quotes();
        assertEquals("Ministry of Energy", quotes.get(0).affiliation()); // a-1, article a never said it
        assertEquals("Ministry of Energy", quotes.get(4).affiliation()); // b-2
        assertEquals("", quotes.get(2).affiliation());                    // Kai Strand has none anywhere
    }

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void speakersTableWithStanceIndexItsSampleSizeAndInterval() {
        Tables.Table speakers = tables().speakers();
        assertEquals(List.of("speaker", "affiliation", "quotes", "support", "deny", "discuss", "unrelated",
                "stance_index", "claim_quotes", "stance_low", "stance_high"), speakers.header());
        assertEquals(List.of(
                // support 2, deny 1: (2 - 1) / 3; Wilson on p = (1/3 + 1) / 2, n = 3 (checked by hand)
                List.of(ORLOV, "Ministry of Energy", 3, 2, 1, 0, 0, d("0.333"), 3, d("-0.585"), d("0.877")),
                // only unrelated: nothing about the claim, so no index and no interval
                List.of("Kai Strand", "", 1, 0, 0, 0, 1, "", 0, "", ""),
                // one deny out of one: -1, and an interval that says how little one quote tells
                List.of("Mira Holm", "City Council", 1, 0, 1, 0, 0, d("-1.000"), 1, d("-1.000"), d("0.587"))),
                speakers.rows());
    }

    @Test
    void affiliationsTable() {
        assertEquals(List.of(
                List.of("City Council", 1, 1, 0, 1, 0, 0, d("-1.000"), 1, d("-1.000"), d("0.587")),
                List.of("Ministry of Energy", 1, 3, 2, 1, 0, 0, d("0.333"), 3, d("-0.585"), d("0.877"))),
                tables().affiliations().rows());
    }

    @Test
    void intervalNarrowsWithMoreQuotesAndStaysInsideMinusOneToOne() {
        Tally one = new Tally();
        one.add("support");
        assertEquals(List.of(d("-0.587"), d("1.000")), List.of(one.interval()));
        Tally many = new Tally();
        for (int i = 0; i < 40; i++) {
            many.add("support");
        }
        BigDecimal[] ci = many.interval();
        assertEquals(d("1.000"), ci[1]);
        assertTrue(ci[0].compareTo(d("0.8")) > 0, ci[0].toString());
        Tally balanced = new Tally();
        balanced.add("support");
        balanced.add("deny");
        balanced.add("discuss");
        assertEquals(List.of(d("-0.749"), d("0.749")), List.of(balanced.interval()));
    }

    @Test
    void timelineHasOneRowPerDayAndAffiliationAndLeavesUndatedArticlesOut() {
        List<QuoteRow> rows = List.of(
                dated(quote("t", "X", "t-1", "direct", 1, "Mira Holm", "City Council", "deny"), "2015-12-02T09:30:00+02:00"),
                dated(quote("t", "X", "t-2", "direct", 2, "Kai Strand", "", "support"), "2015-12-02T09:30:00+02:00"),
                dated(quote("u", "X", "u-1", "direct", 1, "Mira Holm", "City Council", "unrelated"), "2015-12-01"),
                dated(quote("u", "X", "u-2", "direct", 2, "Ann Lee", "City Council", "support"), "2015-12-01"),
                quote("v", "X", "v-1", "direct", 1, "Mira Holm", "City Council", "deny"));
        Tables t = TableBuilder.build(List.of(
                new ArticleResult("t", "in/t.jsonl", "X", "", Status.OK, rows.subList(0, 2), "2015-12-02T09:30:00+02:00", "u"),
                new ArticleResult("u", "in/t.jsonl", "X", "", Status.OK, rows.subList(2, 4), "2015-12-01", ""),
                new ArticleResult("v", "in/t.jsonl", "X", "", Status.OK, rows.subList(4, 5))), List.of());
        assertEquals(List.of("date", "affiliation", "quotes", "support", "deny", "discuss", "unrelated",
                "stance_index", "claim_quotes"), t.timeline().header());
        assertEquals(List.of(
                List.of("2015-12-01", "City Council", 2, 1, 0, 0, 1, d("1.000"), 1),
                List.of("2015-12-02", "", 1, 1, 0, 0, 0, d("1.000"), 1),
                List.of("2015-12-02", "City Council", 1, 0, 1, 0, 0, d("-1.000"), 1)),
                t.timeline().rows());
        // the undated article still counts everywhere else
        assertEquals(4, t.affiliations().rows().get(0).get(2));
        assertEquals(List.of("2015-12-02T09:30:00+02:00", "u"), t.articles().rows().get(0).subList(9, 11));
        assertEquals(List.of("", ""), t.articles().rows().get(2).subList(9, 11));
    }

    private static QuoteRow dated(QuoteRow q, String published) {
        return new QuoteRow(q.articleId(), q.outlet(), q.quoteId(), q.kind(), q.start(), q.end(), q.text(), q.speaker(),
                q.speakerMention(), q.affiliation(), q.cue(), q.stance(), q.confidence(), q.evidence(), published);
    }

    @Test
    void articlesTableHasAFailedRowForADeadLetterWithoutResult() {
        assertEquals(List.of(
                List.of("a", "Harbour Post", "Title A", "ok", 3, 1, 1, 0, 1, "", ""),
                List.of("b", "Valley Times", "Title B", "ok", 3, 1, 1, 1, 0, "", ""),
                List.of("c", "Valley Times", "Title C", "skipped", 0, 0, 0, 0, 0, "", ""),
                List.of("d", "unknown", "", "failed", 0, 0, 0, 0, 0, "", "")),
                tables().articles().rows());
    }

    @Test
    void outletsTableCountsArticlesAndQuotes() {
        assertEquals(List.of(
                List.of("Harbour Post", 1, 3, 1, 1, 0, 1, d("0.000"), 2, d("-0.811"), d("0.811")),
                List.of("Valley Times", 2, 3, 1, 1, 1, 0, d("0.000"), 3, d("-0.749"), d("0.749")),
                List.of("unknown", 1, 0, 0, 0, 0, 0, "", 0, "", "")),
                tables().outlets().rows());
    }

    @Test
    void countsAddUp() {
        Tables.RunCounts c = tables().counts();
        assertEquals(2, c.ok());
        assertEquals(1, c.skipped());
        assertEquals(1, c.failed());
        assertEquals(c.ok() + c.skipped() + c.failed(), c.read());
        assertEquals(4, c.read());
        assertEquals(Map.of("direct", 4, "partial", 1, "indirect", 1), c.quotesByKind());
        assertEquals(Map.of("support", 2, "deny", 2, "discuss", 1, "unrelated", 1), c.quotesByStance());
    }

    @Test
    void errorsAreSortedAndResultOrderDoesNotMatter() {
        Tables t = tables();
        assertEquals(List.of("clean", "nlp"), t.errors().stream().map(DeadLetter::stage).toList());
        List<ArticleResult> reversed = new ArrayList<>(List.of(
                new ArticleResult("a", "in/a.txt", "Harbour Post", "Title A", Status.OK, A),
                new ArticleResult("b", "in/b.txt", "Valley Times", "Title B", Status.OK, B),
                ArticleResult.skipped("c", "in/c.txt", "Valley Times", "Title C")));
        Tables again = TableBuilder.build(reversed, List.of(t.errors().get(1), t.errors().get(0)));
        assertEquals(t, again);
    }

    @Test
    void stanceIndexRoundsHalfUpToThreeDecimals() {
        // 2 support, 1 discuss: 2/3 = 0.6667 -> "0.667"
        List<QuoteRow> rows = List.of(
                quote("e", "X", "e-1", "direct", 1, "Kai Strand", "", "support"),
                quote("e", "X", "e-2", "direct", 2, "Kai Strand", "", "support"),
                quote("e", "X", "e-3", "direct", 3, "Kai Strand", "", "discuss"));
        Tables t = TableBuilder.build(List.of(new ArticleResult("e", "in/e.txt", "X", "", Status.OK, rows)), List.of());
        assertEquals(d("0.667"), t.speakers().rows().get(0).get(7));
    }
}
