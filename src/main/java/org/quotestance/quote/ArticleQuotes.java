package org.quotestance.quote;

import java.io.Serializable;
import java.util.List;
import org.quotestance.nlp.AnnotatedArticle;

/** An annotated article and the quotes found in it, in document order. */
public record ArticleQuotes(AnnotatedArticle annotated, List<QuoteSpan> quotes) implements Serializable {}
