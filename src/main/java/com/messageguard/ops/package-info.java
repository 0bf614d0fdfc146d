/** The operations surface: Prometheus metrics of the checks and the health of the rule engine. */
package com.messageguard.ops;
