package org.quotestance.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.Distinct;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Filter;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.quotestance.io.Article;

/**
 * The corpus-level boilerplate step: per outlet, the paragraphs that recur in at least
 * {@code minArticles} distinct articles of it (an outlet's standing bio, disclaimer or "related"
 * block, which no single article shows to be boilerplate). Each article contributes each of its
 * normalised paragraphs once, keyed by (outlet, hash of the paragraph); {@link Distinct} and
 * {@link Count#perKey} then count articles per key, so no key holds more than one paragraph's
 * articles. Only the recurring keys reach the clean stage, as a map side input.
 *
 * <p>The outlet is the article's own, else the one the boilerplate names ({@link OutletDetector});
 * an article with neither is not counted, since "unknown" would lump every such source together.
 * A paragraph that holds a quote mark is never counted: an outlet that reprints a quote prints a
 * quote each time, and the quote stage must see it.
 */
public final class OutletRepeats extends PTransform<PCollection<Article>, PCollectionView<Map<String, Long>>> {
  public static final int DEFAULT_MIN_ARTICLES = 3;
  /** Shorter paragraphs (datelines, "Advertisement") are left to the per-article rules. */
  static final int MIN_WORDS = 4;
  private final int minArticles;

  /** {@code minArticles} of 0 or less: the step is off and the side input empty. */
  public OutletRepeats(int minArticles) {
    this.minArticles = minArticles;
  }

  @Override
  public PCollectionView<Map<String, Long>> expand(PCollection<Article> articles) {
    KvCoder<String, Long> coder = KvCoder.of(StringUtf8Coder.of(), VarLongCoder.of());
    PCollection<KV<String, Long>> recurring;
    if (minArticles <= 0) {
      recurring = articles.getPipeline().apply("NoRepeats", Create.empty(coder));
    } else {
      int min = minArticles;
      recurring = articles
          .apply("OutletParagraphs", ParDo.of(new ParagraphsFn()))
          .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()))
          // an article read twice (a duplicate id) counts once
          .apply("OncePerArticle", Distinct.create())
          .apply("ArticlesPerParagraph", Count.perKey())
          .apply("Recurring", Filter.by(kv -> kv.getValue() >= min))
          .setCoder(coder);
    }
    return recurring.apply("AsSideInput", View.asMap());
  }

  /** (outlet and paragraph key, article id) for each countable paragraph, once per article. */
  private static final class ParagraphsFn extends DoFn<Article, KV<String, String>> {
    private transient TextCleaner cleaner;

    @Setup
    public void setUp() {
      cleaner = TextCleaner.create();
    }

    @ProcessElement
    public void process(@Element Article a, OutputReceiver<KV<String, String>> out) {
      TextCleaner.Paragraphs paragraphs = cleaner.paragraphsAndOutlet(a.text());
      // counted under the article's own outlet, else the one its boilerplate names, else not at all
      String outlet = a.outlet().isBlank() ? paragraphs.outlet() : a.outlet().strip();
      if (outlet.isEmpty()) {
        return;
      }
      Set<String> keys = new LinkedHashSet<>();
      for (String p : paragraphs.texts()) {
        if (countable(p)) {
          keys.add(key(outlet, p));
        }
      }
      keys.forEach(k -> out.output(KV.of(k, a.id())));
    }
  }

  /** Long enough to be more than a label, and quoting no one. */
  static boolean countable(String paragraph) {
    return BoilerplateDetector.words(paragraph) >= MIN_WORDS && !BoilerplateDetector.hasQuoteMark(paragraph)
        && paragraph.indexOf('‘') < 0;
  }

  /** The outlet and a digest of the paragraph, case-folded as the per-article repeat rule folds it. */
  static String key(String outlet, String paragraph) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(paragraph.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
      return outlet + "\n" + HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
