package com.messageguard.account;

import java.util.regex.Pattern;

/**
 * A seller account: the owner of a ledger of sent messages. Its id is what the ledger stores,
 * never an API key.
 *
 * @param id 1 to 64 letters, digits, dots, underscores or hyphens
 */
public record SellerAccount(String id) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    /** The one account of a service without API keys. */
    public static final SellerAccount SINGLE = new SellerAccount("default");

    /** The request attribute under which the API key filter leaves the caller's account. */
    public static final String REQUEST_ATTRIBUTE = SellerAccount.class.getName();

    public SellerAccount {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("an account id is 1 to 64 letters, digits, '.', '_' or '-'");
        }
    }

    public static boolean isValidId(String id) {
        return id != null && ID.matcher(id).matches();
    }
}
