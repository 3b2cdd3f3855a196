package ru.edu.mentoring.approval;

import ru.edu.mentoring.accounts.CurrentUser;

/** Who performs an approval action, as it is kept in the history. */
public record Actor(long userId, String name) {

    public static Actor of(CurrentUser user) {
        return new Actor(user.id(), user.fullName());
    }
}
