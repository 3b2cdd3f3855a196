package ru.edu.mentoring.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import ru.edu.mentoring.shared.PlainText;

/** The command that enters or edits a person's mentee base entry: the key request and the wanted form. */
public record SaveMenteeEntry(
        @NotBlank(message = "{validation.required}")
        @Size(max = 2000, message = "{validation.tooLong}")
        @PlainText(multiline = true)
        String request,

        Long wantedFormId,

        boolean inBase,

        long version) {

    /** A new entry in the base. */
    public SaveMenteeEntry(String request, Long wantedFormId) {
        this(request, wantedFormId, true, 0);
    }
}
