/**
 * The rule data: the {@code rules/} folder (settings, contact reasons, the rule catalog) read and
 * validated at start-up. Thresholds, word lists and every text a seller reads live there, not in code.
 */
package com.messageguard.ruledata;
