/** Rules against contact details that take the buyer off Amazon: e-mail addresses and the like. */
package com.messageguard.rules.contact;
