package org.quotestance.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.quotestance.config.StrictJson;

/**
 * Rule {@code acronym-stand-in}: an acronym in capitals that spells an English word ("IS" for the
 * Islamic State) is tagged as that word ("is", a verb), and the parse of its whole sentence goes
 * wrong. Before tagging, such a token's word becomes a stand-in the tagger reads as a name
 * ({@code acronymStandIns} in {@code quote-stance/tagging.json}); after the parse it gets its own
 * word back. Not in a sentence set in capitals, where the word may be the verb ("TURKEY IS READY").
 */
public final class AcronymStandIns {
  public static final String RESOURCE = "/quote-stance/tagging.json";

  /** Read on first use, so that {@link #load()} alone reports a broken resource as a ConfigException. */
  private static final class Loaded {
    static final Map<String, String> STAND_INS = load().acronymStandIns();
  }

  private AcronymStandIns() {}

  /** What was replaced, to be put back by {@link #restore}. */
  record Replaced(CoreLabel label, String word) {}

  /** Puts each stand-in in place; the replaced words, in order. */
  static List<Replaced> apply(Annotation doc) {
    List<Replaced> replaced = new ArrayList<>();
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null) {
      return replaced;
    }
    for (CoreMap sentence : sentences) {
      List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
      if (labels == null || setInCapitals(labels)) {
        continue;
      }
      for (CoreLabel label : labels) {
        String standIn = Loaded.STAND_INS.get(label.word());
        if (standIn != null) {
          replaced.add(new Replaced(label, label.word()));
          label.setWord(standIn);
          label.setValue(standIn);
        }
      }
    }
    return replaced;
  }

  /** Gives each replaced token its own word back (its tag, lemma, entity and arcs stay). */
  static void restore(List<Replaced> replaced) {
    for (Replaced r : replaced) {
      r.label().setWord(r.word());
      r.label().setValue(r.word());
    }
  }

  /** No word of the sentence has a small letter outside its first: a headline in capitals. */
  private static boolean setInCapitals(List<CoreLabel> labels) {
    for (CoreLabel label : labels) {
      String w = label.word();
      for (int i = 1; i < w.length(); i++) {
        if (Character.isLowerCase(w.charAt(i))) {
          return false;
        }
      }
    }
    return true;
  }

  /** The resource's text, for the annotation cache's key. */
  static byte[] resourceBytes() {
    try (InputStream in = AcronymStandIns.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code quote-stance/tagging.json}, every key required. */
  public record Config(Map<String, String> acronymStandIns) {
    public Config {
      acronymStandIns = acronymStandIns == null ? null : Map.copyOf(acronymStandIns);
    }
  }

  /** Reads the resource; a misspelt or missing key is a {@link org.quotestance.config.ConfigException}. */
  public static Config load() {
    return StrictJson.resource(RESOURCE, Config.class);
  }
}
