package com.messageguard.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The API keys of {@code messageguard.api-keys} and the seller account each one belongs to. An
 * entry {@code account:key} names its account, so several keys can share one (a key per worker,
 * or an old and a new key while rotating); a bare {@code key} is an account of its own, whose id
 * is derived from the key's digest so that the key itself is never stored. Keys are held as
 * SHA-256 digests and compared in constant time, so neither timing nor length tells how close a
 * guess was.
 */
public final class ApiKeys {

    private final List<Entry> entries;

    private ApiKeys(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /**
     * Parses the configured entries; blank ones are ignored.
     *
     * @throws IllegalArgumentException for an entry whose account part is not a valid account id
     *                                  or whose key part is empty; the message never quotes the key
     */
    public static ApiKeys parse(List<String> configured) {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < configured.size(); i++) {
            String entry = configured.get(i).strip();
            if (entry.isEmpty()) {
                continue;
            }
            int colon = entry.indexOf(':');
            if (colon < 0) {
                byte[] digest = digest(entry);
                entries.add(new Entry(digest, new SellerAccount("key-" + HexFormat.of().formatHex(digest, 0, 8))));
                continue;
            }
            String account = entry.substring(0, colon).strip();
            String key = entry.substring(colon + 1).strip();
            if (!SellerAccount.isValidId(account) || key.isEmpty()) {
                throw new IllegalArgumentException("messageguard.api-keys entry " + (i + 1)
                        + " must be 'account:key' with an account of 1 to 64 letters, digits, '.', '_' or '-' and a key, or a bare key");
            }
            entries.add(new Entry(digest(key), new SellerAccount(account)));
        }
        return new ApiKeys(entries);
    }

    /** True when no key is configured: the service is open and has a single account. */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The account the presented key belongs to; every entry is compared, without stopping at a match. */
    public Optional<SellerAccount> accountFor(String presentedKey) {
        if (presentedKey == null) {
            return Optional.empty();
        }
        byte[] presented = digest(presentedKey.strip());
        SellerAccount found = null;
        for (Entry entry : entries) {
            if (MessageDigest.isEqual(entry.digest, presented) && found == null) {
                found = entry.account;
            }
        }
        return Optional.ofNullable(found);
    }

    private static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private record Entry(byte[] digest, SellerAccount account) {
    }
}
