package org.quotestance.speaker;

import java.io.Serializable;
import java.util.List;
import org.quotestance.quote.ArticleQuotes;

/** Quotes of an article with one speaker each (same order). */
public record AttributedQuotes(ArticleQuotes quotes, List<Speaker> speakers) implements Serializable {}
