/**
 * Safe edits: how a rule's finding is removed from the text (a contact detail dropped with the
 * space beside it), and how the fixes of a whole field are applied at once.
 */
package com.messageguard.fix;
