package io.corroborate.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Page sizes of the API's cursor-paginated listings. */
@ConfigMapping(prefix = "corroborate.paging")
public interface PagingConfig {

    /** Items per page when the client does not say (`first` omitted). */
    @WithDefault("20")
    int defaultSize();

    /** Largest `first` a client may ask for. */
    @WithDefault("100")
    int maxSize();

    /** The page size for a client's `first` (or `last`), or a BAD_USER_INPUT error naming the allowed range. */
    default int size(String argument, Integer asked) {
        if (asked == null) {
            return defaultSize();
        }
        if (asked < 1 || asked > maxSize()) {
            throw new BadUserInputException(argument, "must be between 1 and " + maxSize() + ", was " + asked);
        }
        return asked;
    }
}
