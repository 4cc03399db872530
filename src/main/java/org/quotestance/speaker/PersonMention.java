package org.quotestance.speaker;

import java.util.List;

/**
 * A person's name in the text ({@code sentence}, tokens {@code from..to}) with the title words
 * in front of it ("Turkish Foreign Minister") that descriptions and affiliations are matched on.
 */
record PersonMention(String name, int sentence, int from, int to, int begin, List<String> descriptors) {}
