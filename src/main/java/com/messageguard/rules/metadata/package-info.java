/** Rules on the message's metadata: timing, opt-out, daily volume and review-request frequency. */
package com.messageguard.rules.metadata;
