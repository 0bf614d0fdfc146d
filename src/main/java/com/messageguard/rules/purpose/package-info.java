/**
 * Rules on what a message is for: promotion, order confirmations and thank-you-only messages,
 * cancellation reasons and requests, offensive language. Their word lists are the
 * {@code promotion.*}, {@code purpose.*}, {@code cancellation.*} and {@code offensive.*} classes of
 * the language packs ({@code rules/lang/<code>.yaml}); the code only combines them.
 */
package com.messageguard.rules.purpose;
