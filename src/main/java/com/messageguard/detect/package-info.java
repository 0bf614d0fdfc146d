/**
 * Detectors: what is in a text (addresses, numbers, markup), as spans of the normalized text.
 * Rules decide what the policy says about what a detector found.
 */
package com.messageguard.detect;
