package org.quotestance.stance;

/**
 * What the classifier looks at: the quote, the rest of its sentence (the reporting frame, with
 * the cue), the cue's lemma, and whether the article as a whole is about the claim.
 */
public record StanceInput(String quote, String frame, String cueLemma, boolean articleAboutClaim) {}
