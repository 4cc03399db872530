package org.quotestance.stance;

import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.quotestance.config.StrictJson;

/**
 * The language knowledge the stance reader needs to read polarity and roles from a parse, from
 * {@code quote-stance/stance.json}: data, not code, so another language is another file. A missing
 * or unknown key is an error, not an empty list.
 */
public record StanceLanguage(
    Set<String> firstPerson, Set<String> reportedSelf, Set<String> negators, Set<String> negatedSubjects,
    Set<String> notCancellers, Set<String> litotes, Set<String> degreeNegators, Set<String> demandWords,
    Set<String> endorseWords, Set<String> hedges, Set<String> conditionMarks, Set<String> relativePronouns,
    Set<String> demonstratives, Set<String> negativeImplicatives,
    Set<String> purposeMarks, Set<String> negatingQuantifiers, Set<String> quantifierCancellers,
    Set<String> participantPassives, Set<String> openQuestionMarks, Set<String> withholdingVerbs,
    Set<String> affairNouns, Set<String> attributiveAdjectives, Set<String> goalPrepositions,
    Set<String> negatingPredicates, Set<String> factiveNouns, Set<String> predicativeMarks,
    Set<String> contrastMarks, Set<String> minimizers, Set<String> exceptionMarks, Set<String> questionWords, Set<String> stateOrgans,
    Set<String> proformArguments, Set<String> concealmentVerbs, Set<String> evidenceNouns, Set<String> showingVerbs, Set<String> topicPrepositions,
    Set<String> beliefVerbs, Set<String> claimProforms, Set<String> intentVerbs, Set<String> motiveNouns,
    Set<String> knowingVerbs, Set<String> universalSubjects, Set<String> mannerFoci, Set<String> wantingPredicates,
    Set<String> quantityNouns, Set<String> objectControlVerbs,
    Set<String> recordingWords, Set<String> diversionWords, Set<String> hortatives,
    Set<String> lightVerbs, Set<String> certaintyNouns, Set<String> continuationCues,
    Set<String> appealCues, Set<String> askingVerbs, Set<String> perceptionVerbs, Set<String> feigningVerbs,
    Set<String> primacyWords, Set<String> endpointPrepositions, Set<String> zeroCounts,
    Set<String> indefiniteSubjects, Set<String> presupposingQuestions, Set<String> additives, Set<String> rhetoricalModals,
    Set<String> distinctionWords, Set<String> presupposingMarks, Set<String> condemningAdjectives, Set<String> exampleMarks, Set<String> openPredicates, Set<String> givingVerbs,
    Set<String> knowledgeNouns, Set<String> thirdPersons, Set<String> permissionModals,
    Set<String> clauseConjunctions, Set<String> clauseSeparators, Set<String> lawfulSourceWords,
    Set<String> secretNouns, Set<String> disclosedModifiers, Set<String> pluralThirdPersons,
    Set<String> counterfactualAuxiliaries, Set<String> counterfactualModals, Set<String> matterNouns,
    Set<String> selfNouns, Set<String> selfNounDeterminers, Set<String> entailmentVerbs,
    Set<String> kinNouns, Set<String> contrastExceptions, Set<String> recordNouns,
    Set<String> witnessVerbs, Set<String> disclosureWords)
    implements Serializable {

  public static final String RESOURCE = "/quote-stance/stance.json";

  public StanceLanguage {
    firstPerson = lower(firstPerson);
    reportedSelf = lower(reportedSelf);
    negators = lower(negators);
    negatedSubjects = lower(negatedSubjects);
    notCancellers = lower(notCancellers);
    litotes = lower(litotes);
    degreeNegators = lower(degreeNegators);
    demandWords = lower(demandWords);
    endorseWords = lower(endorseWords);
    hedges = lower(hedges);
    conditionMarks = lower(conditionMarks);
    relativePronouns = lower(relativePronouns);
    demonstratives = lower(demonstratives);
    negativeImplicatives = lower(negativeImplicatives);
    purposeMarks = lower(purposeMarks);
    negatingQuantifiers = lower(negatingQuantifiers);
    quantifierCancellers = lower(quantifierCancellers);
    participantPassives = lower(participantPassives);
    openQuestionMarks = lower(openQuestionMarks);
    withholdingVerbs = lower(withholdingVerbs);
    affairNouns = lower(affairNouns);
    attributiveAdjectives = lower(attributiveAdjectives);
    goalPrepositions = lower(goalPrepositions);
    negatingPredicates = lower(negatingPredicates);
    factiveNouns = lower(factiveNouns);
    predicativeMarks = lower(predicativeMarks);
    contrastMarks = lower(contrastMarks);
    minimizers = lower(minimizers);
    exceptionMarks = lower(exceptionMarks);
    questionWords = lower(questionWords);
    stateOrgans = lower(stateOrgans);
    proformArguments = lower(proformArguments);
    concealmentVerbs = lower(concealmentVerbs);
    evidenceNouns = lower(evidenceNouns);
    showingVerbs = lower(showingVerbs);
    topicPrepositions = lower(topicPrepositions);
    beliefVerbs = lower(beliefVerbs);
    claimProforms = lower(claimProforms);
    intentVerbs = lower(intentVerbs);
    motiveNouns = lower(motiveNouns);
    knowingVerbs = lower(knowingVerbs);
    universalSubjects = lower(universalSubjects);
    mannerFoci = lower(mannerFoci);
    wantingPredicates = lower(wantingPredicates);
    quantityNouns = lower(quantityNouns);
    objectControlVerbs = lower(objectControlVerbs);
    recordingWords = lower(recordingWords);
    diversionWords = lower(diversionWords);
    hortatives = lower(hortatives);
    lightVerbs = lower(lightVerbs);
    certaintyNouns = lower(certaintyNouns);
    continuationCues = lower(continuationCues);
    appealCues = lower(appealCues);
    askingVerbs = lower(askingVerbs);
    perceptionVerbs = lower(perceptionVerbs);
    feigningVerbs = lower(feigningVerbs);
    primacyWords = lower(primacyWords);
    endpointPrepositions = lower(endpointPrepositions);
    zeroCounts = lower(zeroCounts);
    indefiniteSubjects = lower(indefiniteSubjects);
    presupposingQuestions = lower(presupposingQuestions);
    additives = lower(additives);
    rhetoricalModals = lower(rhetoricalModals);
    distinctionWords = lower(distinctionWords);
    presupposingMarks = lower(presupposingMarks);
    condemningAdjectives = lower(condemningAdjectives);
    exampleMarks = lower(exampleMarks);
    openPredicates = lower(openPredicates);
    givingVerbs = lower(givingVerbs);
    knowledgeNouns = lower(knowledgeNouns);
    thirdPersons = lower(thirdPersons);
    permissionModals = lower(permissionModals);
    clauseConjunctions = lower(clauseConjunctions);
    clauseSeparators = lower(clauseSeparators);
    lawfulSourceWords = lower(lawfulSourceWords);
    secretNouns = lower(secretNouns);
    disclosedModifiers = lower(disclosedModifiers);
    pluralThirdPersons = lower(pluralThirdPersons);
    counterfactualAuxiliaries = lower(counterfactualAuxiliaries);
    counterfactualModals = lower(counterfactualModals);
    matterNouns = lower(matterNouns);
    selfNouns = lower(selfNouns);
    selfNounDeterminers = lower(selfNounDeterminers);
    entailmentVerbs = lower(entailmentVerbs);
    kinNouns = lower(kinNouns);
    contrastExceptions = lower(contrastExceptions);
    recordNouns = lower(recordNouns);
    witnessVerbs = lower(witnessVerbs);
    disclosureWords = lower(disclosureWords);
  }

  /** Every key is required: a misspelt one stops the run with the file and the key named. */
  public static StanceLanguage load() {
    return StrictJson.resource(RESOURCE, StanceLanguage.class);
  }

  private static Set<String> lower(Set<String> words) {
    if (words == null) {
      return null; // only while StrictJson looks for a misspelt key; load() never returns a null set
    }
    Set<String> out = new LinkedHashSet<>();
    words.forEach(w -> out.add(w.toLowerCase(Locale.ROOT)));
    return Set.copyOf(out);
  }
}
