/** Rules on the form of the text: length, line breaks, markup, the [Important] tag, the order id. */
package com.messageguard.rules.format;
