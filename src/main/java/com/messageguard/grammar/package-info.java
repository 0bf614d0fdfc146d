/**
 * The {@code spelling-grammar} rule: LanguageTool proofreads a draft that asks for it
 * ({@code checkGrammar}), in the draft's language, after every other rule. LanguageTool is loaded
 * per language on first use (or at start-up, see {@link com.messageguard.grammar.GrammarSettings}),
 * runs on a bounded pool with a time limit, and what it finds is filtered for noise: identifiers,
 * names and brands, what other rules reported, and the words of {@code rules/grammar.yaml}.
 * Only {@link com.messageguard.grammar.LanguageToolPool} touches LanguageTool's classes.
 */
package com.messageguard.grammar;
