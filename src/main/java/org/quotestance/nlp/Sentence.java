package org.quotestance.nlp;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** A sentence of the cleaned text with its tokens and dependency tree (via token heads). */
public record Sentence(int index, int paragraph, List<Token> tokens) implements Serializable {

  public int begin() {
    return tokens.get(0).begin();
  }

  public int end() {
    return tokens.get(tokens.size() - 1).end();
  }

  /** Direct dependents of the token at {@code head}, in order. */
  public List<Token> children(int head) {
    List<Token> out = new ArrayList<>();
    for (Token t : tokens) {
      if (t.head() == head) {
        out.add(t);
      }
    }
    return out;
  }

  /** The first child of {@code head} whose relation starts with one of {@code relations}. */
  public Token child(int head, String... relations) {
    for (Token t : tokens) {
      if (t.head() == head) {
        for (String r : relations) {
          if (t.relation().equals(r) || t.relation().startsWith(r + ":")) {
            return t;
          }
        }
      }
    }
    return null;
  }

  /** Smallest and largest token index in the subtree of {@code root}. */
  public int[] subtreeRange(int root) {
    int lo = root;
    int hi = root;
    for (Token t : tokens) {
      if (dominates(root, t.index())) {
        lo = Math.min(lo, t.index());
        hi = Math.max(hi, t.index());
      }
    }
    return new int[] {lo, hi};
  }

  /** True when {@code ancestor} is {@code node} or one of its governors. */
  public boolean dominates(int ancestor, int node) {
    int current = node;
    for (int guard = 0; current >= 0 && guard <= tokens.size(); guard++) {
      if (current == ancestor) {
        return true;
      }
      current = tokens.get(current).head();
    }
    return false;
  }
}
