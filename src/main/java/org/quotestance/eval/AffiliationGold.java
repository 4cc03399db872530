package org.quotestance.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Affiliations annotated apart from a quote gold that has none (PolNeAR): one JSONL row per
 * article and named speaker, as the quote gold writes the speaker, saying whether the article
 * states whom they speak for, and what:
 * <pre>{"article": ID, "speaker": S, "stated": true, "affiliation": "Wells Fargo", "evidence": "…"}</pre>
 * The file lists every named speaker of the gold, so a gold quote whose speaker it does not list
 * has an unnamed speaker ("officials", "a source"), outside what affiliation coverage measures.
 */
final class AffiliationGold {

    private final Map<String, String> bySpeaker;

    private AffiliationGold(Map<String, String> bySpeaker) {
        this.bySpeaker = bySpeaker;
    }

    static AffiliationGold read(Path file) throws IOException {
        Map<String, String> bySpeaker = new HashMap<>();
        GoldReader.forEachRow(file, List.of("article", "speaker", "stated"), (row, where) -> {
            if (!row.get("stated").isBoolean()) {
                throw new IOException(where + ": 'stated' must be true or false");
            }
            String affiliation = row.path("affiliation").asText("").strip();
            boolean stated = row.get("stated").asBoolean();
            if (stated == affiliation.isEmpty()) {
                throw new IOException(where + (stated ? ": stated but no affiliation" : ": not stated but an affiliation"));
            }
            String key = key(row.get("article").asText().strip(), row.get("speaker").asText().strip());
            String before = bySpeaker.put(key, affiliation);
            if (before != null && !before.equals(affiliation)) {
                throw new IOException(where + ": a second, different row for the same article and speaker");
            }
        });
        return new AffiliationGold(bySpeaker);
    }

    /** The gold quotes with the affiliation this file gives their speaker; "" (none) for a speaker it does not list. */
    List<GoldQuote> apply(List<GoldQuote> gold) {
        List<GoldQuote> labelled = new ArrayList<>(gold.size());
        for (GoldQuote g : gold) {
            String affiliation = bySpeaker.getOrDefault(key(g.article(), g.speaker()), "");
            labelled.add(new GoldQuote(g.article(), g.kind(), g.text(), g.start(), g.end(), g.speaker(), affiliation,
                    g.stance(), g.required(), g.ambiguous(), g.boilerplate(), g.cue()));
        }
        return labelled;
    }

    private static String key(String article, String speaker) {
        return article + '\t' + speaker;
    }
}
