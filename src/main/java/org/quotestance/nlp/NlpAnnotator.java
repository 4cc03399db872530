package org.quotestance.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs CoreNLP (tokenize, ssplit, pos, lemma, ner, depparse) on cleaned text. The pipeline is
 * loaded once per JVM and shared: its models take tens of seconds and gigabytes to load, and
 * these annotators are thread-safe. Coreference is not used: the speaker stage resolves the
 * pronouns and descriptions it needs from the parse, at a third of the cost.
 */
public final class NlpAnnotator {
  private static volatile StanfordCoreNLP pipeline;
  private static volatile StanfordCoreNLP splitter;
  private static final AtomicLong ANNOTATED = new AtomicLong();

  private NlpAnnotator() {}

  static Properties properties() {
    Properties props = new Properties();
    // tokenize and ssplit run in splitterProperties(), so that SentenceRepair can fix the splits first
    props.setProperty("annotators", "pos,lemma,ner,depparse");
    props.setProperty("enforceRequirements", "false");
    // Two of CoreNLP's three default classifiers: without the CoNLL 4-class model (whose MISC
    // the later stages do not need) the seeds and PolNeAR dev give byte-identical tables, and
    // annotation takes 35% less time (PolNeAR dev: 318 -> 205 s of annotate time). Dropping the
    // 3-class model instead lowered PolNeAR dev speaker accuracy (0.892 -> 0.889).
    props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz,"
        + "edu/stanford/nlp/models/ner/english.muc.7class.distsim.crf.ser.gz");
    // The fine-grained tags (CITY, COUNTRY, TITLE, NATIONALITY, ...) come from FineGrainedGazetteer:
    // the same tags as CoreNLP's own step at under a hundredth of its cost (see that class).
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("ner.useSUTime", "false");
    props.setProperty("ner.applyNumericClassifiers", "false");
    props.setProperty("ner.buildEntityMentions", "false");
    props.setProperty("depparse.maxLength", "200"); // runaway "sentences" (lists, tables) are skipped
    props.setProperty("pos.maxlen", "400");
    return props;
  }

  static Properties splitterProperties() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit");
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    props.setProperty("tokenize.options", "invertible=true,ptb3Escaping=false,splitHyphenated=false");
    return props;
  }

  /** The shared pipeline, loaded on first use. */
  public static StanfordCoreNLP pipeline() {
    if (pipeline == null) {
      synchronized (NlpAnnotator.class) {
        if (pipeline == null) {
          // the gazetteers load beside CoreNLP's models: about 3 s of the load that one thread
          // would otherwise add to CoreNLP's
          Thread gazetteer = new Thread(FineGrainedGazetteer::shared, "load-gazetteers");
          gazetteer.start();
          splitter = new StanfordCoreNLP(splitterProperties());
          pipeline = new StanfordCoreNLP(properties());
          try {
            gazetteer.join();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          FineGrainedGazetteer.shared(); // a load that failed on its thread fails here, on the caller's
        }
      }
    }
    return pipeline;
  }

  /** True once the models are loaded in this JVM. */
  public static boolean loaded() {
    return pipeline != null;
  }

  /** Texts CoreNLP has annotated in this JVM: a run that takes everything from the cache adds none. */
  public static long annotatedCount() {
    return ANNOTATED.get();
  }

  public static ParsedText annotate(String text) {
    ANNOTATED.incrementAndGet();
    Annotation doc = new Annotation(text);
    StanfordCoreNLP analysis = pipeline();
    splitter.annotate(doc);
    SentenceRepair.repair(doc);
    List<AcronymStandIns.Replaced> standIns = AcronymStandIns.apply(doc);
    analysis.annotate(doc);
    AcronymStandIns.restore(standIns);
    return toParsedText(text, doc);
  }

  static ParsedText toParsedText(String text, Annotation doc) {
    List<Sentence> sentences = new ArrayList<>();
    int paragraph = 0;
    int previousEnd = 0;
    for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
      if (labels.isEmpty()) {
        continue;
      }
      int begin = labels.get(0).beginPosition();
      if (text.substring(previousEnd, begin).contains("\n\n")) {
        paragraph++;
      }
      previousEnd = labels.get(labels.size() - 1).endPosition();
      sentences.add(new Sentence(sentences.size(), paragraph, tokens(labels, sentence, fineGrained(labels))));
    }
    return new ParsedText(text, sentences);
  }

  private static String[] fineGrained(List<CoreLabel> labels) {
    List<String> words = new ArrayList<>(labels.size());
    List<String> tags = new ArrayList<>(labels.size());
    List<String> ner = new ArrayList<>(labels.size());
    for (CoreLabel l : labels) {
      words.add(l.word());
      tags.add(l.tag());
      ner.add(l.ner());
    }
    return FineGrainedGazetteer.shared().tag(words, tags, ner);
  }

  private static List<Token> tokens(List<CoreLabel> labels, CoreMap sentence, String[] fineGrained) {
    int n = labels.size();
    int[] heads = new int[n];
    String[] relations = new String[n];
    java.util.Arrays.fill(heads, -1);
    java.util.Arrays.fill(relations, "dep");
    SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    SemanticGraph basic = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    SemanticGraph tree = basic != null ? basic : graph;
    if (tree != null) {
      for (SemanticGraphEdge edge : tree.edgeIterable()) {
        int dependent = edge.getDependent().index() - 1;
        heads[dependent] = edge.getGovernor().index() - 1;
        relations[dependent] = edge.getRelation().toString();
      }
      tree.getRoots().forEach(root -> relations[root.index() - 1] = "root");
    }
    List<Token> tokens = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      CoreLabel l = labels.get(i);
      String ner = fineGrained[i] == null ? "O" : fineGrained[i];
      tokens.add(new Token(i, l.word(), l.lemma() == null ? l.word() : l.lemma(), l.tag(), ner,
          l.beginPosition(), l.endPosition(), heads[i], relations[i]));
    }
    return tokens;
  }
}
