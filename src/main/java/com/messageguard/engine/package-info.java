/**
 * The rule engine: a {@link com.messageguard.engine.Draft} prepared once per request, the
 * {@link com.messageguard.engine.Rule} abstraction, and the {@link com.messageguard.engine.CheckEngine}
 * that runs the registered rules and explains their findings with the catalog's texts.
 */
package com.messageguard.engine;
