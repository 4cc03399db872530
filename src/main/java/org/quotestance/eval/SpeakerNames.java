package org.quotestance.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides whether two speaker names refer to the same person or body, tolerating the variants
 * news text produces: transliteration (Sergey/Sergei), accents (Çavuşoğlu), possessives,
 * punctuation, and names given in part ("Lavrov", "Recep Erdogan") or with a leading title
 * ("Foreign Minister Sergei Lavrov"). Deliberately separate from the pipeline's own name matching, so
 * that a bug there cannot hide itself in the score.
 */
public final class SpeakerNames {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern POSSESSIVE = Pattern.compile("'s\\b");
    private static final Pattern APOSTROPHES = Pattern.compile("[’‘ʼʻ´`′]");
    private static final Pattern JOINING_PUNCTUATION = Pattern.compile("['.]"); // O'Neil, U.S.
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern DOUBLED_LETTER = Pattern.compile("(\\p{L})\\1+");
    private static final Pattern BRITISH_ENCE = Pattern.compile("ence$");
    private static final Pattern BRITISH_TRE = Pattern.compile("(?<=[^aeiou])tre$");

    /** Folded spellings (see {@link #fold}) of courtesy titles. */
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "mis", "dr", "sir", "madam");
    /** Folded spellings of reflexive pronouns, which intensify a name and are no part of it ("Clinton herself"). */
    private static final Set<String> INTENSIFIERS = Set.of("himself", "herself", "themselves", "itself");
    private static final Pattern APPOSITION = Pattern.compile("\\s*(?:,|\\(|\\s—|\\s–|\\s--|\\swho\\s|\\swhich\\s)");
    /**
     * An "of" after a name of two words or more ends the mention's head: "Rep. Jane Roe of Utah" is
     * headed by "Jane Roe", not "Utah"; "Secretary of State Jane Roe" and "Bank of America" keep their
     * "of"; "52 percent of voters" has no name before it.
     */
    private static final Pattern NAME_OF = Pattern.compile("(?<=\\b\\p{Lu}[\\p{L}.'’-]{0,30})\\sof\\s");

    private static final Set<String> ARTICLES = Set.of("the", "a", "an");

    private SpeakerNames() {
    }

    /**
     * True when the folded token lists are equal, or when one name's tokens are a subset of the
     * other's and both end with the same token (the surname, usually). Blank names never match.
     */
    public static boolean sameSpeaker(String a, String b) {
        // A gold mention may carry an apposition ("Kenneth Baer, a former adviser", "A lawyer for
        // the outlets, David Schulz"): any of its parts may name the speaker.
        if (a == null || b == null) {
            return false;
        }
        for (String left : nameParts(a)) {
            for (String right : nameParts(b)) {
                if (sameName(left, right)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The head of a mention, and any later part that is itself a name ("…, David Schulz,"). */
    static List<String> nameParts(String mention) {
        String[] parts = APPOSITION.split(mention);
        parts[0] = headBeforeOf(parts[0]);
        List<String> out = new ArrayList<>(List.of(parts[0]));
        for (int i = 1; i < parts.length; i++) {
            String part = headBeforeOf(parts[i].strip()); // "…, David Woodard of Clemson University,": the same head rule
            if (!part.isEmpty() && Arrays.stream(part.split("\\s+")).allMatch(w -> !w.isEmpty() && Character.isUpperCase(w.codePointAt(0)))) {
                out.add(part);
            }
        }
        return out;
    }

    /** "Rep. Jane Roe of Utah" → "Rep. Jane Roe": what follows "of" after a name of two words or more modifies it. */
    private static String headBeforeOf(String part) {
        String[] of = NAME_OF.split(part, 2);
        // an article is no word of the name: "the Bureau of Labor Statistics" is one name, like "Bureau of …"
        return of.length == 2 && tokens(of[0]).stream().filter(t -> !ARTICLES.contains(t)).count() >= 2 ? of[0] : part;
    }

    private static boolean sameName(String a, String b) {
        List<String> left = withoutHonorifics(tokens(a));
        List<String> right = withoutHonorifics(tokens(b));
        if (left.isEmpty() || right.isEmpty()) {
            return false;
        }
        if (left.equals(right)) {
            return true;
        }
        boolean sameLast = left.get(left.size() - 1).equals(right.get(right.size() - 1));
        var leftSet = new HashSet<>(left);
        var rightSet = new HashSet<>(right);
        return sameLast && (leftSet.containsAll(rightSet) || rightSet.containsAll(leftSet));
    }

    /** "Mr. Clarke" is "Tom Clarke", "Clarke himself" is Clarke: a courtesy title or an intensifier is not part of the name. */
    private static List<String> withoutHonorifics(List<String> tokens) {
        List<String> out = tokens.stream().filter(t -> !HONORIFICS.contains(t) && !INTENSIFIERS.contains(t)).toList();
        return out.isEmpty() ? tokens : out;
    }

    /** Gold uses empty, "unknown" or "-" when the speaker cannot be named. */
    public static boolean isKnown(String speaker) {
        if (speaker == null) {
            return false;
        }
        String s = speaker.trim();
        return !s.isEmpty() && !s.equalsIgnoreCase("unknown") && !s.equals("-");
    }

    /** Lowercased, accent-free, punctuation-free tokens, each spelling-folded. */
    static List<String> tokens(String name) {
        if (name == null) {
            return List.of();
        }
        // Every apostrophe form is one; NFKD also folds compatibility forms (ligatures, full width)
        String s = Normalizer.normalize(APOSTROPHES.matcher(name).replaceAll("'"), Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
        s = unstroke(s);
        s = POSSESSIVE.matcher(s).replaceAll("");
        s = JOINING_PUNCTUATION.matcher(s).replaceAll("");
        s = SEPARATORS.matcher(s).replaceAll(" ").trim();
        if (s.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(s.split(" ")).map(SpeakerNames::fold).toList();
    }

    /** Latin letters without a decomposition into base and mark: Turkish dotless i, Ł, Ø, Đ, Ħ, Ŧ. */
    private static String unstroke(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            int k = STROKED.indexOf(s.charAt(i));
            b.append(k >= 0 ? UNSTROKED.charAt(k) : s.charAt(i));
        }
        return b.toString();
    }

    private static final String STROKED = "ıłøđħŧ";
    private static final String UNSTROKED = "ilodht";

    /** Folds common transliteration variants onto one spelling (Yusuf/Iusuf, Mikhail/Mihail). */
    static String fold(String token) {
        // British and American spellings of one name: Defence/Defense, Centre/Center, Organisation/Organization
        String t = BRITISH_ENCE.matcher(token).replaceAll("ense");
        t = BRITISH_TRE.matcher(t).replaceAll("ter");
        t = t.replace("isation", "ization");
        t = t.replace('y', 'i'); // also unifies a trailing "ey" with "ei" (Sergey/Sergei)
        t = t.replace("kh", "h").replace("ou", "u");
        return DOUBLED_LETTER.matcher(t).replaceAll("$1");
    }
}
