package com.amrs.core.validation;

import static com.amrs.core.Arguments.requireText;

/** A rule an input field breaks; {@code field} is the snake_case name of the JSON field and column. */
public record FieldViolation(String field, String message) {

    public FieldViolation {
        requireText(field, "field");
        requireText(message, "message");
    }
}
