package com.messageguard.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ApiKeysTest {

    @Test
    void accountKeyEntriesNameTheirAccountAndSeveralKeysMayShareOne() {
        ApiKeys keys = ApiKeys.parse(List.of("acme:old-key-1", " acme : new-key-2 ", "globex:g-key"));

        assertThat(keys.accountFor("old-key-1")).contains(new SellerAccount("acme"));
        assertThat(keys.accountFor("new-key-2")).contains(new SellerAccount("acme"));
        assertThat(keys.accountFor("g-key")).contains(new SellerAccount("globex"));
        assertThat(keys.accountFor("acme:old-key-1")).isEmpty();
        assertThat(keys.accountFor("old-key")).isEmpty();
        assertThat(keys.accountFor(null)).isEmpty();
    }

    @Test
    void aBareKeyIsAnAccountOfItsOwnWhoseIdDoesNotHoldTheKey() {
        ApiKeys keys = ApiKeys.parse(List.of("first-key-123", "second-key-456"));

        SellerAccount first = keys.accountFor("first-key-123").orElseThrow();
        SellerAccount second = keys.accountFor("second-key-456").orElseThrow();
        assertThat(first).isNotEqualTo(second);
        assertThat(first.id()).startsWith("key-").hasSize(20).doesNotContain("first");
        assertThat(ApiKeys.parse(List.of("first-key-123")).accountFor("first-key-123")).contains(first);
    }

    @Test
    void noKeysMeansAnOpenServiceWithOneAccount() {
        assertThat(ApiKeys.parse(List.of()).isEmpty()).isTrue();
        assertThat(ApiKeys.parse(List.of(" ", "")).isEmpty()).isTrue();
        assertThat(ApiKeys.parse(List.of("k")).isEmpty()).isFalse();
    }

    @Test
    void aMalformedEntryStopsTheStartWithoutQuotingTheKey() {
        assertThatThrownBy(() -> ApiKeys.parse(List.of("ok:k1", "bad account:secret-value")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("entry 2")
                .hasMessageNotContaining("secret-value");
        assertThatThrownBy(() -> ApiKeys.parse(List.of("acme:")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
