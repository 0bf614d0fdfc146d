/**
 * The phone-number detector: a linear hand scan for runs of digits, exclusions for what such a run
 * is instead (order ids, dates, prices, sizes, codes), confirmation with libphonenumber, and digits
 * written as words. Its word lists live in {@code rules/phone.yaml} ({@link com.messageguard.detect.phone.PhoneData}).
 */
package com.messageguard.detect.phone;
