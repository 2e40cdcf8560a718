package io.corroborate.curation;

import io.corroborate.api.BadUserInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shared input checks every write path goes through: API, bulk import, corpus loader. */
class CheckTest {

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "a\u0000b", "headline\u0000", "\ud800", "x\udbff", "\udc00y", "\ud83d\ud83d"})
    void textPostgreSqlCannotStoreIsRefused(String text) {
        BadUserInputException e = assertThrows(BadUserInputException.class, () -> Check.optional("title", text, Check.SHORT));
        assertEquals("title", e.details().get("field"));
        assertTrue(e.getMessage().contains("NUL") || e.getMessage().contains("surrogate"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "👩‍👩‍👧‍👦 family", "\u202egnp.exe", "\ufeffbom", "e\u0301", "'; DROP TABLE claim; --", "\t\n"})
    void otherUnicodeIsText(String text) {
        Check.text("title", text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.org/a", "javascript:alert(1)", "example.org/a", "/relative/path", "http://", "https:///x",
            "not a url", "http://exa mple.org", "mailto:a@example.org", "file:///etc/passwd"})
    void aUrlMustBeAnAbsoluteWebAddress(String url) {
        BadUserInputException e = assertThrows(BadUserInputException.class, () -> Check.url("url", url));
        assertEquals("url", e.details().get("field"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/a", "http://example.org", "HTTPS://example.org/a?b=c#d", "https://例え.jp/記事"})
    void webAddressesAreUrls(String url) {
        assertEquals(url, Check.url("url", url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"english!", "en_US", "12", "e", "toolonglanguage", "en--US", "-en", "x-private-only-is-not-a-language"})
    void aLanguageMustBeABcp47Tag(String tag) {
        BadUserInputException e = assertThrows(BadUserInputException.class, () -> Check.language("language", tag));
        assertEquals("language", e.details().get("field"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "pt-BR", "zh-Hant-TW", "sr-Latn", "de-CH-1996", "EN"})
    void wellFormedTagsAreLanguages(String tag) {
        assertEquals(tag, Check.language("language", tag));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e400", "-1e400", "1e30", "1e-400", "0.000000000000000000001"})
    void anAmountNoOneWritesIsRefused(String amount) {
        BadUserInputException e = assertThrows(BadUserInputException.class, () -> Check.amount("quantity.amount", new BigDecimal(amount)));
        assertEquals("quantity.amount", e.details().get("field"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"143", "2.5", "-40", "0", "999999999999999999999999999999", "8100000000", "1e3", "123456789012345678901234567890.12345678901234567890"})
    void amountsPeopleWriteAreAccepted(String amount) {
        assertEquals(new BigDecimal(amount), Check.amount("quantity.amount", new BigDecimal(amount)));
    }
}
