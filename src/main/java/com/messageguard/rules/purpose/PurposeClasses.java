package com.messageguard.rules.purpose;

import com.messageguard.lexicon.Lexicon;
import com.messageguard.ruledata.RuleDataException;
import java.util.List;

/** Start-up check that every language pack defines the term classes a purpose rule reads. */
final class PurposeClasses {

    private PurposeClasses() {
    }

    static void require(Lexicon lexicon, String ruleId, List<String> classes) {
        for (String language : lexicon.languages()) {
            for (String termClass : classes) {
                if (!lexicon.classesOf(language).contains(termClass)) {
                    throw new RuleDataException("lang/" + language + ".yaml",
                            "classes." + termClass + ": missing; the rule '" + ruleId + "' needs it in every language");
                }
            }
        }
    }
}
