/**
 * Finding e-mail addresses and web addresses however they are written: the contact view that
 * undoes spelled-out and spaced-out separators, and the detectors that scan it.
 */
package com.messageguard.detect.contact;
