/**
 * The language packs: per language, the phrases of the term classes the wording rules combine,
 * compiled into one trie and matched once per text field.
 */
package com.messageguard.lexicon;
