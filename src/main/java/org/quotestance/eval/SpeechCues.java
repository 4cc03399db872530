package org.quotestance.eval;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells speech cues ("said", "according to", "told reporters") from cues of belief or intent
 * ("believes", "wants", "expects"), so gold sets that annotate all attributions (PolNeAR) can be
 * scored on speech only. The word list is {@value #RESOURCE}: base forms plus irregular forms;
 * regular inflections (-s, -ed, -ing, ...) are generated here.
 */
public final class SpeechCues {

    static final String RESOURCE = "/quote-stance/speech-cues.json";
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    private final Set<String> forms = new HashSet<>();

    SpeechCues(Collection<String> baseWords) {
        for (String base : baseWords) {
            forms.addAll(inflections(base.toLowerCase(Locale.ROOT).trim()));
        }
    }

    /** The list shipped in {@value #RESOURCE}. */
    public static SpeechCues load() {
        try (InputStream in = SpeechCues.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return new SpeechCues(new ObjectMapper().readValue(in, new TypeReference<List<String>>() { }));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * True when a word of the cue is a speech word. A cue with a colon or without letters
     * (":", "--") is punctuation introducing quoted words, so it counts as speech too.
     */
    public boolean isSpeechCue(String cue) {
        if (cue.contains(":") || !LETTER.matcher(cue).find()) {
            return true;
        }
        for (String word : NON_LETTERS.split(cue.toLowerCase(Locale.ROOT))) {
            if (forms.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** --speech-only keeps quoted material (direct, partial), cue-less rows and speech cues. */
    public boolean keeps(GoldQuote gold) {
        return gold.cue() == null || gold.cue().isBlank()
                || gold.kind().equals("direct") || gold.kind().equals("partial")
                || isSpeechCue(gold.cue());
    }

    /** Regular English inflections; over-generation is harmless for a closed word list. */
    static Set<String> inflections(String base) {
        Set<String> out = new HashSet<>(List.of(base, base + "s", base + "es", base + "d", base + "ed", base + "ing"));
        int n = base.length();
        if (n > 2 && base.endsWith("e")) {
            out.add(base.substring(0, n - 1) + "ing"); // argue -> arguing
        }
        if (n > 2 && base.endsWith("y") && !isVowel(base.charAt(n - 2))) {
            out.add(base.substring(0, n - 1) + "ies"); // deny -> denies, denied
            out.add(base.substring(0, n - 1) + "ied");
        }
        if (n > 2 && !isVowel(base.charAt(n - 1)) && "wxy".indexOf(base.charAt(n - 1)) < 0
                && isVowel(base.charAt(n - 2)) && !isVowel(base.charAt(n - 3))) {
            out.add(base + base.charAt(n - 1) + "ed"); // admit -> admitted, slam -> slamming
            out.add(base + base.charAt(n - 1) + "ing");
        }
        return out;
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
