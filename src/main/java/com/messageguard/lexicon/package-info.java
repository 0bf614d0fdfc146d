/**
 * The language packs: per language, the phrases of the term classes the wording rules combine,
 * compiled into one automaton and matched once per text field.
 */
package com.messageguard.lexicon;
