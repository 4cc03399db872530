package org.quotestance.nlp;

import java.io.Serializable;
import org.quotestance.text.CleanedArticle;

/** A cleaned article with CoreNLP's analysis of its cleaned text. */
public record AnnotatedArticle(CleanedArticle cleaned, ParsedText parsed) implements Serializable {}
