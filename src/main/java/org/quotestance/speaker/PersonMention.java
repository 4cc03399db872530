package org.quotestance.speaker;

import java.util.List;

/**
 * A person's name in the text ({@code sentence}, tokens {@code from..to}) with the title words
 * in front of it ("Turkish Foreign Minister") that descriptions and affiliations are matched on,
 * and the organisations named in that title ("NATO Secretary General" → NATO). {@code hasRole}
 * says the title names a role ("Foreign Minister", "nominee", "counterpart"), so that it tells
 * whom the person speaks for; "a Channel 9 report that Ann Roe" does not. {@code
 * apposition}: the words of a role apposition after the name ("…, Norway's envoy to the UN,"),
 * {@code possessor}: the person the title belongs to ("Putin's press secretary"), or "".
 */
record PersonMention(String name, int sentence, int from, int to, int begin, List<String> descriptors,
    List<String> organisations, boolean hasRole, List<String> apposition, String possessor) {}
