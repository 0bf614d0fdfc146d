/**
 * Seller accounts: who is calling, from the API key presented. Every ledger read and write is
 * scoped to the caller's account.
 */
package com.messageguard.account;
