package io.corroborate.value;

/** A written value that the parsers cannot turn into a typed value. */
public class UnreadableValueException extends RuntimeException {
    public UnreadableValueException(String written, String why) {
        super("cannot read \"" + written + "\": " + why);
    }
}
