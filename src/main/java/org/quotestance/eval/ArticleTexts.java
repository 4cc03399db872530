package org.quotestance.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Converts gold offsets (code points, i.e. Python string indices) to UTF-16 offsets (Java
 * String indices) using the article texts in {@code <dir>/<article>.txt}. When an article's
 * text is not available the offsets are passed through unchanged, which is exact for text
 * that stays inside the Basic Multilingual Plane.
 */
public final class ArticleTexts {

    private final Path dir;
    private final Map<String, Optional<String>> cache = new HashMap<>();

    /** @param dir directory holding {@code <article>.txt}; null when no texts are available */
    public ArticleTexts(Path dir) {
        this.dir = dir;
    }

    public static ArticleTexts none() {
        return new ArticleTexts(null);
    }

    public int toUtf16(String article, int codePointOffset) {
        return text(article).map(t -> codePointToUtf16(t, codePointOffset)).orElse(codePointOffset);
    }

    /** Offsets past the end (gold made from another text version) keep their distance past it. */
    public static int codePointToUtf16(String text, int codePointOffset) {
        int count = text.codePointCount(0, text.length());
        if (count == text.length() || codePointOffset < 0) {
            return codePointOffset; // no surrogate pairs: both kinds of offset agree
        }
        if (codePointOffset > count) {
            return text.length() + (codePointOffset - count);
        }
        return text.offsetByCodePoints(0, codePointOffset);
    }

    private Optional<String> text(String article) {
        if (dir == null) {
            return Optional.empty();
        }
        return cache.computeIfAbsent(article, this::load);
    }

    private Optional<String> load(String article) {
        Path file = dir.resolve(article + ".txt");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            // Decoded like the pipeline decodes input: UTF-8, invalid bytes replaced.
            return Optional.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read article text " + file, e);
        }
    }
}
