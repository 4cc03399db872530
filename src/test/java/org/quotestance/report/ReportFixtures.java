package org.quotestance.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.quotestance.beam.DeadLetter;
import org.quotestance.table.ArticleResult;
import org.quotestance.table.ArticleResult.Status;
import org.quotestance.table.QuoteRow;
import org.quotestance.table.TableBuilder;
import org.quotestance.table.Tables;

/** Tables built by hand through TableBuilder, as the pipeline would build them. */
final class ReportFixtures {
  private ReportFixtures() {}

  static final String[] STANCES = {"support", "deny", "discuss", "unrelated"};
  static final String[] KINDS = {"direct", "partial", "indirect"};
  static final String[] FIRST = {"Ana", "Boris", "Chiara", "Dmitri", "Elif", "Farid", "Greta", "Hasan", "Ines", "Jonas"};
  static final String[] SYLLABLES = {"ba", "ko", "ri", "ta", "mu", "se", "lo", "ne", "di", "ga"};
  static final String[] AFFILIATIONS = {"Ruritania", "Syldavia", "Borduria", "Freedonia", "Latveria", "Genovia",
      "Elbonia", "Wakanda", "Zubrowka", "Kerplakistan", "Molvania", "Qumar", "Sokovia", "Krakozhia", "Osterlich",
      "Grand Fenwick", "Pottsylvania", "Carpania", "Vulgaria", "Tomainia", "Bacteria", "Marshovia", "Estrovia",
      "Moronica", "Corto Maltese", "San Lorenzo", "Nova Slovakia", "Petoria", "Bialya", "Markovia"};
  static final String[] OUTLETS = {"Harbour Post", "Valley Times", "The Daily Planet", "Morning Ledger",
      "Evening Standard-Bearer", "Radio Free Elbonia", "Syldavian Herald", "Borduria Today", "unknown",
      "Global Wire", "Capital Courier", "The Northern Echo Chamber"};

  static QuoteRow quote(String article, String outlet, int n, String kind, int start, String text, String speaker,
      String affiliation, String stance, double confidence, String evidence) {
    return new QuoteRow(article, outlet, article + "#" + n, kind, start, start + text.length(), text, speaker,
        speaker.equals("unknown") ? "" : speaker.split(" ")[0].equals("Ana") ? "she" : speaker, affiliation, "said",
        stance, confidence, evidence);
  }

  /** A speaker name no other generated name is compatible with (unique surname after folding). */
  static String speakerName(int i) {
    String surname = (i >= 1000 ? SYLLABLES[i / 1000 % 10] : "") // unique up to 10,000; names below 1,000 as before
        + SYLLABLES[i / 100 % 10] + SYLLABLES[i / 10 % 10] + SYLLABLES[i % 10];
    return FIRST[i % FIRST.length] + " " + Character.toUpperCase(surname.charAt(0)) + surname.substring(1);
  }

  /** One article, one speaker, three quotes (deny, deny, unrelated). */
  static Tables oneSpeaker() {
    String a = "001_one";
    List<QuoteRow> q = List.of(
        quote(a, "Harbour Post", 1, "direct", 100, "These accusations are baseless and we reject them.",
            "Ana Bakori", "Ruritania", "deny", 0.9, "rejecting word: 'baseless'"),
        quote(a, "Harbour Post", 2, "indirect", 300, "that no oil was ever bought from the group",
            "Ana Bakori", "Ruritania", "deny", 0.85, "relation under negation: 'bought'"),
        quote(a, "Harbour Post", 3, "partial", 520, "a fine day for the harbour", "Ana Bakori", "Ruritania",
            "unrelated", 0.5, "nothing about the claim"));
    return TableBuilder.build(List.of(new ArticleResult(a, "in/001_one.txt", "Harbour Post", "One speaker",
        Status.OK, q)), List.of());
  }

  /**
   * {@code speakers} speakers over 50 articles and 12 outlets, 1 to 4 quotes each with varied stances,
   * 30 affiliations (every 17th speaker has none), one quote with an unknown speaker per article, a
   * skipped article and two dead letters.
   */
  static Tables manySpeakers(int speakers) {
    int articles = 50;
    Map<Integer, List<QuoteRow>> byArticle = new TreeMap<>();
    int[] next = new int[articles];
    for (int s = 0; s < speakers; s++) {
      String name = speakerName(s);
      String affiliation = s % 17 == 5 ? "" : AFFILIATIONS[(s * 7 + s / 3) % AFFILIATIONS.length];
      int quotes = 1 + s % 4;
      for (int k = 0; k < quotes; k++) {
        int art = (s + k * 13) % articles;
        String stance = STANCES[(s / 4 + k * (1 + s % 3)) % STANCES.length];
        int n = ++next[art];
        byArticle.computeIfAbsent(art, x -> new ArrayList<>()).add(quote(articleId(art), OUTLETS[art % OUTLETS.length],
            n, KINDS[(s + k) % 3], n * 200, "Quote " + k + " by " + name + ": the allegations about oil are "
                + (stance.equals("deny") ? "false" : "worth looking at") + ".",
            name, affiliation, stance, 0.5 + (s % 5) / 10.0, "rule " + (s % 7) + " fired on 'oil'"));
      }
    }
    List<ArticleResult> results = new ArrayList<>();
    for (int art = 0; art < articles; art++) {
      List<QuoteRow> q = byArticle.computeIfAbsent(art, x -> new ArrayList<>());
      int n = ++next[art];
      q.add(quote(articleId(art), OUTLETS[art % OUTLETS.length], n, "direct", 100_000, "Nobody knows.",
          "unknown", "", "discuss", 0.6, "about the claim"));
      results.add(new ArticleResult(articleId(art), "in/" + articleId(art) + ".txt", OUTLETS[art % OUTLETS.length],
          "Article " + art, Status.OK, q));
    }
    results.add(ArticleResult.skipped("skipped_1", "in/skipped_1.txt", "Valley Times", ""));
    List<DeadLetter> errors = List.of(
        new DeadLetter("in/broken.jsonl", "broken.jsonl:7", "read", "JsonParseException: Unexpected character ('<')"),
        new DeadLetter("in/huge.txt", "huge", "clean", "article has 250000 characters, more than --maxArticleChars=200000"));
    return TableBuilder.build(results, errors);
  }

  /**
   * Five dated articles and one undated, over 2015-11-24 .. 2015-12-05 with gaps: Ruritania denies,
   * Syldavia supports, one speaker has no affiliation. Timeline cells (day, affiliation):
   * 11-24 Ruritania (deny 2), 11-24 Syldavia (support 1), 11-30 "" (unrelated 1),
   * 12-02 Syldavia (support 1, deny 1), 12-05 Ruritania (deny 1): five bars.
   */
  static Tables dated() {
    List<ArticleResult> results = new ArrayList<>();
    results.add(dated("d1", "Harbour Post", "Minister rejects the charge", "2015-11-24",
        quote("d1", "Harbour Post", 1, "direct", 10, "These claims are lies.", "Ana Bakori", "Ruritania", "deny",
            0.9, "rejecting word: 'lies'"),
        quote("d1", "Harbour Post", 2, "direct", 90, "We never bought any oil.", "Ana Bakori", "Ruritania", "deny",
            0.85, "negated relation"),
        quote("d1", "Harbour Post", 3, "indirect", 200, "that the oil went north", "Boris Kotari", "Syldavia",
            "support", 0.8, "relation asserted")));
    results.add(dated("d2", "Valley Times", "A quiet week at the port", "2015-11-30T08:00:00Z",
        quote("d2", "Valley Times", 1, "direct", 10, "The port is calm.", "Chiara Rita", "", "unrelated", 0.5,
            "nothing about the claim")));
    results.add(dated("d3", "Valley Times", "Accusations fly", "2015-12-02",
        quote("d3", "Valley Times", 1, "direct", 10, "They buy the oil.", "Boris Kotari", "Syldavia", "support", 0.8,
            "accusing"),
        quote("d3", "Valley Times", 2, "direct", 90, "Nonsense.", "Dmitri Tamu", "Syldavia", "deny", 0.8,
            "rejecting")));
    results.add(dated("d4", "Harbour Post", "Ruritania again", "2015-12-05",
        quote("d4", "Harbour Post", 1, "direct", 10, "A baseless slander.", "Ana Bakori", "Ruritania", "deny", 0.9,
            "rejecting word")));
    results.add(new ArticleResult("u1", "in/u1.txt", "Morning Ledger", "Undated piece", Status.OK, List.of(
        quote("u1", "Morning Ledger", 1, "direct", 10, "Undated words.", "Ana Bakori", "Ruritania", "deny", 0.9,
            "rejecting"))));
    return TableBuilder.build(results, List.of());
  }

  private static ArticleResult dated(String id, String outlet, String title, String published, QuoteRow... quotes) {
    List<QuoteRow> rows = new ArrayList<>();
    for (QuoteRow q : quotes) {
      rows.add(new QuoteRow(q.articleId(), q.outlet(), q.quoteId(), q.kind(), q.start(), q.end(), q.text(),
          q.speaker(), q.speakerMention(), q.affiliation(), q.cue(), q.stance(), q.confidence(), q.evidence(),
          published));
    }
    return new ArticleResult(id, "in/" + id + ".jsonl", outlet, title, Status.OK, rows, published, "");
  }

  static String articleId(int art) {
    return String.format(java.util.Locale.ROOT, "%03d_article", art);
  }

  static final String EVIL_TEXT = "<script>alert(\"x\")</script> & 'quoted' </td></tr></table> <img src=x onerror=alert(1)>";
  static final String EVIL_SPEAKER = "Dr. \"Evil\" <b>O'Bakori</b> & Sons";
  static final String EVIL_AFFILIATION = "A&B <Corp>";

  /** Quotes whose every field tries to break out of the HTML. */
  static Tables hostile() {
    String a = "evil<1>&\"";
    List<QuoteRow> q = List.of(
        new QuoteRow(a, "<Outlet> & \"Co\"", a + "#1", "direct", 0, 42, EVIL_TEXT, EVIL_SPEAKER, "<he>",
            EVIL_AFFILIATION, "said</td>", "deny", 0.9, "<evidence> & \"more\" </script>"),
        new QuoteRow(a, "<Outlet> & \"Co\"", a + "#2", "partial", 50, 60, "plain \u0000nul and \uD800 lone surrogate",
            "Ana Bakori", "Ruritania", "Ruritania", "", "support", 0.75, "accusing cue"));
    return TableBuilder.build(List.of(new ArticleResult(a, "in/evil.txt", "<Outlet> & \"Co\"", "<title>", Status.OK, q)),
        List.of(new DeadLetter("in/<bad>.txt", "<bad>", "read", "MalformedInputException: <script>alert(2)</script>")));
  }

  /** A run.json as RunSummary writes it, plus the wall times the driver adds. */
  static ObjectNode runSummary(Tables t) {
    ObjectNode o = new ObjectMapper().createObjectNode();
    o.putArray("input").add("seeds/*.txt").add("more/*.jsonl.gz");
    o.put("claim_file", "pipelines/turkey-daesh-oil.json");
    o.put("claim_sha256", "45d65a11ae5e22ad0478778f1649908b8b919bbe3551616c1e2d54c9bcbe106b");
    o.put("claim_id", "turkey-daesh-oil");
    o.put("claim_statement", "Turkey buys oil from DAESH & helps it <really>.");
    o.put("scope", "all");
    ObjectNode articles = o.putObject("articles");
    articles.put("read", t.counts().read());
    articles.put("ok", t.counts().ok());
    articles.put("skipped", t.counts().skipped());
    articles.put("failed", t.counts().failed());
    ObjectNode versions = o.putObject("versions");
    versions.put("quote_stance", "0.1.0");
    versions.put("beam", "2.62.0");
    versions.put("corenlp", "4.5.10");
    o.put("runner", "DirectRunner");
    o.put("wall_time_seconds", 25.7);
    o.putObject("stage_seconds").put("annotate", 19.25);
    return o;
  }

  static int count(String haystack, String needle) {
    int n = 0;
    for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length())) {
      n++;
    }
    return n;
  }
}
