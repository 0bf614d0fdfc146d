/** The policy rules, by family; each is a {@link com.messageguard.engine.Rule} bean found at start-up. */
package com.messageguard.rules;
