/**
 * Detectors for emoji, text emoticons and styled-letter "fonts". Unlike the other detectors they
 * read the ORIGINAL text of a field, because normalization (NFKC) turns styled letters into plain
 * ones and changes some emoji; their spans are UTF-16 offsets into that original text.
 */
package com.messageguard.detect.emoji;
