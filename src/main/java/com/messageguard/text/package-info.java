/** Text normalization: one normalized form per field, with a map back to the original offsets. */
package com.messageguard.text;
